/**
 * chrono-node's casual English grammar, extended for news: our parsers run first so that on equal spans
 * their reading wins ("last week" is a week, not a day), and our refiners run last, on merged results.
 */
import type { ParsedResult, Parser, ParsingReference, Refiner } from 'chrono-node';
import { Chrono, casual } from 'chrono-node/en';
import { HolidayParser } from './parsers/holiday-parser.js';
import { MonthOfRelativeYearParser } from './parsers/month-of-relative-year-parser.js';
import { needsFullGrammar } from './prefilter.js';
import { QuarterParser } from './parsers/quarter-parser.js';
import { QuarterReferenceParser } from './parsers/quarter-reference-parser.js';
import { RelativeOffsetParser } from './parsers/relative-offset-parser.js';
import { RelativePeriodParser } from './parsers/relative-period-parser.js';
import { ThatPeriodParser } from './parsers/that-period-parser.js';
import { YearParser } from './parsers/year-parser.js';
import { YearReferenceParser } from './parsers/year-reference-parser.js';
import { AnchorRefiner } from './refiners/anchor-refiner.js';
import { LongestMatchRefiner } from './refiners/longest-match-refiner.js';
import { ExpressionBoundsRefiner } from './refiners/expression-bounds-refiner.js';
import { NonEventRefiner } from './refiners/non-event-refiner.js';
import { RangeSplitRefiner } from './refiners/range-split-refiner.js';
import { TenseRefiner } from './refiners/tense-refiner.js';

const NEWS_PARSERS = [
  new MonthOfRelativeYearParser(),
  new QuarterReferenceParser(),
  new RelativePeriodParser(),
  new QuarterParser(),
  new RelativeOffsetParser(),
  new YearReferenceParser(),
  new HolidayParser(),
  new ThatPeriodParser(),
];
const NEWS_REFINERS = [
  new NonEventRefiner(),
  new ExpressionBoundsRefiner(),
  new RangeSplitRefiner(),
  new TenseRefiner(),
  new AnchorRefiner(),
];

// chrono-node's parsers for durations and counted offsets ("for 45 minutes", "3 days ago", "3 days
// later", "+3 days") only produce what the non-event filter drops or our offset parser reads better.
// They are not exported, so they are recognised by what they match.
const REDUNDANT_PROBES = ['for 45 minutes', '3 days ago', '3 days later', '+3 days'];
const PROBE_REFERENCE = { instant: new Date(0), timezone: 0 };
const isRedundant = (parser: Parser) =>
  REDUNDANT_PROBES.some((probe) => new Chrono({ parsers: [parser], refiners: [] }).parse(probe, PROBE_REFERENCE).length > 0);

// chrono-node drops every all-digit result, which is what a bare year is; the refiner doing that is
// recognised the same way and left out (our non-event filter and value checks cover the rest of it).
const YEAR_PARSER = new YearParser();
const dropsBareYears = (refiner: Refiner) =>
  new Chrono({ parsers: [YEAR_PARSER], refiners: [refiner] }).parse('It was 2014 then.', PROBE_REFERENCE).length === 0;

const fullChrono = casual.clone();
fullChrono.parsers = [...NEWS_PARSERS, ...fullChrono.parsers.filter((parser) => !isRedundant(parser)), YEAR_PARSER];
fullChrono.refiners = [...fullChrono.refiners.filter((refiner) => !dropsBareYears(refiner)), ...NEWS_REFINERS];

// Most dated sentences in news name only years, quarters or relative periods: for them our grammar
// alone gives the same results, without chrono-node's thirty-odd patterns.
const newsOnlyChrono = new Chrono({
  parsers: [...NEWS_PARSERS, YEAR_PARSER],
  refiners: [new LongestMatchRefiner(), ...NEWS_REFINERS],
});

/** The dated expressions of one sentence, in text order. */
export function parseNews(sentence: string, reference: ParsingReference): ParsedResult[] {
  return (needsFullGrammar(sentence) ? fullChrono : newsOnlyChrono).parse(sentence, reference);
}

/**
 * chrono-node's casual English grammar, extended for news: our parsers run first so that on equal spans
 * their reading wins ("last week" is a week, not a day), and our refiners run last, on merged results.
 */
import type { ParsedResult, Parser, ParsingReference } from 'chrono-node';
import { Chrono, casual } from 'chrono-node/en';
import { HolidayParser } from './parsers/holiday-parser.js';
import { MonthOfRelativeYearParser } from './parsers/month-of-relative-year-parser.js';
import { mayContainYear, needsFullGrammar } from './prefilter.js';
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

const fullChrono = casual.clone();
fullChrono.parsers = [...NEWS_PARSERS, ...fullChrono.parsers.filter((parser) => !isRedundant(parser))];
fullChrono.refiners.push(...NEWS_REFINERS);

// chrono-node's own filters drop every all-digit result, which is what a bare year is; with the full
// grammar, years get a pass of their own and fill the gaps it leaves.
const yearChrono = new Chrono({ parsers: [new YearParser()], refiners: [] });

// Most dated sentences in news name only years, quarters or relative periods: for them our grammar
// alone gives the same results, without chrono-node's thirty-odd patterns.
const newsOnlyChrono = new Chrono({
  parsers: [...NEWS_PARSERS, new YearParser()],
  refiners: [new LongestMatchRefiner(), ...NEWS_REFINERS],
});

const overlaps = (a: ParsedResult, b: ParsedResult) => a.index < b.index + b.text.length && b.index < a.index + a.text.length;

/** The dated expressions of one sentence, in text order. */
export function parseNews(sentence: string, reference: ParsingReference): ParsedResult[] {
  if (!needsFullGrammar(sentence)) return newsOnlyChrono.parse(sentence, reference);
  const results = fullChrono.parse(sentence, reference);
  if (!mayContainYear(sentence)) return results;
  const years = yearChrono.parse(sentence, reference).filter((year) => !results.some((result) => overlaps(result, year)));
  return years.length === 0 ? results : [...results, ...years].sort((a, b) => a.index - b.index);
}

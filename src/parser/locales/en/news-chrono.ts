/**
 * chrono-node's casual English grammar, extended for news: our parsers run first so that on equal spans
 * their reading wins ("last week" is a week, not a day), and our refiners run last, on each sentence's
 * merged results.
 */
import { ParsingContext, type ParsingResult, type Parser, type Refiner } from 'chrono-node';
import { Chrono, casual } from 'chrono-node/en';
import { CasualDayParser } from './parsers/casual-day-parser.js';
import { EraYearParser } from './parsers/era-year-parser.js';
import { HolidayParser } from './parsers/holiday-parser.js';
import { MonthDayRangeParser } from './parsers/month-day-range-parser.js';
import { ModifiedMonthParser } from './parsers/modified-month-parser.js';
import { MonthOfRelativeYearParser } from './parsers/month-of-relative-year-parser.js';
import type { CalendarDate } from '../../../model/calendar.js';
import { gateParser, type Keyword } from './parsers/keyword-gate.js';
import { dropsBareYears, PROBE_REFERENCE, probeParser } from '../../chrono-probes.js';
import { needsFullGrammar } from './prefilter.js';
import { chronoReference } from '../../reference.js';
import { inBatches, readStretches, type Span } from '../../stretches.js';
import { QuarterParser } from './parsers/quarter-parser.js';
import { QuarterReferenceParser } from './parsers/quarter-reference-parser.js';
import { RelativeOffsetParser } from './parsers/relative-offset-parser.js';
import { RelativePeriodParser } from './parsers/relative-period-parser.js';

import { SpelledYearParser } from './parsers/spelled-year-parser.js';
import { ThatPeriodParser } from './parsers/that-period-parser.js';
import { TwoDigitYearParser } from './parsers/two-digit-year-parser.js';
import { WeekdayParser } from './parsers/weekday-parser.js';
import { WeekendParser } from '../vocabulary/weekend-parser.js';
import { YearParser } from './parsers/year-parser.js';
import { YearReferenceParser } from './parsers/year-reference-parser.js';
import { AnchorRefiner } from './refiners/anchor-refiner.js';
import { DateRangeRefiner } from './refiners/date-range-refiner.js';
import { DayPartRecoveryRefiner } from './refiners/day-part-recovery-refiner.js';
import { ExpressionBoundsRefiner } from './refiners/expression-bounds-refiner.js';
import { NearestYearRefiner } from './refiners/nearest-year-refiner.js';
import { NumberNameRefiner } from './refiners/number-name-refiner.js';
import { NonEventRefiner } from './refiners/non-event-refiner.js';
import { OffsetFromDateRefiner } from './refiners/offset-from-date-refiner.js';
import { OvernightRangeRefiner } from './refiners/overnight-range-refiner.js';
import { RangeSplitRefiner } from './refiners/range-split-refiner.js';
import { ResultCapRefiner } from '../../refiners/result-cap-refiner.js';
import type { SentenceRefiner } from '../../refiners/sentence-refiner.js';
import { TenseRefiner } from './refiners/tense-refiner.js';
import { WeekdayRecoveryRefiner } from './refiners/weekday-recovery-refiner.js';
import { WeekOfRefiner } from './refiners/week-of-refiner.js';

const NEWS_PARSERS = [
  new EraYearParser(),
  new SpelledYearParser(),
  new TwoDigitYearParser(),
  new MonthOfRelativeYearParser(),
  new ModifiedMonthParser(),
  new MonthDayRangeParser(),
  new QuarterReferenceParser(),
  new RelativePeriodParser(),
  new QuarterParser(),

  new RelativeOffsetParser(),
  new YearReferenceParser(),
  new HolidayParser(),
  new ThatPeriodParser(),
  // "over the weekend", "this weekend", "the past weekend": not "a weekend getaway" nor "the weekend of
  // March 3", which that day dates.
  gateParser(
    ['weekend'],
    new WeekendParser('(?:(?<=\\b(?:over|during|at|on|through|for|by|until)\\s+)the|(?:the\\s+)?(?:this|last|next|past|coming))\\s+weekend(?!\\s+of\\b)'),
  ),
];
const SENTENCE_REFINERS: SentenceRefiner[] = [
  new DayPartRecoveryRefiner((text, published) => fullChrono.parse(text, chronoReference(published)) as ParsingResult[]),
  new WeekdayRecoveryRefiner(),
  new NonEventRefiner(),
  new NumberNameRefiner(),
  new ExpressionBoundsRefiner(),
  new RangeSplitRefiner(),
  new TenseRefiner(),
  new WeekOfRefiner(),
  new AnchorRefiner(),
];

const contextOf = (text: string) => new ParsingContext(text, PROBE_REFERENCE);

// chrono-node's parsers for durations and counted offsets ("for 45 minutes", "3 days ago", "3 days
// later", "+3 days") only produce what the non-event filter drops or our offset parser reads better.
// They are not exported, so they are recognised by what they match: each with one run of its pattern
// on all four phrases at once. V8 compiles a pattern to machine code when it runs a second time, which
// takes about 45 ms for each of these patterns; one run keeps that out of loading the module.
const DURATIONS = 'for 45 minutes, 3 days ago, 3 days later, +3 days';
const DURATIONS_CONTEXT = contextOf(DURATIONS);
const isRedundant = (parser: Parser) => {
  const match = parser.pattern(DURATIONS_CONTEXT).exec(DURATIONS);
  return match !== null && parser.extract(DURATIONS_CONTEXT, match) !== null;
};

const YEAR_PARSER = new YearParser();

// Each of chrono-node's parsers starts from a few kinds of words. Gated by them, a parser skips the
// sentences without any: the clock-time parser alone otherwise tries, and rejects, every number in the
// text ("$1.5 million", "15%"). Some gates also narrow what a parser reads: a clock time needs a colon,
// "a.m." or "o'clock" ("at 7" is no time), a numeric date a slash ("3-1" is a score). A gate decides per
// piece of a batch (see gateParser). The parsers are recognised by a phrase each one reads.
const MONTH_START = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const GATES: ReadonlyArray<readonly [probe: string, keyword: Keyword]> = [
  ['10:30 p.m.', /\d\s*(?:[:.]\s*\d|[ap]\.?\s*m\b|o'?clock)|\b(?:noon|midnight)\b/i],
  ['2020-03-04T10:30:00Z', /\d{4}-\d\d-\d\d/],
  // "2020/03/04", and "2020 Sept. 30", which the same parser reads (test/parser/gates.test.ts found it).
  ['2020/03/04', /\d{4}(?:[-/.]\d|[-/.\s]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i],
  ['3/4/2020', /\d\/\d/],
  ['03/2020', /\d\/\d/],
  ['this morning', ['morning', 'afternoon', 'evening', 'night', 'noon', 'midday']],
  ['end of the month', ['end of']],
  // Every month and weekday word of chrono-node's dictionaries, in any case, starts like one of these.
  ['March 3', MONTH_START],
  ['3 March', MONTH_START],
  ['2020 March', MONTH_START],
  ['Friday', /\b(?:sun|mon|tue|wed|thu|fri|sat|week)/i],
];
/** The keyword that gates one of chrono-node's parsers, by the probe it reads; none when no probe finds it. */
export const gateOf = (parser: Parser): Keyword | undefined => GATES.find(([probe]) => probeParser(parser, probe).length > 0)?.[1];
function gated(parser: Parser): Parser {
  const gate = gateOf(parser);
  return gate ? gateParser(gate, parser) : parser;
}

// chrono-node counts some dates on the machine's clock, and then the machine's time zone moves them a
// day (see test/parser/time-zones.test.ts). Those parsers and refiners are recognised by what they do
// with a probe and replaced by ours, which count on the calendar; the others read the reference's day as
// chrono-node gives it, the publication day whatever the zone (see reference.ts).
const readsLastNight = (parser: Parser) => probeParser(parser, 'last night')[0]?.text === 'last night';
const CASUAL_DAYS = new CasualDayParser();

/** Whether a refiner makes one result of two, each with these components. */
function mergesPair(refiner: Refiner, text: string, first: string, second: string, components: Array<Record<string, number>>): boolean {
  const context = contextOf(text);
  const results = [first, second].map((words, at) => context.createParsingResult(text.indexOf(words), words, components[at]));
  return refiner.refine(context, results).length === 1;
}
const MONTH_DAY = { month: 3, day: 3 };
const OFFSET_FROM_DATE = new OffsetFromDateRefiner();
const DATE_RANGE = new DateRangeRefiner();
/** Ours in place of a chrono-node refiner that counts on the machine's clock, or that refiner. */
function onTheCalendar(refiner: Refiner): Refiner {
  // "two days after March 3" (left: any date-like result, so that only this refiner joins the two).
  if (mergesPair(refiner, 'two days after March 3', 'two days after', 'March 3', [{ day: 1 }, MONTH_DAY])) return OFFSET_FROM_DATE;
  if (mergesPair(refiner, 'March 3 at 10 p.m.', 'March 3', '10 p.m.', [MONTH_DAY, { hour: 22 }])) return new OvernightRangeRefiner(refiner);
  return mergesPair(refiner, 'March 3 to March 5', 'March 3', 'March 5', [MONTH_DAY, { month: 3, day: 5 }]) ? DATE_RANGE : refiner;
}

const fullChrono = casual.clone();
fullChrono.parsers = [
  ...NEWS_PARSERS,
  ...fullChrono.parsers
    .filter((parser) => !isRedundant(parser))
    .map((parser) => (readsLastNight(parser) ? CASUAL_DAYS : gated(parser))),
  YEAR_PARSER,
];
fullChrono.refiners = [
  new ResultCapRefiner(),
  new NearestYearRefiner(),
  ...fullChrono.refiners.filter((refiner) => !dropsBareYears(refiner, YEAR_PARSER)).map(onTheCalendar),
];

// chrono-node's overlap removal, which keeps the longest of overlapping results (the earlier on a tie):
// of its refiners, the only one that makes one result of a date and a longer one over the same words.
const overlapRemoval = casual.refiners.find((refiner) => mergesPair(refiner, 'March 3 at 10 p.m.', 'March 3', 'March 3 at 10 p.m.', [MONTH_DAY, { ...MONTH_DAY, hour: 22 }]))!;

// Most dated sentences in news name only years, quarters or relative periods: for them our grammar
// alone gives the same results, without chrono-node's thirty-odd patterns.
const newsOnlyChrono = new Chrono({
  parsers: [...NEWS_PARSERS, new WeekdayParser(), YEAR_PARSER],
  refiners: [new ResultCapRefiner(), overlapRemoval],
});

const FULL_GRAMMAR = inBatches(fullChrono);
const NEWS_ONLY_GRAMMAR = inBatches(newsOnlyChrono);

/**
 * The dated expressions of each sentence, in text order, refined sentence by sentence. `tokens[i]` are
 * the date tokens of `sentences[i]` (see prefilter.ts).
 */
export const parseSentences = (sentences: readonly string[], tokens: readonly (readonly Span[])[], published: CalendarDate): ParsingResult[][] =>
  readStretches(sentences, tokens, published, (piece) => (needsFullGrammar(piece) ? FULL_GRAMMAR : NEWS_ONLY_GRAMMAR), SENTENCE_REFINERS);

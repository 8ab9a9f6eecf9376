/**
 * chrono-node's casual English grammar, extended for news: our parsers run first so that on equal spans
 * their reading wins ("last week" is a week, not a day), and our refiners run last, on each sentence's
 * merged results.
 */
import { ParsingContext, type ParsingReference, type ParsingResult, type Parser, type Refiner } from 'chrono-node';
import { Chrono, casual } from 'chrono-node/en';
import { joinPieces, SEPARATOR } from './batch-text.js';
import { CasualDayParser } from './parsers/casual-day-parser.js';
import { EraYearParser } from './parsers/era-year-parser.js';
import { HolidayParser } from './parsers/holiday-parser.js';
import { MonthDayRangeParser } from './parsers/month-day-range-parser.js';
import { ModifiedMonthParser } from './parsers/modified-month-parser.js';
import { MonthOfRelativeYearParser } from './parsers/month-of-relative-year-parser.js';
import type { CalendarDate } from '../model/calendar.js';
import { gateParser, type Keyword } from './parsers/keyword-gate.js';
import { dropsBareYears, PROBE_REFERENCE } from './chrono-probes.js';
import { needsFullGrammar, type Span } from './prefilter.js';
import { chronoReference } from './reference.js';
import { QuarterParser } from './parsers/quarter-parser.js';
import { QuarterReferenceParser } from './parsers/quarter-reference-parser.js';
import { RelativeOffsetParser } from './parsers/relative-offset-parser.js';
import { RelativePeriodParser } from './parsers/relative-period-parser.js';
import { SpelledYearParser } from './parsers/spelled-year-parser.js';
import { ThatPeriodParser } from './parsers/that-period-parser.js';
import { TwoDigitYearParser } from './parsers/two-digit-year-parser.js';
import { WeekdayParser } from './parsers/weekday-parser.js';
import { YearParser } from './parsers/year-parser.js';
import { YearReferenceParser } from './parsers/year-reference-parser.js';
import { AnchorRefiner } from './refiners/anchor-refiner.js';
import { DateRangeRefiner } from './refiners/date-range-refiner.js';
import { DayPartRecoveryRefiner } from './refiners/day-part-recovery-refiner.js';
import { LongestMatchRefiner } from './refiners/longest-match-refiner.js';
import { ExpressionBoundsRefiner } from './refiners/expression-bounds-refiner.js';
import { NearestYearRefiner } from './refiners/nearest-year-refiner.js';
import { NumberNameRefiner } from './refiners/number-name-refiner.js';
import { NonEventRefiner } from './refiners/non-event-refiner.js';
import { OffsetFromDateRefiner } from './refiners/offset-from-date-refiner.js';
import { OvernightRangeRefiner } from './refiners/overnight-range-refiner.js';
import { RangeSplitRefiner } from './refiners/range-split-refiner.js';
import { MAX_DATES_PER_SENTENCE, MAX_MATCHES_PER_SENTENCE, ResultCapRefiner } from './refiners/result-cap-refiner.js';
import type { SentenceContext, SentenceRefiner } from './refiners/sentence-refiner.js';
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
const matches = (parser: Parser, probe: string) =>
  new Chrono({ parsers: [parser], refiners: [] }).parse(probe, PROBE_REFERENCE).length > 0;
const GATES: ReadonlyArray<readonly [probe: string, keyword: Keyword]> = [
  ['10:30 p.m.', /\d\s*(?:[:.]\s*\d|[ap]\.?\s*m\b|o'?clock)|\b(?:noon|midnight)\b/i],
  ['2020-03-04T10:30:00Z', /\d{4}-\d\d-\d\d/],
  ['2020/03/04', /\d{4}[-/.]\d/],
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
function gated(parser: Parser): Parser {
  const gate = GATES.find(([probe]) => matches(parser, probe));
  return gate ? gateParser(gate[1], parser) : parser;
}

// chrono-node counts some dates on the machine's clock, and then the machine's time zone moves them a
// day (see test/parser/time-zones.test.ts). Those parsers and refiners are recognised by what they do
// with a probe and replaced by ours, which count on the calendar; the others read the reference's day as
// chrono-node gives it, the publication day whatever the zone (see reference.ts).
const readsLastNight = (parser: Parser) => {
  const [result] = new Chrono({ parsers: [parser], refiners: [] }).parse('last night', PROBE_REFERENCE);
  return result?.text === 'last night';
};
const CASUAL_DAYS = new CasualDayParser();

/** Whether a refiner makes one result of two adjacent ones, each with these components. */
function mergesPair(refiner: Refiner, text: string, first: string, second: string, components: Array<Record<string, number>>): boolean {
  const context = contextOf(text);
  const results = [first, second].map((words, at) => context.createParsingResult(text.indexOf(words), words, components[at]));
  return refiner.refine(context, results).length === 1;
}
const MONTH_DAY = { month: 3, day: 3 };
// "two days after March 3" (left: any date-like result, so that only this refiner joins the two).
const countsOffsetFromNextDate = (refiner: Refiner) =>
  mergesPair(refiner, 'two days after March 3', 'two days after', 'March 3', [{ day: 1 }, MONTH_DAY]);
const mergesDateAndTime = (refiner: Refiner) => mergesPair(refiner, 'March 3 at 10 p.m.', 'March 3', '10 p.m.', [MONTH_DAY, { hour: 22 }]);
const mergesRange = (refiner: Refiner) => mergesPair(refiner, 'March 3 to March 5', 'March 3', 'March 5', [MONTH_DAY, { month: 3, day: 5 }]);
const OFFSET_FROM_DATE = new OffsetFromDateRefiner();
const DATE_RANGE = new DateRangeRefiner();
/** Ours in place of a chrono-node refiner that counts on the machine's clock, or that refiner. */
function onTheCalendar(refiner: Refiner): Refiner {
  if (countsOffsetFromNextDate(refiner)) return OFFSET_FROM_DATE;
  if (mergesDateAndTime(refiner)) return new OvernightRangeRefiner(refiner);
  return mergesRange(refiner) ? DATE_RANGE : refiner;
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
  new ResultCapRefiner(MAX_MATCHES_PER_SENTENCE),
  new NearestYearRefiner(),
  ...fullChrono.refiners.filter((refiner) => !dropsBareYears(refiner, YEAR_PARSER)).map(onTheCalendar),
];

// Most dated sentences in news name only years, quarters or relative periods: for them our grammar
// alone gives the same results, without chrono-node's thirty-odd patterns.
const newsOnlyChrono = new Chrono({
  parsers: [...NEWS_PARSERS, new WeekdayParser(), YEAR_PARSER],
  refiners: [new ResultCapRefiner(MAX_MATCHES_PER_SENTENCE), new LongestMatchRefiner()],
});

/**
 * A grammar read in batches: its parsers run over several pieces joined in one chrono-node call, whose
 * fixed cost per call dominates on short articles; its refiners then run on each piece alone, with the
 * piece as their text, so that they see what a call on that piece alone would (a merge, a cap, a look at
 * the words before a result never reaches into another piece).
 */
interface Grammar {
  parsers: Chrono;
  refiners: readonly Refiner[];
}
const inBatches = (chrono: Chrono): Grammar => ({ parsers: new Chrono({ parsers: chrono.parsers, refiners: [] }), refiners: chrono.refiners });
const FULL_GRAMMAR = inBatches(fullChrono);
const NEWS_ONLY_GRAMMAR = inBatches(newsOnlyChrono);

// Some of chrono-node's parsers look back over the whole text before a match (a slash date checks
// for "3/" before "4"): batches this size keep that short.
const MAX_BATCH = 2000;

/** A stretch of one sentence handed to the grammar, `offset` characters into it. */
interface Piece {
  sentence: number;
  offset: number;
  text: string;
}

/** Parses the given pieces with one grammar, a batch per call, and hands each sentence its results. */
function parseInBatches(
  grammar: Grammar,
  pieces: readonly Piece[],
  members: readonly number[],
  reference: ParsingReference,
  out: ParsingResult[][],
): void {
  for (let first = 0; first < members.length; ) {
    let next = first + 1;
    let length = pieces[members[first]!]!.text.length;
    for (; next < members.length; next++) {
      const added = pieces[members[next]!]!.text.length;
      if (length + added >= MAX_BATCH) break;
      length += SEPARATOR.length + added;
    }
    const { text, offsets } = joinPieces(members.slice(first, next).map((member) => pieces[member]!.text));
    // parse() is typed with the read-only result interface; the objects are chrono-node's ParsingResult.
    const found = grammar.parsers.parse(text, reference) as ParsingResult[];
    let at = 0;
    offsets.forEach((offset, member) => {
      const piece = pieces[members[first + member]!]!;
      const end = offset + piece.text.length;
      const own: ParsingResult[] = [];
      for (; at < found.length && found[at]!.index < end; at++) {
        const result = found[at]!;
        // No match reaches past its piece (see SEPARATOR); one that did would be no piece's own.
        if (result.index < offset || result.index + result.text.length > end) continue;
        result.index -= offset;
        own.push(result);
      }
      if (own.length === 0) return;
      const context = new ParsingContext(piece.text, reference);
      for (const result of grammar.refiners.reduce((refined, refiner) => refiner.refine(context, refined), own)) {
        result.index += piece.offset;
        out[piece.sentence]!.push(result);
      }
    });
    first = next;
  }
}

// Every expression holds a date token (see prefilter.ts) and reaches only so far before and after it:
// in our tests and the TempEval-3 corpus at most 22 characters before ("in the current fiscal year") and
// 13 after ("nineteen ninety-seven"); the longest our patterns allow is about 40 ("for the most recent
// comparable fiscal quarter"). Only these stretches of a sentence are parsed.
const REACH_BEFORE = 48;
const REACH_AFTER = 32;
// A stretch starts and ends between words. Looking for that edge goes back at most this far, so that
// text without spaces ("2014,2014,...") costs linear time; failing that, the stretch starts at its token.
const LONGEST_WORD = 32;
const isSpace = (char: string | undefined) => char === ' ' || char === '\t';
const isWordCharacter = (char: string) => /\w/.test(char);

function stretchStart(sentence: string, from: number, token: number): number {
  for (let at = from; at > 0 && at > from - LONGEST_WORD; at--) {
    if (!isWordCharacter(sentence[at - 1]!)) return at;
  }
  return from === 0 || from - LONGEST_WORD <= 0 ? 0 : token;
}

/** The stretches of a sentence around its date tokens, widened to whole words and merged when they touch. */
function piecesOf(sentence: string, tokens: readonly Span[], index: number, out: Piece[]): void {
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) out.push({ sentence: index, offset: start, text: sentence.slice(start, end) });
  };
  for (const [tokenStart, tokenEnd] of tokens) {
    const from = Math.max(0, tokenStart - REACH_BEFORE);
    if (start >= 0 && from <= end) {
      end = Math.max(end, Math.min(sentence.length, tokenEnd + REACH_AFTER));
    } else {
      flush();
      start = stretchStart(sentence, from, tokenStart);
      end = Math.min(sentence.length, tokenEnd + REACH_AFTER);
    }
    // `end` only grows, so this walk covers each character once.
    while (end < sentence.length && !isSpace(sentence[end])) end++;
  }
  flush();
}

/**
 * The dated expressions of each sentence, in text order, refined sentence by sentence. `tokens[i]` are
 * the date tokens of `sentences[i]` (see prefilter.ts).
 */
export function parseSentences(sentences: readonly string[], tokens: readonly (readonly Span[])[], published: CalendarDate): ParsingResult[][] {
  const reference = chronoReference(published);
  const results = sentences.map((): ParsingResult[] => []);
  const pieces: Piece[] = [];
  sentences.forEach((sentence, index) => piecesOf(sentence, tokens[index]!, index, pieces));
  const full: number[] = [];
  const light: number[] = [];
  pieces.forEach((piece, index) => (needsFullGrammar(piece.text) ? full : light).push(index));
  parseInBatches(FULL_GRAMMAR, pieces, full, reference, results);
  parseInBatches(NEWS_ONLY_GRAMMAR, pieces, light, reference, results);
  return results.map((found, index) => {
    if (found.length === 0) return found;
    found.sort((a, b) => a.index - b.index);
    // Counted per sentence, whichever batches its pieces were read in.
    if (found.length > MAX_DATES_PER_SENTENCE) found.length = MAX_DATES_PER_SENTENCE;
    const context: SentenceContext = { text: sentences[index]!, published };
    return SENTENCE_REFINERS.reduce((refined, refiner) => refiner.refine(context, refined), found);
  });
}

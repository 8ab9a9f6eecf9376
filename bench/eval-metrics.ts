/**
 * Pure scoring functions for bench/eval.ts: span overlap, TIMEX3 value comparison at the gold's
 * precision, and relaxed P/R/F1 with value accuracy (the TempEval-3 headline figures).
 *
 * Deliberately self-contained: the calendar arithmetic here (ISO weeks, quarters) does not reuse
 * src/model/calendar.ts, so a bug in the system under test cannot quietly cancel out in its score.
 */

export type ValueGranularity = 'year' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'part' | 'time';

/** The gold granularities a timeline can place (`part`: a part of a day); `time` never occurs in calendar gold. */
export const GOLD_GRANULARITIES = ['year', 'season', 'quarter', 'month', 'week', 'day', 'part'] as const;
export type GoldGranularity = (typeof GOLD_GRANULARITIES)[number];

/** Half-open character span `[start, end)` into the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface GoldTimex extends Span {
  text: string;
  type: string;
  value: string;
  tid: string;
}

export interface Prediction extends Span {
  text: string;
  /** TIMEX3 value the system assigned. */
  value: string;
  /** End of a range, when the system reports one; `splitRange` scores it against the words after the connector. */
  endValue?: string;
}

/**
 * Calendar-valued TIMEX3 DATE values: year, season, month, day, ISO week, quarter. Everything else
 * (PRESENT_REF, `1998-WXX`, `XXXX-SU`, `199X`, times of day) cannot be placed on a timeline, so it is not
 * scored. Seasons are scored since the parser places them (`SEASON_GOLD` says how many there are, for
 * comparing with the count without them), and so are weekends (`1998-W07-WE`), each as its week. Note that single-digit weeks such as `2000-W7` (a few exist in
 * TBAQ) are intentionally excluded.
 */
export const CALENDAR_VALUE = /^\d{4}(-(0[1-9]|1[0-2])(-\d\d)?|-W\d\d(-WE)?|-Q[1-4]|-(SP|SU|FA|WI))?$/;
export const SEASON_VALUE = /^\d{4}-(SP|SU|FA|WI)$/;
export const WEEKEND_VALUE = /^\d{4}-W\d\d-WE$/;
/**
 * A part of a named day ("hier soir", `1999-05-20TEV`), placed on its day, so scored too, as DATE or TIME:
 * the corpora type the same words either way ("this morning" is a TIME in TBAQ, "ce matin" a DATE in
 * French). Not the vague daytime (`DT`). `PART_GOLD` counts them, as `SEASON_GOLD` does seasons.
 */
export const PART_VALUE = /^\d{4}-\d\d-\d\dT(MO|AF|EV|NI)$/;

export function isCalendarDateTimex(timex: { type: string; value: string }): boolean {
  return (timex.type === 'DATE' && CALENDAR_VALUE.test(timex.value)) || ((timex.type === 'DATE' || timex.type === 'TIME') && PART_VALUE.test(timex.value));
}

// A part of a named day: "hier soir" is `1999-05-20TEV`, "samedi 24 juillet à 15 h 45" `1999-07-24T15:45`,
// "5 p.m. EST, Nov. 6" `1989-11-06T17`, "midnight Friday" `1989-10-27T24` (the end of that Friday).
const DAY_OF_TIME = /^(\d{4}-\d\d-\d\d)T(?:MO|AF|EV|NI|DT|(?:[01]\d|2[0-4])(?::[0-5]\d){0,2})$/;

/**
 * How predictions are scored. `calendar` is the data README's scope, with parts of a day: calendar gold
 * only, a prediction overlapping nothing else is a false positive, and "hier soir" put on yesterday without
 * its evening has the wrong value. `placed-times` also counts as right a prediction that gives the day of a
 * part of a day, or overlaps a DATE or TIME gold naming a clock time and gives its day, as our own labelled
 * articles are scored: a timeline places "Tuesday evening" on Tuesday. Clock times are still not gold to
 * find, since one ("à 17 h") mostly repeats a day the text has just named.
 */
export type Scope = 'calendar' | 'placed-times';

/** The day a DATE or TIME gold names a part of, or null. */
function dayOfTime(timex: GoldTimex): string | null {
  return timex.type === 'DATE' || timex.type === 'TIME' ? (DAY_OF_TIME.exec(timex.value)?.[1] ?? null) : null;
}

/** Whether the spans share at least one character (so an empty span overlaps nothing). */
export function overlaps(a: Span, b: Span): boolean {
  return overlapLength(a, b) > 0;
}

function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

// ---------------------------------------------------------------------------------------------
// Values

/** A TIMEX3 value read into numbers. Only the fields its granularity needs are meaningful. */
export interface ParsedValue {
  granularity: ValueGranularity;
  year: number;
  /** 1-12 for month/day/time. */
  month: number;
  day: number;
  quarter: number;
  /** ISO week number, for `week` values. */
  week: number;
  /** The season, `SP`, `SU`, `FA` or `WI`, named by the year of its first month (a winter by its December). */
  season: string;
  /** The year that names the season. */
  seasonYear: number;
  /** Minutes after midnight, for `time` values. */
  minuteOfDay: number;
  /** The part of the day, `MO`, `AF`, `EV` or `NI`, for `part` values. */
  part: string;
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const SEASON = /^(\d{4})-(SP|SU|FA|WI)$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
// A weekend is compared as its week: a prediction that places it gives a day or days of that week.
const WEEK = /^(\d{4})-W(\d\d)(?:-WE)?$/;
const DAY = /^(\d{4})-(\d\d)-(\d\d)$/;
const PART = /^(\d{4})-(\d\d)-(\d\d)T(MO|AF|EV|NI)$/;
// Seconds are tolerated because TIMEX3 allows them; they are not compared (no gold goes that fine).
const TIME = /^(\d{4})-(\d\d)-(\d\d)T([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/;

function blank(granularity: ValueGranularity, year: number): ParsedValue {
  return { granularity, year, month: 0, day: 0, quarter: 0, week: 0, minuteOfDay: 0, season: '', seasonYear: 0, part: '' };
}

// Seasons from the 21st of March, June, September and December; a winter is named by its December. A
// month without its day is taken at its 15th (June is mostly spring).
const SEASON_OF_MONTH = ['WI', 'WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];
function seasonOf(year: number, month: number, day = 15): Pick<ParsedValue, 'season' | 'seasonYear'> {
  const from = day >= 21 ? month : month - 1;
  return { season: SEASON_OF_MONTH[from]!, seasonYear: from <= 2 ? year - 1 : year };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO 8601: weeks start on Monday; a week belongs to the year holding its Thursday. */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  // setUTCFullYear, because Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  const isoWeekday = ((date.getUTCDay() + 6) % 7) + 1;
  const thursday = new Date(date.getTime() + (4 - isoWeekday) * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const jan1 = new Date(0);
  jan1.setUTCFullYear(weekYear, 0, 1);
  return { year: weekYear, week: Math.floor((thursday.getTime() - jan1.getTime()) / (7 * 86_400_000)) + 1 };
}

function weeksInIsoYear(year: number): number {
  // Dec 28 is always in the last ISO week of its year.
  return isoWeek(year, 12, 28).week;
}

/** Reads a calendar TIMEX3 value (`1998`, `1998-SU`, `1998-Q1`, `1998-02`, `1998-W07`, `1998-02-13`, `1998-02-13TEV`, `1998-02-13T09:00`); null if it is anything else or names no real period. */
export function parseValue(value: string): ParsedValue | null {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(value))) return blank('year', Number(m[1]));
  if ((m = SEASON.exec(value))) return { ...blank('season', Number(m[1])), season: m[2]!, seasonYear: Number(m[1]) };
  if ((m = QUARTER.exec(value))) return { ...blank('quarter', Number(m[1])), quarter: Number(m[2]) };
  if ((m = MONTH.exec(value))) {
    const month = Number(m[2]);
    return { ...blank('month', Number(m[1])), month, quarter: Math.ceil(month / 3), ...seasonOf(Number(m[1]), month) };
  }
  if ((m = WEEK.exec(value))) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (week < 1 || week > weeksInIsoYear(year)) return null;
    return { ...blank('week', year), week };
  }
  const partMatch = PART.exec(value);
  if (partMatch) {
    const day = parseValue(value.slice(0, 10));
    return day && { ...day, granularity: 'part', part: partMatch[4]! };
  }
  const dayMatch = DAY.exec(value) ?? TIME.exec(value);
  if (dayMatch) {
    const year = Number(dayMatch[1]);
    const month = Number(dayMatch[2]);
    const day = Number(dayMatch[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    const isTime = dayMatch[4] !== undefined;
    return {
      ...blank(isTime ? 'time' : 'day', year),
      month,
      day,
      quarter: Math.ceil(month / 3),
      week: isoWeek(year, month, day).week,
      ...seasonOf(year, month, day),
      minuteOfDay: isTime ? Number(dayMatch[4]) * 60 + Number(dayMatch[5]) : 0,
    };
  }
  return null;
}

export type ValueVerdict =
  /** The prediction, brought to the gold's granularity, equals the gold. */
  | 'match'
  /** Same granularity family, different period. */
  | 'mismatch'
  /** The prediction is less precise than the gold (`1998-02` for gold `1998-02-13`). */
  | 'coarser'
  /** Neither is coarser but they don't nest (a week against a month or quarter): cannot be equal. */
  | 'incomparable'
  /** The predicted value is not a calendar value (or names no real date). */
  | 'invalid-prediction'
  /** The gold is not a calendar value; callers should have filtered it out. */
  | 'invalid-gold';

// Which predicted granularities can be truncated to each gold granularity. A week does not nest in
// a month or quarter (it can straddle both), so it is only comparable to years and weeks.
// A season's year is the one its value names (a winter's, its December's), compared as written.
const COMPARABLE: Record<ValueGranularity, readonly ValueGranularity[]> = {
  year: ['year', 'season', 'quarter', 'month', 'week', 'day', 'part', 'time'],
  season: ['season', 'month', 'day', 'part', 'time'],
  quarter: ['quarter', 'month', 'day', 'part', 'time'],
  month: ['month', 'day', 'part', 'time'],
  week: ['week', 'day', 'part', 'time'],
  day: ['day', 'part', 'time'],
  // A clock time is as precise as a part of a day but is not compared with one: no gold needs it.
  part: ['part'],
  time: ['time'],
};

/**
 * Compares a predicted value with a gold value at the gold's precision: the prediction is truncated
 * to the gold's granularity (`1998-02-13T09:00` -> `1998-02-13` -> ISO week `1998-W07` -> `1998-02`
 * -> `1998-Q1` -> `1998`). A prediction coarser than the gold is never right: saying "1998" for
 * "Friday" does not place the event.
 */
export function compareValues(gold: string, predicted: string): ValueVerdict {
  const g = parseValue(gold);
  if (!g) return 'invalid-gold';
  const p = parseValue(predicted);
  if (!p) return 'invalid-prediction';
  if (!COMPARABLE[g.granularity].includes(p.granularity)) {
    // A week against a month, season or quarter, or a season against a quarter, is as precise but does
    // not nest; anything else left is coarser.
    const spans = (a: ValueGranularity, b: ValueGranularity) => p.granularity === a && g.granularity === b;
    const nestsBadly =
      (p.granularity === 'week' && ['month', 'season', 'quarter'].includes(g.granularity)) || spans('season', 'quarter') || spans('quarter', 'season') || spans('time', 'part');
    return nestsBadly ? 'incomparable' : 'coarser';
  }
  let same: boolean;
  switch (g.granularity) {
    case 'year':
      // A week's year is its ISO week-year, the year written in the value itself.
      same = p.year === g.year;
      break;
    case 'season':
      same = p.seasonYear === g.seasonYear && p.season === g.season;
      break;
    case 'quarter':
      same = p.year === g.year && p.quarter === g.quarter;
      break;
    case 'month':
      same = p.year === g.year && p.month === g.month;
      break;
    case 'week': {
      const w = p.granularity === 'week' ? p : isoWeek(p.year, p.month, p.day);
      same = w.year === g.year && w.week === g.week;
      break;
    }
    case 'day':
      same = p.year === g.year && p.month === g.month && p.day === g.day;
      break;
    case 'part':
      same = p.year === g.year && p.month === g.month && p.day === g.day && p.part === g.part;
      break;
    case 'time':
      same = p.year === g.year && p.month === g.month && p.day === g.day && p.minuteOfDay === g.minuteOfDay;
      break;
  }
  return same ? 'match' : 'mismatch';
}

export function valueMatches(gold: string, predicted: string): boolean {
  return compareValues(gold, predicted) === 'match';
}

/** The granularity of a calendar gold value, or null for anything a timeline cannot place. */
export function goldGranularity(value: string): GoldGranularity | null {
  const parsed = parseValue(value);
  if (!parsed || parsed.granularity === 'time') return null;
  return parsed.granularity;
}

// ---------------------------------------------------------------------------------------------
// Matching one document

export interface GoldOutcome {
  gold: GoldTimex;
  /** The overlapping prediction whose value is scored, or null for a miss. */
  prediction: Prediction | null;
  /** Present when `prediction` is. */
  verdict: ValueVerdict | null;
  /** Whether the gold is a part of a day and the prediction gives that day: right in the `placed-times` scope. */
  placesDay: boolean;
}

export interface PredictionOutcome {
  prediction: Prediction;
  /** Calendar gold it overlaps; empty means a false positive. */
  calendarGold: GoldTimex[];
  /** Any other gold timex it overlaps (DURATION, SET, PRESENT_REF...), to explain false positives. */
  otherGold: GoldTimex[];
  /** Whether it overlaps a gold time of day and gives its day: right in the `placed-times` scope. */
  placesTime: boolean;
}

export interface DocumentMatch {
  gold: GoldOutcome[];
  predictions: PredictionOutcome[];
}

/**
 * Relaxed matching: a prediction is right if it shares a character with some calendar gold, and a
 * gold is found if some prediction shares a character with it. Matching is not one-to-one, as in the
 * TempEval-3 relaxed metric.
 *
 * When several predictions overlap one gold (a system that splits "Friday, Oct. 23" in two), the one
 * sharing the most characters is the one whose value is scored, earliest first on ties. Scoring "any
 * overlapping prediction is right" instead would reward a system for emitting several guesses.
 */
export function matchDocument(timexes: readonly GoldTimex[], predictions: readonly Prediction[]): DocumentMatch {
  const calendar = timexes.filter(isCalendarDateTimex);
  const other = timexes.filter((t) => !isCalendarDateTimex(t));
  const gold = calendar.map((g): GoldOutcome => {
    let best: Prediction | null = null;
    let bestLength = 0;
    for (const p of predictions) {
      const length = overlapLength(g, p);
      if (length > bestLength || (length > 0 && length === bestLength && best !== null && p.start < best.start)) {
        best = p;
        bestLength = length;
      }
    }
    const placesDay = best !== null && PART_VALUE.test(g.value) && valueMatches(g.value.slice(0, 10), best.value);
    return { gold: g, prediction: best, verdict: best ? compareValues(g.value, best.value) : null, placesDay };
  });
  const outcomes = predictions.map(
    (p): PredictionOutcome => ({
      prediction: p,
      calendarGold: calendar.filter((g) => overlaps(g, p)),
      otherGold: other.filter((g) => overlaps(g, p)),
      placesTime: other.some((g) => {
        const day = dayOfTime(g);
        return day !== null && overlaps(g, p) && valueMatches(day, p.value);
      }),
    }),
  );
  return { gold, predictions: outcomes };
}

// ---------------------------------------------------------------------------------------------
// Aggregating

export interface Counts {
  predictions: number;
  /** Predictions overlapping some calendar gold. */
  correctPredictions: number;
  gold: number;
  /** Gold overlapped by some prediction. */
  foundGold: number;
  /** Found gold whose scored prediction has the right value. */
  correctValues: number;
}

export interface GranularityCounts {
  gold: number;
  found: number;
  correctValues: number;
}

export interface Tally {
  counts: Counts;
  byGranularity: Record<GoldGranularity, GranularityCounts>;
}

export function emptyTally(): Tally {
  const byGranularity = {} as Record<GoldGranularity, GranularityCounts>;
  for (const g of GOLD_GRANULARITIES) byGranularity[g] = { gold: 0, found: 0, correctValues: 0 };
  return {
    counts: { predictions: 0, correctPredictions: 0, gold: 0, foundGold: 0, correctValues: 0 },
    byGranularity,
  };
}

/** Adds one document's outcome, scored in `scope`, to a running tally (mutates and returns `tally`). */
export function addToTally(tally: Tally, match: DocumentMatch, scope: Scope = 'calendar'): Tally {
  const c = tally.counts;
  c.predictions += match.predictions.length;
  c.correctPredictions += match.predictions.filter((p) => p.calendarGold.length > 0 || (scope === 'placed-times' && p.placesTime)).length;
  for (const outcome of match.gold) {
    const granularity = goldGranularity(outcome.gold.value);
    const bucket = granularity ? tally.byGranularity[granularity] : null;
    c.gold++;
    if (bucket) bucket.gold++;
    if (!outcome.prediction) continue;
    c.foundGold++;
    if (bucket) bucket.found++;
    if (outcome.verdict === 'match' || (scope === 'placed-times' && outcome.placesDay)) {
      c.correctValues++;
      if (bucket) bucket.correctValues++;
    }
  }
  return tally;
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  valueAccuracy: number;
  /** relaxed F1 x value accuracy */
  valueF1: number;
}

/** n / d, or 0 when d is 0: a system that predicts nothing scores 0 precision rather than NaN, so tables stay comparable (the counts tell the two apart). */
export function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

export function harmonicMean(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

export function computeMetrics(c: Counts): Metrics {
  const precision = ratio(c.correctPredictions, c.predictions);
  const recall = ratio(c.foundGold, c.gold);
  const f1 = harmonicMean(precision, recall);
  const valueAccuracy = ratio(c.correctValues, c.foundGold);
  return { precision, recall, f1, valueAccuracy, valueF1: f1 * valueAccuracy };
}

// The words that join a range's two ends, in each scored language: "Monday to Wednesday", "between 2019
// and 2021", "1990-91", "du 19 au 23 juillet", "del 3 al 5 de marzo", "vom 3. bis 5. März".
const RANGE_CONNECTOR =
  /\s*,?\s*(?:-|\u2013|\u2014|(?<!\p{L})(?:to|through|thru|until|till|and|au|à|et|jusqu'au|al|a|hasta|y|e|ao|até|bis|und)(?!\p{L}))\s*/giu;

/**
 * Scores a range as the two dates it states: TimeML annotates "from Aug. 26 to Oct. 20" as two timexes,
 * and a range's `end` is as much a claim about the second as its `value` is about the first.
 */
export function splitRange(prediction: Prediction): Prediction[] {
  if (prediction.endValue === undefined) return [prediction];
  const connector = [...prediction.text.matchAll(RANGE_CONNECTOR)].at(-1);
  if (!connector || connector.index === 0) return [prediction];
  const endOffset = connector.index + connector[0].length;
  const { endValue, ...first } = prediction;
  return [
    { ...first, end: prediction.start + connector.index, text: prediction.text.slice(0, connector.index) },
    { start: prediction.start + endOffset, end: prediction.end, text: prediction.text.slice(endOffset), value: endValue },
  ];
}

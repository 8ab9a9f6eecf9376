import type { ParsingComponents, ParsingResult } from 'chrono-node';
import type { SentenceContext, SentenceRefiner } from '../../../refiners/sentence-refiner.js';
import { addDays, isValidCalendarDate, periodBounds, toDayNumber, weekdayOf, type CalendarDate, type Period } from '../../../../model/calendar.js';
import { holidayIn } from '../holidays.js';
import { HOLIDAY_TAG } from '../parsers/holiday-parser.js';
import { OPEN_YEAR_TAG } from '../../../offsets.js';
import { assignPeriod, endOf, periodOf, tagValue } from '../../../reference.js';
import { tenseReader, type TenseAt } from '../tense.js';
import { chooseYear, resolveWeekday, type Direction } from '../../../underspecified.js';
import { WEEKEND_TAG } from '../../vocabulary/weekend-parser.js';


/**
 * Resolves weekdays and year-less dates by the sentence's tense instead of chrono-node's nearest-day
 * guess: published Monday, "said on Thursday" is four days back; "will vote Monday" is the coming one.
 */
const MODIFIER_INSIDE = /\b(last|past|next|this|coming)\b/i;
const MODIFIER_BEFORE = /\b(last|next|this|coming|previous)\s+$/i;
const RESULTS = /\b(?:results?|earnings|profits?|loss(?:es)?|net|income|revenues?|sales|shares?|report\w*|post\w*|quarterly|dividends?|estimates?|forecast\w*)\b/i;

/** The word that places the date from publication ("last Friday", "this week"), if the text has one. */
function modifierOf(context: SentenceContext, result: ParsingResult): string | undefined {
  return MODIFIER_INSIDE.exec(result.text)?.[1] ?? MODIFIER_BEFORE.exec(context.text.slice(Math.max(0, result.index - 12), result.index))?.[1];
}

/**
 * The direction a date points. `tenseMatters` false: every tense gives the same date (the publication's
 * own weekday, month or quarter), so the sentence's verbs need not be read.
 */
function directionOf(context: SentenceContext, result: ParsingResult, tenseAt: TenseAt, tenseMatters = true): Direction {
  switch (modifierOf(context, result)?.toLowerCase()) {
    case 'last':
    case 'past':
    case 'previous':
      return 'last';
    case 'next':
    case 'coming':
      return 'next';
    default:
      return tenseMatters ? tenseAt(result.index, endOf(result)) : 'unknown';
  }
}

// A weekday with a day word merged in ("the night on Saturday") comes back from chrono-node with the
// reference's day marked certain; only a number in the words really fixes the day (a month name comes
// with one: "Saturday, Oct. 3").
function isOpenWeekday(components: ParsingComponents, text: string): boolean {
  if (!components.isCertain('weekday') || components.isCertain('month')) return false;
  return !components.isCertain('day') || !/\d/.test(text);
}

// A quarter's or season's month is certain too (assignPeriod): its first.
function hasOpenYear(components: ParsingComponents): boolean {
  return !components.isCertain('year') && components.isCertain('month');
}

/** The candidate of a given year for a period whose year was left out, keeping its month, day and weekday. */
function candidateIn(components: ParsingComponents, period: Period) {
  const holiday = tagValue(components.tags(), HOLIDAY_TAG);
  return (year: number): Period | undefined => {
    const { month, day } = period.date;
    if (period.granularity === 'quarter' || period.granularity === 'month') return { ...period, date: { year, month, day: 1 } };
    if (holiday) return { ...period, date: holidayIn(holiday, year)! };
    if (!isValidCalendarDate(year, month, day)) return undefined;
    const date: CalendarDate = { year, month, day };
    // "Monday, Feb. 14" names the year in which Feb. 14 is a Monday.
    if (components.isCertain('weekday') && weekdayOf(date) !== components.get('weekday')) return undefined;
    return { ...period, date };
  };
}

/**
 * The bare weekdays of a sentence so far: one weekday name is one day ("snow Saturday and Sunday, with
 * a foot by noon Sunday"), and weekdays listed together point the same way ("Saturday and Sunday").
 */
interface WeekdaysSoFar {
  days: Map<number, CalendarDate>;
  last?: { end: number; direction: Direction; date: CalendarDate };
}

// "Saturday and Sunday", "Monday, Tuesday or Wednesday", "Friday through Sunday".
const LISTED_WITH = /^\s*(?:,|,?\s*(?:and|or|through|to)|-|\u2013)\s*(?:on\s+)?$/i;

function resolveStart(context: SentenceContext, result: ParsingResult, published: CalendarDate, tenseAt: TenseAt, weekdays: WeekdaysSoFar): void {
  const start = result.start;
  if (isOpenWeekday(start, result.text)) {
    const weekday = start.get('weekday')!;
    const modified = modifierOf(context, result) !== undefined;
    const listed = !modified && weekdays.last && LISTED_WITH.test(context.text.slice(weekdays.last.end, result.index));
    const own = directionOf(context, result, tenseAt, weekday !== weekdayOf(published));
    const direction = listed && own === 'unknown' ? weekdays.last!.direction : own;
    // Listed without a tense to go by, or ahead, the later days follow the first: "Saturday and Sunday",
    // "will be held on Thursday and Friday" written on a Friday (that Thursday's Friday, not today).
    const after = listed && direction !== 'past' ? weekdays.last!.date : undefined;
    const date = (!modified && weekdays.days.get(weekday)) || (after ? resolveWeekday(after, weekday, 'next') : resolveWeekday(published, weekday, direction));
    if (!modified) {
      weekdays.days.set(weekday, date);
      weekdays.last = { end: endOf(result), direction, date };
    }
    assignPeriod(start, { granularity: 'day', date });
    start.assign('weekday', weekdayOf(date));
    // The weekend, placed by its Saturday, closes on the Sunday after.
    if (start.tags().has(WEEKEND_TAG)) {
      result.end = start.clone();
      assignPeriod(result.end, { granularity: 'day', date: addDays(date, 1) });
      result.end.assign('weekday', 0);
    }
  } else if (hasOpenYear(start)) {
    const period = periodOf(start);
    const candidate = candidateIn(start, period);
    // "expects to report third-quarter results" is about the quarter just ended: in a sentence about
    // results, quarters move back a year for the past, never forward for the future ("will shut two
    // mills in the third quarter", written in November, is next year's).
    const reportsResults = period.granularity === 'quarter' && RESULTS.test(context.text);
    // A day in figures is set down, as in the other languages; "Christmas sales rose" is not.
    const set = period.granularity === 'day' && /\d/.test(result.text);
    const choose = (tense: Direction) => {
      const direction = reportsResults && (tense === 'future' || tense === 'next') ? 'unknown' : tense;
      return chooseYear(published, candidate, direction, set) ?? chooseYear(published, candidate, 'unknown');
    };
    // The verbs are read even where every tense picks the same year: a day or month without a year,
    // not ahead, may belong to a history passage's year, which discourse decides.
    const direction = directionOf(context, result, tenseAt);
    const chosen = choose(direction);
    if (chosen) assignPeriod(start, chosen);
    if ((direction === 'past' || direction === 'unknown') && period.granularity !== 'quarter') start.addTag(OPEN_YEAR_TAG);
  }
}

/**
 * A range's end falls on or after its start: "from Thursday to Monday", "Dec. 28 to Jan. 3". A weekday
 * end is read like its start ("bought from Sept. 14 to Thursday": the Thursday before publication)
 * unless that would put it before the start.
 */
function resolveEnd(context: SentenceContext, result: ParsingResult, published: CalendarDate, tenseAt: TenseAt): void {
  const end = result.end;
  if (!end) return;
  const start = periodOf(result.start);
  const startDay = periodBounds(start)[0];
  if (isOpenWeekday(end, result.text)) {
    const weekday = end.get('weekday')!;
    const read = resolveWeekday(published, weekday, directionOf(context, result, tenseAt));
    const date = toDayNumber(read) >= startDay ? read : resolveWeekday(start.date, weekday, 'future');
    assignPeriod(end, { granularity: 'day', date });
  } else if (hasOpenYear(end)) {
    const period = periodOf(end);
    const sameYear = candidateIn(end, period)(start.date.year);
    const year = sameYear && periodBounds(sameYear)[1] >= startDay ? start.date.year : start.date.year + 1;
    end.assign('year', year);
  }
  if (periodBounds(periodOf(end))[0] < startDay) result.end = undefined;
}

export class TenseRefiner implements SentenceRefiner {
  refine(context: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    const { published } = context;
    const tenseAt = tenseReader(context.text);
    const weekdays: WeekdaysSoFar = { days: new Map() };
    for (const result of results) {
      resolveStart(context, result, published, tenseAt, weekdays);
      resolveEnd(context, result, published, tenseAt);
    }
    return results;
  }
}

/**
 * Calendar arithmetic on plain year/month/day triples (proleptic Gregorian). Day numbers are pure
 * arithmetic, with no `Date`: the machine's time zone can never move a day, and every year has them,
 * where a `Date` ends at year 275,760.
 */
import type { Granularity, Relation } from './types.js';

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

// The days-from-civil algorithm and its inverse (Howard Hinnant, "chrono-Compatible Low-Level Date
// Algorithms", howardhinnant.github.io/date_algorithms.html): years counted from March, so that the leap
// day ends one, in 400-year eras of 146,097 days. Day 0 is 1970-01-01, as for `Date`.
const DAYS_PER_ERA = 146_097;
const EPOCH_SHIFT = 719_468; // days from 0000-03-01 to 1970-01-01

/** Days since 1970-01-01. A month or day outside its range carries over, as `Date.UTC` does. */
export function toDayNumber(date: CalendarDate): number {
  // Months from March (0) to February (11) of the year that starts in March.
  const marchYear = date.year + Math.floor((date.month - 3) / 12);
  const marchMonth = date.month - 3 - (marchYear - date.year) * 12;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * marchMonth + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const shifted = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Moves by whole months, clamping the day to the target month's length (Mar. 31 - 1 month = Feb. 28). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Sunday ... 6 = Saturday, as chrono-node and `Date` count. */
export function weekdayOf(date: CalendarDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  // A month other than 1 to 12 (0, 13, 1.5) has no length in MONTH_LENGTHS, and no day is at most
  // `undefined`: the comparison says no to it.
  return Number.isInteger(year) && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/** The day number of the Monday that starts the week of `date`. */
const mondayOf = (date: CalendarDate): number => toDayNumber(date) - ((weekdayOf(date) + 6) % 7);

/** ISO 8601 week: weeks start on Monday and belong to the year holding their Thursday. */
export function isoWeekOf(date: CalendarDate): { year: number; week: number } {
  const thursday = mondayOf(date) + 3;
  const { year } = fromDayNumber(thursday);
  return { year, week: Math.floor((thursday - toDayNumber({ year, month: 1, day: 1 })) / 7) + 1 };
}

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

/**
 * The seasons of the northern hemisphere, each from about its equinox or solstice, the 21st: spring
 * from March 21, summer from June 21, fall from September 21, winter from December 21, as news counts
 * them ("the first day of spring"). TIMEX3 names them `SP`, `SU`, `FA` and `WI`; a winter is named by
 * the year of its December (`2022-WI`: December 21, 2022 to March 20, 2023). A season's period holds a
 * day of its first month.
 */
export const SEASONS = ['SP', 'SU', 'FA', 'WI'] as const;
export type Season = (typeof SEASONS)[number];

function pad(value: number, width: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).padStart(width, '0');
}

export const formatYear = (year: number): string => pad(year, 4);
export const formatMonth = (year: number, month: number): string => `${formatYear(year)}-${pad(month, 2)}`;
export const formatDay = (date: CalendarDate): string => `${formatMonth(date.year, date.month)}-${pad(date.day, 2)}`;

export function formatWeek(date: CalendarDate): string {
  const { year, week } = isoWeekOf(date);
  return `${formatYear(year)}-W${pad(week, 2)}`;
}

/** A period on the calendar: the granularity and any day inside it (for a season, of its first month). */
export interface Period {
  granularity: Granularity;
  date: CalendarDate;
  hour?: number;
  minute?: number;
}

export function formatPeriod(period: Period): string {
  const { date } = period;
  switch (period.granularity) {
    case 'year':
      return formatYear(date.year);
    case 'season':
      return `${formatYear(date.year)}-${SEASONS[date.month / 3 - 1]}`;
    case 'quarter':
      return `${formatYear(date.year)}-Q${quarterOf(date.month)}`;
    case 'month':
      return formatMonth(date.year, date.month);
    case 'week':
      return formatWeek(date);
    case 'day':
      return formatDay(date);
    case 'time':
      return `${formatDay(date)}T${pad(period.hour ?? 0, 2)}:${pad(period.minute ?? 0, 2)}`;
  }
}

/** The day numbers from `start` to the day before it `months` later. */
const monthsFrom = (start: CalendarDate, months: number): [number, number] => [toDayNumber(start), toDayNumber(addMonths(start, months)) - 1];

/** First and last day number of the period, for comparing periods of different granularity. */
export function periodBounds(period: Period): [number, number] {
  const { date } = period;
  switch (period.granularity) {
    case 'year':
      return monthsFrom({ year: date.year, month: 1, day: 1 }, 12);
    // Three months: a quarter from its first month's first day, a season from about its equinox or
    // solstice, the 21st.
    case 'quarter':
      return monthsFrom({ year: date.year, month: (quarterOf(date.month) - 1) * 3 + 1, day: 1 }, 3);
    case 'season':
      return monthsFrom({ ...date, day: 21 }, 3);
    case 'month':
      return monthsFrom({ ...date, day: 1 }, 1);
    case 'week': {
      const monday = mondayOf(date);
      return [monday, monday + 6];
    }
    case 'day':
    case 'time':
      return [toDayNumber(date), toDayNumber(date)];
  }
}

const VALUE_PATTERNS: Record<Granularity, RegExp> = {
  year: /^-?\d{4,}$/,
  season: /^-?\d{4,}-(?:SP|SU|FA|WI)$/,
  quarter: /^-?\d{4,}-Q[1-4]$/,
  month: /^-?\d{4,}-(0[1-9]|1[0-2])$/,
  week: /^-?\d{4,}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  day: /^-?\d{4,}-\d{2}-\d{2}$/,
  time: /^-?\d{4,}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/,
};

/** Whether the period's day exists (not Feb. 30) and its hour is on the clock (chrono-node reads "24:00"). */
export function isValidPeriod({ date, hour = 0 }: Period): boolean {
  return isValidCalendarDate(date.year, date.month, date.day) && hour < 24;
}

/** Whether `value` is a well-formed TIMEX3 value of that granularity naming a real calendar period. */
export function isValidValue(value: string, granularity: Granularity): boolean {
  if (!VALUE_PATTERNS[granularity].test(value)) return false;
  if (granularity !== 'day' && granularity !== 'time') return true;
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(value)!;
  return isValidCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Where a period (to `end`, for a range) lies relative to a publication day. */
export function relationTo(period: Period, end: Period | undefined, published: CalendarDate): Relation {
  const day = toDayNumber(published);
  const first = periodBounds(period)[0];
  const last = periodBounds(end ?? period)[1];
  return last < day ? 'past' : first > day ? 'future' : 'present';
}

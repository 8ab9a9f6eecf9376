/**
 * Calendar arithmetic on plain year/month/day triples. Everything goes through `Date.UTC` so the
 * machine's time zone can never move a day.
 */
import type { Granularity } from './types.js';

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function toDayNumber(date: CalendarDate): number {
  // Date.UTC reads years 0-99 as 1900-1999; only those need the slower setter.
  if (date.year >= 100) return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.floor(utc.getTime() / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
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
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** ISO 8601 week: weeks start on Monday and belong to the year holding their Thursday. */
export function isoWeekOf(date: CalendarDate): { year: number; week: number } {
  const dayNumber = toDayNumber(date);
  const isoWeekday = ((weekdayOf(date) + 6) % 7) + 1;
  const thursday = fromDayNumber(dayNumber - isoWeekday + 4);
  const firstOfYear = toDayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toDayNumber(thursday) - firstOfYear) / 7) + 1 };
}

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

function pad(value: number, width: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).padStart(width, '0');
}

export const formatYear = (year: number): string => pad(year, 4);
export const formatMonth = (year: number, month: number): string => `${formatYear(year)}-${pad(month, 2)}`;
export const formatDay = (date: CalendarDate): string => `${formatMonth(date.year, date.month)}-${pad(date.day, 2)}`;
export const formatQuarter = (year: number, quarter: number): string => `${formatYear(year)}-Q${quarter}`;
export const formatTime = (date: CalendarDate, hour: number, minute: number): string =>
  `${formatDay(date)}T${pad(hour, 2)}:${pad(minute, 2)}`;

export function formatWeek(date: CalendarDate): string {
  const { year, week } = isoWeekOf(date);
  return `${formatYear(year)}-W${pad(week, 2)}`;
}

/** A period on the calendar: the granularity and any day inside it. */
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
    case 'quarter':
      return formatQuarter(date.year, quarterOf(date.month));
    case 'month':
      return formatMonth(date.year, date.month);
    case 'week':
      return formatWeek(date);
    case 'day':
      return formatDay(date);
    case 'time':
      return formatTime(date, period.hour ?? 0, period.minute ?? 0);
  }
}

/** First and last day number of the period, for comparing periods of different granularity. */
export function periodBounds(period: Period): [number, number] {
  const { date } = period;
  switch (period.granularity) {
    case 'year':
      return [toDayNumber({ year: date.year, month: 1, day: 1 }), toDayNumber({ year: date.year, month: 12, day: 31 })];
    case 'quarter': {
      const first = (quarterOf(date.month) - 1) * 3 + 1;
      return [
        toDayNumber({ year: date.year, month: first, day: 1 }),
        toDayNumber({ year: date.year, month: first + 2, day: daysInMonth(date.year, first + 2) }),
      ];
    }
    case 'month':
      return [
        toDayNumber({ year: date.year, month: date.month, day: 1 }),
        toDayNumber({ year: date.year, month: date.month, day: daysInMonth(date.year, date.month) }),
      ];
    case 'week': {
      const dayNumber = toDayNumber(date);
      const monday = dayNumber - ((weekdayOf(date) + 6) % 7);
      return [monday, monday + 6];
    }
    case 'day':
    case 'time':
      return [toDayNumber(date), toDayNumber(date)];
  }
}

const VALUE_PATTERNS: Record<Granularity, RegExp> = {
  year: /^-?\d{4,}$/,
  quarter: /^-?\d{4,}-Q[1-4]$/,
  month: /^-?\d{4,}-(0[1-9]|1[0-2])$/,
  week: /^-?\d{4,}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  day: /^-?\d{4,}-\d{2}-\d{2}$/,
  time: /^-?\d{4,}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/,
};

/** Whether `value` is a well-formed TIMEX3 value of that granularity naming a real calendar period. */
export function isValidValue(value: string, granularity: Granularity): boolean {
  if (!VALUE_PATTERNS[granularity].test(value)) return false;
  if (granularity !== 'day' && granularity !== 'time') return true;
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(value)!;
  return isValidCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

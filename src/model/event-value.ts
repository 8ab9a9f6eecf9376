/**
 * Reads the TIMEX3-style values of `TimelineEvent.date` and `.end` back into calendar periods, so the
 * layout can place them and the element can check events that users supply.
 */
import {
  isValidCalendarDate,
  isValidValue,
  isoWeekOf,
  periodBounds,
  SEASONS,
  toDayNumber,
  fromDayNumber,
  weekdayOf,
  type Period,
  type Season,
} from './calendar.js';
import type { Granularity } from './types.js';
import { MAX_TIME_MS, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './time-units.js';

/** Every granularity; their value forms are disjoint, so at most one matches a given value. */
export const GRANULARITIES: readonly Granularity[] = ['year', 'season', 'quarter', 'month', 'week', 'day', 'time'];

/**
 * The period a value names: `2014`, `2022-SP`, `2022-Q1`, `2022-02`, `2022-W06`, `2022-02-15` or
 * `2022-02-15T09:00`. Undefined for anything else, for dates that do not exist (`2022-02-30`,
 * `2021-W53`: 2021 has 52 ISO weeks) and for periods a `Date` cannot hold.
 */
export function parseEventValue(value: unknown): Period | undefined {
  const read = readEventValue(value);
  return typeof read === 'string' ? undefined : read;
}

/**
 * Why `parseEventValue` rejects a value: `invalid`, none of the value forms or a day or week that does
 * not exist (`2022-02-30`, `2021-W53`); `range`, a period beyond what a `Date` can hold (`999999`).
 * Undefined when it accepts the value.
 */
export type EventValueProblem = 'invalid' | 'range';

export function eventValueProblem(value: unknown): EventValueProblem | undefined {
  const read = readEventValue(value);
  return typeof read === 'string' ? read : undefined;
}

function readEventValue(value: unknown): Period | EventValueProblem {
  if (typeof value !== 'string') return 'invalid';
  const granularity = GRANULARITIES.find((candidate) => isValidValue(value, candidate));
  const period = granularity && periodOfValue(value, granularity);
  if (!period) return 'invalid';
  return isRepresentable(period) ? period : 'range';
}

/**
 * The period's extent on a UTC axis, in milliseconds: from its first day's midnight to the midnight
 * after its last day. A time is an instant; it gets one hour so that it has a width to draw.
 */
export function periodInterval(period: Period): [start: number, end: number] {
  const [first, last] = periodBounds(period);
  if (period.granularity !== 'time') return [first * MS_PER_DAY, (last + 1) * MS_PER_DAY];
  const start = first * MS_PER_DAY + (period.hour ?? 0) * MS_PER_HOUR + (period.minute ?? 0) * MS_PER_MINUTE;
  return [start, start + MS_PER_HOUR];
}

/** Splits after the (possibly negative) year: `-0044-03-15` -> `-0044`, `03-15`. */
const YEAR_AND_REST = /^(-?\d+)(?:-(.+))?$/;

/** `value` already has the form of `granularity` (checked by `isValidValue`). */
function periodOfValue(value: string, granularity: Granularity): Period | undefined {
  const [, yearText, rest = ''] = YEAR_AND_REST.exec(value)!;
  const year = Number(yearText);
  switch (granularity) {
    case 'year':
      return { granularity, date: { year, month: 1, day: 1 } };
    case 'season':
      return { granularity, date: { year, month: SEASONS.indexOf(rest as Season) * 3 + 3, day: 1 } };
    case 'quarter':
      return { granularity, date: { year, month: (Number(rest.slice(1)) - 1) * 3 + 1, day: 1 } };
    case 'month':
      return { granularity, date: { year, month: Number(rest), day: 1 } };
    case 'week': {
      const monday = isoWeekMonday(year, Number(rest.slice(1)));
      return monday === undefined ? undefined : { granularity, date: fromDayNumber(monday) };
    }
    case 'day':
    case 'time': {
      const month = Number(rest.slice(0, 2));
      const day = Number(rest.slice(3, 5));
      if (!isValidCalendarDate(year, month, day)) return undefined;
      const date = { year, month, day };
      if (granularity === 'day') return { granularity, date };
      return { granularity, date, hour: Number(rest.slice(6, 8)), minute: Number(rest.slice(9, 11)) };
    }
  }
}

/**
 * Day number of the Monday of ISO week `week` of `year`, or undefined when the year has no such week.
 * Week 1 is the week holding January 4 (ISO 8601).
 */
function isoWeekMonday(year: number, week: number): number | undefined {
  const january4 = { year, month: 1, day: 4 };
  const monday = toDayNumber(january4) - ((weekdayOf(january4) + 6) % 7) + (week - 1) * 7;
  const named = isoWeekOf(fromDayNumber(monday));
  return named.year === year && named.week === week ? monday : undefined;
}

function isRepresentable(period: Period): boolean {
  const [start, end] = periodInterval(period);
  return Number.isFinite(start) && Number.isFinite(end) && start >= -MAX_TIME_MS && end <= MAX_TIME_MS;
}

import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  formatPeriod,
  formatWeek,
  isValidValue,
  isoWeekOf,
  periodBounds,
  weekdayOf,
  fromDayNumber,
  toDayNumber,
} from '../../src/model/calendar.js';

describe('calendar arithmetic', () => {
  it('counts weekdays from a known Wednesday', () => {
    expect(weekdayOf({ year: 2022, month: 2, day: 16 })).toBe(3);
    expect(weekdayOf({ year: 2024, month: 2, day: 29 })).toBe(4);
    expect(weekdayOf({ year: 1800, month: 1, day: 1 })).toBe(3);
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays({ year: 2022, month: 1, day: 2 }, -3)).toEqual({ year: 2021, month: 12, day: 30 });
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths({ year: 2022, month: 3, day: 31 }, -1)).toEqual({ year: 2022, month: 2, day: 28 });
    expect(addMonths({ year: 2022, month: 1, day: 15 }, -13)).toEqual({ year: 2020, month: 12, day: 15 });
  });

  it('numbers ISO weeks by their Thursday', () => {
    expect(isoWeekOf({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
    expect(formatWeek({ year: 2022, month: 2, day: 16 })).toBe('2022-W07');
  });

  it('formats each granularity as a TIMEX3 value', () => {
    const date = { year: 2022, month: 2, day: 15 };
    expect(formatPeriod({ granularity: 'year', date })).toBe('2022');
    expect(formatPeriod({ granularity: 'quarter', date })).toBe('2022-Q1');
    expect(formatPeriod({ granularity: 'season', date: { year: 2022, month: 3, day: 1 } })).toBe('2022-SP');
    // A winter is named by the year of its December.
    expect(formatPeriod({ granularity: 'season', date: { year: 2022, month: 12, day: 1 } })).toBe('2022-WI');
    expect(formatPeriod({ granularity: 'month', date })).toBe('2022-02');
    expect(formatPeriod({ granularity: 'day', date })).toBe('2022-02-15');
    expect(formatPeriod({ granularity: 'time', date, hour: 9, minute: 5 })).toBe('2022-02-15T09:05');
  });

  it('bounds a week from Monday to Sunday', () => {
    const [first, last] = periodBounds({ granularity: 'week', date: { year: 2022, month: 2, day: 16 } });
    expect(fromDayNumber(first)).toEqual({ year: 2022, month: 2, day: 14 });
    expect(fromDayNumber(last)).toEqual({ year: 2022, month: 2, day: 20 });
  });

  it('validates values against their granularity', () => {
    expect(isValidValue('2022-02-29', 'day')).toBe(false);
    expect(isValidValue('2024-02-29', 'day')).toBe(true);
    expect(isValidValue('2022-W54', 'week')).toBe(false);
    expect(isValidValue('2022-Q4', 'quarter')).toBe(true);
    expect(isValidValue('2022-13', 'month')).toBe(false);
    expect(isValidValue('2022-02-15T24:00', 'time')).toBe(false);
  });

});

const MS_PER_DAY = 86_400_000;
// The days a `Date` holds: 100,000,000 either side of 1970-01-01 (ECMA-262, "Time Values and Time Range").
const DATE_LIMIT = 100_000_000;

/** The calendar date of a day number as `Date` gives it, where it can: an oracle independent of ours. */
function dateOfDay(dayNumber: number) {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

describe('day numbers', () => {
  it('agree with Date across the whole range a Date holds', () => {
    const checked: number[] = [];
    // A prime step visits every day of the year and of the 400-year cycle in turn.
    for (let dayNumber = -DATE_LIMIT; dayNumber <= DATE_LIMIT; dayNumber += 99_991) checked.push(dayNumber);
    checked.push(-DATE_LIMIT, DATE_LIMIT, -719_528, -719_529, 0, -1, 11_016, 10_957);
    for (const dayNumber of checked) {
      const date = dateOfDay(dayNumber);
      expect(fromDayNumber(dayNumber), `day ${dayNumber}`).toEqual(date);
      expect(toDayNumber(date), JSON.stringify(date)).toBe(dayNumber);
    }
  });

  it('carry a month or day outside its range over, as Date.UTC does', () => {
    for (const [year, month, day] of [[2022, 13, 1], [2022, 0, 31], [2022, 1, 0], [2022, 2, 30], [2022, -11, 1], [1999, 25, 40]] as const) {
      expect(toDayNumber({ year, month, day }), `${year}-${month}-${day}`).toBe(Date.UTC(year, month - 1, day) / MS_PER_DAY);
    }
  });

  it.each([300_000, -300_000, 275_761, 999_999, 10_000_000])('exist for the year %i, past the range of a Date', (year) => {
    const first = toDayNumber({ year, month: 1, day: 1 });
    const last = toDayNumber({ year, month: 12, day: 31 });
    expect(Number.isSafeInteger(first)).toBe(true);
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    expect(last - first + 1).toBe(leap ? 366 : 365);
    expect(fromDayNumber(first)).toEqual({ year, month: 1, day: 1 });
    expect(fromDayNumber(last)).toEqual({ year, month: 12, day: 31 });
    // The 400-year cycle has a whole number of weeks: the weekday repeats 400 years on.
    expect(weekdayOf({ year, month: 1, day: 1 })).toBe(weekdayOf({ year: (year % 400) + 2000, month: 1, day: 1 }));
    expect(periodBounds({ granularity: 'year', date: { year, month: 6, day: 1 } })).toEqual([first, last]);
  });

  it('run on without a gap across the last day a Date holds (275760-09-13)', () => {
    const last = toDayNumber({ year: 275_760, month: 9, day: 13 });
    expect(last).toBe(DATE_LIMIT);
    expect(fromDayNumber(last + 1)).toEqual({ year: 275_760, month: 9, day: 14 });
    expect(addDays({ year: 275_760, month: 12, day: 31 }, 1)).toEqual({ year: 275_761, month: 1, day: 1 });
    expect(weekdayOf({ year: 275_760, month: 9, day: 14 })).toBe((weekdayOf({ year: 275_760, month: 9, day: 13 }) + 1) % 7);
  });

  it('validate values of years with more than four digits', () => {
    expect(isValidValue('300000', 'year')).toBe(true);
    expect(isValidValue('300000-02-29', 'day')).toBe(true);
    expect(isValidValue('300100-02-29', 'day')).toBe(false);
    expect(isValidValue('-300000-W53', 'week')).toBe(true);
  });
});

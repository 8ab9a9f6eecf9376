import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatPeriod, formatWeek, isValidValue, isoWeekOf, periodBounds, weekdayOf, fromDayNumber } from '../../src/parser/calendar.js';

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

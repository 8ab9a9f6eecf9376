import { describe, expect, it } from 'vitest';
import { chooseYear, nearestYear, resolveWeekday } from '../../src/parser/underspecified.js';
import { isValidCalendarDate, type Period } from '../../src/model/calendar.js';

const monday = { year: 2022, month: 2, day: 14 };

describe('resolveWeekday', () => {
  it('looks back for the past and ahead for the future, the publication weekday being that day', () => {
    expect(resolveWeekday(monday, 4, 'past')).toEqual({ year: 2022, month: 2, day: 10 });
    expect(resolveWeekday(monday, 4, 'future')).toEqual({ year: 2022, month: 2, day: 17 });
    expect(resolveWeekday(monday, 1, 'past')).toEqual(monday);
    expect(resolveWeekday(monday, 1, 'future')).toEqual(monday);
  });

  it('makes "last" and "next" strict and takes the nearest without tense', () => {
    expect(resolveWeekday(monday, 1, 'last')).toEqual({ year: 2022, month: 2, day: 7 });
    expect(resolveWeekday(monday, 1, 'next')).toEqual({ year: 2022, month: 2, day: 21 });
    expect(resolveWeekday(monday, 3, 'unknown')).toEqual({ year: 2022, month: 2, day: 16 });
    expect(resolveWeekday(monday, 5, 'unknown')).toEqual({ year: 2022, month: 2, day: 11 });
  });
});

const monthDay = (month: number, day: number) => (year: number): Period | undefined =>
  isValidCalendarDate(year, month, day) ? { granularity: 'day', date: { year, month, day } } : undefined;

describe('chooseYear', () => {
  it('moves year-less dates across the year boundary by tense', () => {
    expect(chooseYear({ year: 2022, month: 1, day: 2 }, monthDay(12, 30), 'past')?.date.year).toBe(2021);
    expect(chooseYear({ year: 2022, month: 1, day: 2 }, monthDay(12, 30), 'unknown')?.date.year).toBe(2021);
    expect(chooseYear({ year: 2021, month: 12, day: 28 }, monthDay(1, 5), 'future')?.date.year).toBe(2022);
    expect(chooseYear({ year: 2022, month: 2, day: 16 }, monthDay(11, 7), 'unknown')?.date.year).toBe(2022);
  });

  it('gives way to the nearest year for a day set down within 45 days against the tense', () => {
    const published = { year: 2026, month: 11, day: 2 };
    expect(chooseYear(published, monthDay(11, 6), 'past', true)?.date.year).toBe(2026);
    expect(chooseYear(published, monthDay(11, 6), 'past')?.date.year).toBe(2025);
    expect(chooseYear(published, monthDay(10, 20), 'future', true)?.date.year).toBe(2026);
    expect(chooseYear(published, monthDay(12, 20), 'past', true)?.date.year).toBe(2025);
    expect(chooseYear({ year: 2026, month: 12, day: 20 }, monthDay(1, 5), 'past', true)?.date.year).toBe(2027);
    // "last" and "next" are the text's own word, not the verbs'.
    expect(chooseYear(published, monthDay(11, 6), 'last', true)?.date.year).toBe(2025);
  });

  it('finds the last Feb. 29 that has been', () => {
    expect(chooseYear({ year: 2025, month: 3, day: 1 }, monthDay(2, 29), 'past')?.date.year).toBe(2024);
    expect(chooseYear({ year: 2024, month: 3, day: 1 }, monthDay(2, 29), 'past')?.date.year).toBe(2024);
    expect(chooseYear({ year: 2023, month: 3, day: 1 }, monthDay(2, 29), 'past')).toBeUndefined();
  });
});

describe('nearestYear', () => {
  it('takes the year that puts the date nearest publication, across the year boundary too', () => {
    expect(nearestYear({ year: 2022, month: 2, day: 16 }, 8, 1)).toBe(2022);
    expect(nearestYear({ year: 2022, month: 2, day: 16 }, 12, 31)).toBe(2021);
    expect(nearestYear({ year: 2022, month: 12, day: 31 }, 1, 1)).toBe(2023);
    // Dec. 30, 2022: June 30, 2023 is 182 days ahead, June 30, 2022 183 days back.
    expect(nearestYear({ year: 2022, month: 12, day: 30 }, 6, 30)).toBe(2023);
    // May 31, 2022: Nov. 1, 2022 is 154 days ahead, Nov. 1, 2021 211 back (chrono-node's own month
    // arithmetic made it Dec. 1 and picked 2021).
    expect(nearestYear({ year: 2022, month: 5, day: 31 }, 11, 1)).toBe(2022);
  });

  it('keeps the publication year on a tie, and skips a year without the day', () => {
    // July 2, 2024: Jan. 1, 2024 is 183 days back and Jan. 1, 2025 183 days ahead.
    expect(nearestYear({ year: 2024, month: 7, day: 2 }, 1, 1)).toBe(2024);
    expect(nearestYear({ year: 2023, month: 6, day: 1 }, 2, 29)).toBe(2024);
    expect(nearestYear({ year: 2021, month: 6, day: 1 }, 2, 29)).toBe(2020);
    // No Feb. 29 in 2021, 2022 or 2023: the publication year, for the date's own check to reject.
    expect(nearestYear({ year: 2022, month: 6, day: 1 }, 2, 29)).toBe(2022);
  });
});

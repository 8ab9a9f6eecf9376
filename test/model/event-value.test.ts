import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, fromDayNumber } from '../../src/model/calendar.js';
import { GRANULARITIES, eventValueProblem, parseEventValue, periodInterval } from '../../src/model/event-value.js';
import { iso, utc } from '../layout/utc.js';

const SEED = Number(process.env.FC_SEED) || 20220216;

/** The interval of a value as ISO strings, so a failure reads as dates. */
function intervalOf(value: string): [string, string] | undefined {
  const period = parseEventValue(value);
  return period && (periodInterval(period).map(iso) as [string, string]);
}

describe('parseEventValue', () => {
  it.each([
    ['2014', 'year', utc(2014, 1, 1), utc(2015, 1, 1)],
    ['2022-Q1', 'quarter', utc(2022, 1, 1), utc(2022, 4, 1)],
    ['2022-SP', 'season', utc(2022, 3, 21), utc(2022, 6, 21)],
    ['2022-SU', 'season', utc(2022, 6, 21), utc(2022, 9, 21)],
    ['2022-FA', 'season', utc(2022, 9, 21), utc(2022, 12, 21)],
    // A winter is named by the year of its December, and holds the February after it (a leap day in 2024).
    ['2023-WI', 'season', utc(2023, 12, 21), utc(2024, 3, 21)],
    ['2022-Q4', 'quarter', utc(2022, 10, 1), utc(2023, 1, 1)],
    ['2022-02', 'month', utc(2022, 2, 1), utc(2022, 3, 1)],
    ['2024-02', 'month', utc(2024, 2, 1), utc(2024, 3, 1)],
    ['2022-W06', 'week', utc(2022, 2, 7), utc(2022, 2, 14)],
    // 2020 has 53 ISO weeks: its last runs into 2021; 2025's first starts in 2024.
    ['2020-W53', 'week', utc(2020, 12, 28), utc(2021, 1, 4)],
    ['2015-W53', 'week', utc(2015, 12, 28), utc(2016, 1, 4)],
    ['2021-W01', 'week', utc(2021, 1, 4), utc(2021, 1, 11)],
    ['2025-W01', 'week', utc(2024, 12, 30), utc(2025, 1, 6)],
    ['2022-02-15', 'day', utc(2022, 2, 15), utc(2022, 2, 16)],
    ['2024-02-29', 'day', utc(2024, 2, 29), utc(2024, 3, 1)],
    ['2000-02-29', 'day', utc(2000, 2, 29), utc(2000, 3, 1)],
    ['2022-02-15T09:00', 'time', utc(2022, 2, 15, 9), utc(2022, 2, 15, 10)],
    ['2022-12-31T23:30', 'time', utc(2022, 12, 31, 23, 30), utc(2023, 1, 1, 0, 30)],
    ['0044', 'year', utc(44, 1, 1), utc(45, 1, 1)],
    ['-0044-03-15', 'day', utc(-44, 3, 15), utc(-44, 3, 16)],
  ])('%s is a %s from %s to %s', (value, granularity, start, end) => {
    expect(parseEventValue(value)?.granularity, value).toBe(granularity);
    expect(intervalOf(value), value).toEqual([iso(start), iso(end)]);
  });

  it.each([
    '2021-W53', // 2021 has 52 ISO weeks
    '2022-W53',
    '2022-W00',
    '2022-W54',
    '2022-02-30',
    '2023-02-29',
    '1900-02-29',
    '2022-13',
    '2022-00',
    '2022-Q0',
    '2022-Q5',
    '2022-AU',
    '2022-sp',
    '2022-02-15T24:00',
    '2022-02-15T09:60',
    '2022-02-15T09',
    '2022-02-15T09:00Z',
    '2022-2-15',
    '22',
    ' 2022',
    '2022 ',
    '',
    'PRESENT_REF',
    // Beyond what a Date holds (±8.64e15 ms, April 271821 BC to September 275760).
    '275760',
    '-271821',
    '99999999',
  ])('rejects %j', (value) => {
    expect(parseEventValue(value), value).toBeUndefined();
  });

  it('keeps the years next to the limits a Date holds', () => {
    expect(intervalOf('275759'), '275759').toEqual([iso(utc(275759, 1, 1)), iso(utc(275760, 1, 1))]);
    expect(intervalOf('-271820'), '-271820').toEqual([iso(utc(-271820, 1, 1)), iso(utc(-271819, 1, 1))]);
  });

  it.each([
    ['2022-02-15', undefined],
    ['275759', undefined],
    ['Feb. 15', 'invalid'],
    [2022, 'invalid'],
    ['2022-02-30', 'invalid'],
    ['2021-W53', 'invalid'],
    ['275760', 'range'],
    ['999999', 'range'],
    ['-271821-01-01', 'range'],
    ['300000-Q1', 'range'],
  ])('says why %j names no period: %s', (value, problem) => {
    expect(eventValueProblem(value)).toBe(problem);
    expect(parseEventValue(value) === undefined, String(value)).toBe(problem !== undefined);
  });

  it.each([2022, null, undefined, {}, ['2022'], new Date(0)])('rejects the non-string %j', (value) => {
    expect(parseEventValue(value)).toBeUndefined();
  });

  // The parser writes a season as the first of its first month; the season begins on the 21st (a winter
  // in December, its January to March 20 in the next year).
  const seasonStart = ({ year, month, day }: { year: number; month: number; day: number }) => {
    const from = day >= 21 ? month : month - 1;
    return from <= 2 ? { year: year - 1, month: 12, day: 1 } : { year, month: from - (from % 3), day: 1 };
  };

  it('reads back every value the parser writes, as the period it wrote, holding the day it came from', () => {
    const periodArb = fc.record({
      day: fc.integer({ min: utc(1, 1, 1) / 86_400_000, max: utc(9999, 12, 31) / 86_400_000 }),
      granularity: fc.constantFrom(...GRANULARITIES),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    });
    fc.assert(
      fc.property(periodArb, ({ day, granularity, hour, minute }) => {
        const date = fromDayNumber(day);
        const written = { granularity, date: granularity === 'season' ? seasonStart(date) : date, ...(granularity === 'time' ? { hour, minute } : {}) };
        const value = formatPeriod(written);
        const period = parseEventValue(value);
        expect(period && formatPeriod(period), value).toBe(value);
        const [start, end] = periodInterval(period!);
        const message = `${value}: [${iso(start)}, ${iso(end)})`;
        expect(start, message).toBeLessThanOrEqual(day * 86_400_000 + hour * 3_600_000 + minute * 60_000);
        expect(end, message).toBeGreaterThan(day * 86_400_000);
        expect(end - start, message).toBeLessThanOrEqual(366 * 86_400_000);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

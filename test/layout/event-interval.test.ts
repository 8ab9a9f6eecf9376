import { describe, expect, it } from 'vitest';
import { eventInterval } from '../../src/layout/event-interval.js';
import { iso, utc } from './utc.js';

/** The interval with ISO strings for its bounds, so a failure reads as dates. */
function readable(event: { id: string; date: string; end?: string }): { start: string; end: string; kind: string } {
  const { start, end, kind } = eventInterval(event);
  return { start: iso(start), end: iso(end), kind };
}

describe('eventInterval', () => {
  it.each([
    ['2022-02-15', 'point', utc(2022, 2, 15), utc(2022, 2, 16)],
    ['2024-02-29', 'point', utc(2024, 2, 29), utc(2024, 3, 1)],
    ['2022-02-15T09:00', 'point', utc(2022, 2, 15, 9), utc(2022, 2, 15, 10)],
    ['2022-W06', 'band', utc(2022, 2, 7), utc(2022, 2, 14)],
    ['2020-W53', 'band', utc(2020, 12, 28), utc(2021, 1, 4)],
    ['2022-02', 'band', utc(2022, 2, 1), utc(2022, 3, 1)],
    ['2024-02', 'band', utc(2024, 2, 1), utc(2024, 3, 1)],
    ['2022-Q1', 'band', utc(2022, 1, 1), utc(2022, 4, 1)],
    ['2014', 'band', utc(2014, 1, 1), utc(2015, 1, 1)],
    ['2024', 'band', utc(2024, 1, 1), utc(2025, 1, 1)],
  ])('%s is a %s from %s to %s', (date, kind, start, end) => {
    expect(readable({ id: 'e', date }), date).toEqual({ start: iso(start), end: iso(end), kind });
  });

  it.each([
    ['2022-02-14', '2022-02-16', utc(2022, 2, 14), utc(2022, 2, 17)],
    ['2024-02-28', '2024-03-01', utc(2024, 2, 28), utc(2024, 3, 2)],
    ['2022-02-15T09:00', '2022-02-15T11:30', utc(2022, 2, 15, 9), utc(2022, 2, 15, 12, 30)],
    ['2020-W53', '2021-W02', utc(2020, 12, 28), utc(2021, 1, 18)],
    ['2022-01', '2022-03', utc(2022, 1, 1), utc(2022, 4, 1)],
    ['2022-Q3', '2023-Q1', utc(2022, 7, 1), utc(2023, 4, 1)],
    ['2014', '2016', utc(2014, 1, 1), utc(2017, 1, 1)],
  ])('%s to %s is a range from %s to %s', (date, end, rangeStart, rangeEnd) => {
    expect(readable({ id: 'e', date, end }), `${date}/${end}`).toEqual({ start: iso(rangeStart), end: iso(rangeEnd), kind: 'range' });
  });

  it('treats an end naming the same period as no end', () => {
    expect(readable({ id: 'e', date: '2022-02', end: '2022-02' })).toEqual(readable({ id: 'e', date: '2022-02' }));
  });

  it.each([
    [{ id: 'a', date: '2022-02-30' }, /event a has an invalid date "2022-02-30"/],
    [{ id: 'b', date: '2021-W53' }, /invalid date/],
    [{ id: 'c', date: '2022-02-15', end: 'soon' }, /event c has an invalid end "soon"/],
    [{ id: 'd', date: '2022-02-15', end: '2022-02-14' }, /event d ends \(2022-02-14\) before its date \(2022-02-15\)/],
  ])('throws a RangeError for %j', (event, message) => {
    expect(() => eventInterval(event)).toThrow(RangeError);
    expect(() => eventInterval(event)).toThrow(message);
  });
});

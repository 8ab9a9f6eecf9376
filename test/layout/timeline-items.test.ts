// The events as the axis draws them: in time order, a day's mark in the middle of its day, and the
// visible ones found by bisection exactly as a scan of every item would find them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timelineItems, visibleItems } from '../../src/layout/timeline-items.js';
import type { Granularity, TimelineEvent } from '../../src/parser/index.js';
import { DAY, HOUR, utc } from './utc.js';

const SEED = Number(process.env.FC_SEED) || 20241110;

function event(id: string, date: string, granularity: Granularity, end?: string): TimelineEvent {
  const sentence = `It happened on ${date}.`;
  return {
    id,
    date,
    granularity,
    ...(end ? { end } : {}),
    expression: { text: date, start: 15, end: 15 + date.length },
    sentence: { text: sentence, start: 0, end: sentence.length },
    title: 'It happened.',
    relation: 'past',
  };
}

describe('timelineItems', () => {
  it('orders by start, then id, and puts a day mark in the middle of its day, a time at its instant, a period at its start', () => {
    const { items, byId } = timelineItems(
      [event('b', '2024-11-05', 'day'), event('a', '2024-11-05', 'day'), event('t', '2024-11-04T09:30', 'time'), event('m', '2024-10', 'month')],
      (e) => 100 + e.id.charCodeAt(0),
    );
    expect(items.map((item) => item.id)).toEqual(['m', 't', 'a', 'b']);
    expect(byId.get('a')!.at).toBe(utc(2024, 11, 5) + DAY / 2);
    expect(byId.get('t')!.at).toBe(utc(2024, 11, 4) + 9.5 * HOUR);
    expect(byId.get('m')).toMatchObject({ at: utc(2024, 10, 1), start: utc(2024, 10, 1), end: utc(2024, 11, 1), kind: 'band', timed: false });
    expect(byId.get('t')!.timed).toBe(true);
    expect(byId.get('b')!.labelSize).toBe(100 + 'b'.charCodeAt(0));
  });

  it('finds the items reaching into a span as a scan of all would, long periods included', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(utc(2015, 1, 1) + n * DAY).toISOString().slice(0, 10));
    const spec = fc.oneof(
      day.map((date) => ({ date, granularity: 'day' as const })),
      fc.integer({ min: 2010, max: 2025 }).map((year) => ({ date: String(year), granularity: 'year' as const })),
      fc.tuple(day, day).map(([a, b]) => ({ date: a < b ? a : b, end: a < b ? b : a, granularity: 'day' as const })),
    );
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 60 }), fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 400 }), (specs, first, length) => {
        const model = timelineItems(specs.map((s, i) => event(`e${i}`, s.date, s.granularity, 'end' in s ? s.end : undefined)), () => 200);
        const from = utc(2012, 1, 1) + first * DAY;
        const to = from + length * DAY;
        const scanned = model.items.filter((item) => item.end >= from && item.start <= to).map((item) => item.id);
        expect(visibleItems(model, from, to).map((item) => item.id)).toEqual(scanned);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

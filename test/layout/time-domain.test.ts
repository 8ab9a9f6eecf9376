import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_FITTED_SPAN, ZOOM_LIMITS, clampDomain, fitDomain } from '../../src/layout/time-domain.js';
import { DAY, HOUR, iso, utc } from './utc.js';

const SEED = Number(process.env.FC_SEED) || 20220216;
const PUBLISHED = utc(2022, 2, 16);
const MAX_TIME = 8.64e15;

const readable = (domain: readonly number[]): string[] => domain.map(iso);

describe('fitDomain', () => {
  it('shows two days around a publication day with no events', () => {
    expect(readable(fitDomain([], PUBLISHED))).toEqual(readable([PUBLISHED - 12 * HOUR, PUBLISHED + 36 * HOUR]));
  });

  it('covers the whole UTC day of a publication instant', () => {
    expect(fitDomain([], PUBLISHED + 17 * HOUR + 5)).toEqual(fitDomain([], PUBLISHED));
  });

  it('pads the events and the publication day by 5% each side', () => {
    const intervals = [
      { start: utc(2022, 2, 1), end: utc(2022, 3, 1) },
      { start: utc(2022, 2, 15), end: utc(2022, 2, 16) },
    ];
    expect(readable(fitDomain(intervals, PUBLISHED))).toEqual(readable([utc(2022, 2, 1) - 1.4 * DAY, utc(2022, 3, 1) + 1.4 * DAY]));
  });

  it('reaches back to an early event', () => {
    const span = utc(2022, 2, 17) - utc(2014, 1, 1);
    expect(readable(fitDomain([{ start: utc(2014, 1, 1), end: utc(2015, 1, 1) }], PUBLISHED))).toEqual(
      readable([utc(2014, 1, 1) - span * 0.05, utc(2022, 2, 17) + span * 0.05]),
    );
  });

  it('keeps the publication day in view when the events span more than 200 years', () => {
    const domain = fitDomain([{ start: utc(1066, 1, 1), end: utc(1067, 1, 1) }], PUBLISHED);
    const message = readable(domain).join(' to ');
    expect(domain[1] - domain[0], message).toBeCloseTo(ZOOM_LIMITS.maxSpan, -3);
    expect(domain[0], message).toBeLessThan(PUBLISHED);
    expect(domain[1], message).toBeGreaterThan(PUBLISHED + DAY);
  });

  it.each([
    [[{ start: Number.NaN, end: 0 }], PUBLISHED, /interval 0/],
    [[{ start: 5, end: 4 }], PUBLISHED, /interval 0 \[5, 4\)/],
    [[], Number.POSITIVE_INFINITY, /publishedMs must be finite/],
  ])('throws a RangeError for %j published %s', (intervals, published, message) => {
    expect(() => fitDomain(intervals, published)).toThrow(RangeError);
    expect(() => fitDomain(intervals, published)).toThrow(message);
  });

  it('covers every interval and the publication day, padded, within the zoom limits', () => {
    const instant = fc.integer({ min: utc(1900, 1, 1), max: utc(2100, 1, 1) });
    const intervalArb = fc
      .tuple(instant, fc.integer({ min: 0, max: 400 * DAY }))
      .map(([start, length]) => ({ start, end: Math.min(start + length, utc(2100, 1, 1)) }));
    fc.assert(
      fc.property(fc.array(intervalArb, { maxLength: 20 }), instant, (intervals, published) => {
        const domain = fitDomain(intervals, published);
        const message = JSON.stringify({ intervals, published: iso(published), domain: readable(domain) });
        const day = Math.floor(published / DAY) * DAY;
        const low = Math.min(day, ...intervals.map((interval) => interval.start));
        const high = Math.max(day + DAY, ...intervals.map((interval) => interval.end));
        const span = domain[1] - domain[0];
        expect(span, message).toBeGreaterThanOrEqual(MIN_FITTED_SPAN);
        expect(span, message).toBeLessThanOrEqual(ZOOM_LIMITS.maxSpan);
        expect(domain[0], message).toBeLessThanOrEqual(day);
        expect(domain[1], message).toBeGreaterThanOrEqual(day + DAY);
        if ((high - low) * 1.1 <= ZOOM_LIMITS.maxSpan) {
          // 5% padding each side, less a rounding error.
          expect(low - domain[0], message).toBeGreaterThanOrEqual((high - low) * 0.05 - 1);
          expect(domain[1] - high, message).toBeGreaterThanOrEqual((high - low) * 0.05 - 1);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('clampDomain', () => {
  it('leaves a domain within the limits as it is', () => {
    expect(clampDomain([PUBLISHED, PUBLISHED + DAY])).toEqual([PUBLISHED, PUBLISHED + DAY]);
  });

  it('widens a span under an hour about its middle, or about a focus', () => {
    expect(readable(clampDomain([PUBLISHED, PUBLISHED + 1000]))).toEqual(readable([PUBLISHED + 500 - HOUR / 2, PUBLISHED + 500 + HOUR / 2]));
    expect(clampDomain([PUBLISHED, PUBLISHED + 1000], PUBLISHED)).toEqual([PUBLISHED, PUBLISHED + HOUR]);
    expect(clampDomain([PUBLISHED, PUBLISHED])).toEqual([PUBLISHED - HOUR / 2, PUBLISHED + HOUR / 2]);
  });

  it('narrows a span over 200 years about the focus, which keeps its relative place', () => {
    const domain: [number, number] = [utc(1700, 1, 1), utc(2100, 1, 1)];
    const focus = utc(2000, 1, 1); // about three quarters of the way
    const share = (focus - domain[0]) / (domain[1] - domain[0]);
    const [start, end] = clampDomain(domain, focus);
    const message = readable([start, end]).join(' to ');
    expect(end - start, message).toBeCloseTo(ZOOM_LIMITS.maxSpan, -3);
    expect((focus - start) / (end - start), message).toBeCloseTo(share, 9);
  });

  it('holds a focus outside the domain at its nearer end', () => {
    expect(clampDomain([PUBLISHED, PUBLISHED + 1000], PUBLISHED - DAY)).toEqual([PUBLISHED, PUBLISHED + HOUR]);
  });

  it('stays within the instants a Date can hold', () => {
    expect(clampDomain([MAX_TIME - 1000, MAX_TIME])).toEqual([MAX_TIME - HOUR, MAX_TIME]);
    expect(clampDomain([-MAX_TIME, -MAX_TIME + 1000])).toEqual([-MAX_TIME, -MAX_TIME + HOUR]);
  });

  it.each([
    [[Number.NaN, 0]],
    [[0, Number.POSITIVE_INFINITY]],
    [[10, 5]],
  ])('throws a RangeError for %j', (domain) => {
    expect(() => clampDomain(domain as [number, number])).toThrow(RangeError);
  });
});

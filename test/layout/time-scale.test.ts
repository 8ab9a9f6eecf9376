import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { tickUnit, timeScale } from '../../src/layout/time-scale.js';
import { DAY, HOUR, iso, utc } from './utc.js';

const SEED = Number(process.env.FC_SEED) || 20220216;
const FEB_1 = utc(2022, 2, 1);
const MAR_1 = utc(2022, 3, 1);

const isoDomain = (dates: Date[]): string[] => dates.map((date) => iso(date.getTime()));

describe('timeScale', () => {
  it('maps its domain onto its range linearly, dates and milliseconds alike', () => {
    const scale = timeScale([FEB_1, MAR_1], [0, 280]);
    expect(scale(FEB_1)).toBe(0);
    expect(scale(new Date(MAR_1))).toBe(280);
    expect(scale(utc(2022, 2, 15))).toBe(140);
    // Outside the domain it extends the line: an event before the view sits left of the axis.
    expect(scale(utc(2022, 1, 25))).toBe(-70);
  });

  it('returns its domain as dates and its range as numbers', () => {
    const scale = timeScale([new Date(FEB_1), MAR_1], [10, 290]);
    expect(isoDomain(scale.domain())).toEqual(['2022-02-01T00:00:00.000Z', '2022-03-01T00:00:00.000Z']);
    expect(scale.range()).toEqual([10, 290]);
  });

  it('inverts positions back to instants', () => {
    const scale = timeScale([FEB_1, MAR_1], [0, 280]);
    expect(iso(scale.invert(140).getTime())).toBe('2022-02-15T00:00:00.000Z');
    // A Date holds whole milliseconds, so spans start at the narrowest view, an hour: under a pixel's 1/1000.
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: HOUR, max: 1e13 }), fc.integer({ min: -5000, max: 5000 }), (start, span, position) => {
        const round = timeScale([start, start + span], [0, 1000]);
        expect(round(round.invert(position))).toBeCloseTo(position, 3);
      }),
      { seed: SEED },
    );
  });

  it('maps a zero-width domain to the middle of the range, and a zero-width range back to the middle of the domain', () => {
    expect(timeScale([FEB_1, FEB_1], [0, 100])(MAR_1)).toBe(50);
    expect(iso(timeScale([FEB_1, MAR_1], [40, 40]).invert(7).getTime())).toBe('2022-02-15T00:00:00.000Z');
  });

  it('copies into an independent scale', () => {
    const scale = timeScale([FEB_1, MAR_1], [0, 280]);
    const copy = scale.copy().domain([FEB_1, utc(2022, 2, 15)]);
    expect(copy(utc(2022, 2, 15))).toBe(280);
    expect(scale(utc(2022, 2, 15))).toBe(140);
  });

  it('gives d3-zoom what it rescales: zoomed in twice about the start, it shows the first half', () => {
    const scale = timeScale([FEB_1, MAR_1], [0, 280]);
    const zoomed = zoomIdentity.scale(2).rescaleX(scale);
    expect(isoDomain(zoomed.domain())).toEqual(['2022-02-01T00:00:00.000Z', '2022-02-15T00:00:00.000Z']);
    expect(zoomed.range()).toEqual([0, 280]);
    const panned = zoomIdentity.translate(-140, 0).rescaleX(scale);
    expect(isoDomain(panned.domain())).toEqual(['2022-02-15T00:00:00.000Z', '2022-03-15T00:00:00.000Z']);
  });

  it.each([
    ['an hour', utc(2022, 2, 16, 9), utc(2022, 2, 16, 10), 6, 10 * 60_000],
    ['a month', FEB_1, MAR_1, 4, 7 * DAY],
    ['ten years', utc(2012, 1, 1), utc(2022, 1, 1), 10, 365 * DAY],
  ])('ticks %s at round UTC steps inside the domain', (_name, start, end, count, step) => {
    const ticks = timeScale([start, end], [0, 1000]).ticks(count).map(Number);
    const message = ticks.map(iso).join(', ');
    expect(ticks.length, message).toBeGreaterThanOrEqual(Math.ceil(count / 2));
    expect(ticks.length, message).toBeLessThanOrEqual(count * 2 + 1);
    expect(ticks[0]!, message).toBeGreaterThanOrEqual(start);
    expect(ticks[ticks.length - 1]!, message).toBeLessThanOrEqual(end);
    // Ticks a year apart fall on January 1; the other steps are whole minutes, days or weeks.
    for (const [index, tick] of ticks.entries()) {
      if (step >= 365 * DAY) expect(iso(tick).slice(4), message).toBe('-01-01T00:00:00.000Z');
      else expect(tick % 60_000, message).toBe(0);
      if (index > 0) expect(tick - ticks[index - 1]!, message).toBeGreaterThanOrEqual(step);
    }
  });
});

describe('tickUnit', () => {
  it.each([
    [utc(2022, 1, 1), 'year'],
    [utc(2022, 2, 1), 'month'],
    [utc(2022, 2, 15), 'day'],
    [utc(2022, 2, 15, 6), 'hour'],
    [utc(2022, 2, 15, 6, 30), 'minute'],
    [utc(2022, 2, 15) + 30_000, 'minute'],
    [utc(1, 1, 1), 'year'],
    [utc(-44, 3, 15), 'day'],
  ])('names the coarsest unit that begins at %s', (instant, unit) => {
    expect(tickUnit(new Date(instant)), iso(instant)).toBe(unit);
  });

  it('reads the UTC calendar, whatever the machine zone: midnight UTC is a day tick, not an hour', () => {
    expect(tickUnit(new Date(utc(2022, 2, 16)))).toBe('day');
    expect(tickUnit(new Date(utc(2022, 2, 16) + 5 * HOUR))).toBe('hour');
  });
});

// The story axis: where the room goes on the first view, and the broken scale over it, driven as d3-zoom
// and d3-axis drive it. The story is a flood's: one in March 1890, a fire in June 1972, and the week
// of April 2024 the article is about.
import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { brokenTimeScale } from '../../src/layout/broken-time-scale.js';
import { breakLength } from '../../src/layout/break-length.js';
import { segmentTicks } from '../../src/layout/segment-ticks.js';
import { MIN_BREAK, planStoryAxis, storyZoomExtent } from '../../src/layout/story-axis.js';
import { DAY, HOUR, iso, utc } from './utc.js';

const SEED = Number(process.env.FC_SEED) || 20240418;
const day = (year: number, month: number, date: number) => ({ start: utc(year, month, date), end: utc(year, month, date) + DAY, at: utc(year, month, date) + DAY / 2 });
const PUBLISHED: [number, number] = [utc(2024, 4, 18), utc(2024, 4, 19)];
const FLOOD = [
  day(1890, 3, 30),
  day(1890, 3, 31),
  day(1972, 6, 23),
  ...[13, 14, 15, 15, 16, 16, 16, 17, 17, 19, 20, 22, 25].map((date) => day(2024, 4, date)),
];

function floodScale(length = 1000) {
  const { story, domain } = planStoryAxis(FLOOD, PUBLISHED, { length });
  return brokenTimeScale(story, domain, [0, length]);
}

describe('planStoryAxis', () => {
  it('cuts the empty decades into breaks and gives each period room of its own', () => {
    const { story, domain } = planStoryAxis(FLOOD, PUBLISHED, { length: 1000 });
    const cuts = story.breaks.map(({ start, end }) => `${iso(start).slice(0, 10)}..${iso(end).slice(0, 10)}`);
    expect(cuts, 'two breaks: after 1890 and after 1972').toHaveLength(2);
    expect(story.breaks[0]!.start).toBeGreaterThan(utc(1890, 4, 1));
    expect(story.breaks[0]!.end).toBeLessThan(utc(1972, 6, 23));
    expect(story.breaks[1]!.start).toBeGreaterThan(utc(1972, 6, 24));
    expect(story.breaks[1]!.end).toBeLessThan(utc(2024, 4, 13));
    expect(breakLength(story.breaks[0]!.start, story.breaks[0]!.end)).toEqual({ amount: 82, unit: 'year' });
    expect(breakLength(story.breaks[1]!.start, story.breaks[1]!.end)).toEqual({ amount: 52, unit: 'year' });
    const scale = brokenTimeScale(story, domain, [0, 1000]);
    // A day of 1890, of 1972 and of the story's week each get readable room; a break is narrow.
    for (const [year, month, date] of [[1890, 3, 30], [1972, 6, 23], [2024, 4, 16]] as const) {
      const width = scale(utc(year, month, date) + DAY) - scale(utc(year, month, date));
      expect(width, `pixels for ${year}-${month}-${date}`).toBeGreaterThan(10);
    }
    for (const cut of story.breaks) expect(scale(cut.end) - scale(cut.start), 'a break is narrow').toBeLessThan(60);
  });

  it('gives the story week, with most of the events, most of the room', () => {
    const scale = floodScale();
    const week = scale(utc(2024, 4, 26)) - scale(utc(2024, 4, 13));
    expect(week, 'pixels for April 13-25, 2024').toBeGreaterThan(500);
  });

  it('keeps time linear, without breaks, within a month', () => {
    const days = [1, 8, 15, 22, 29].map((date) => day(2022, 2 + Math.floor(date / 28), 1 + (date % 28)));
    const { story } = planStoryAxis(days, [utc(2022, 2, 16), utc(2022, 2, 17)], { length: 800 });
    expect(story.breaks, 'no break in five weeks of events').toEqual([]);
    expect(MIN_BREAK).toBe(30 * DAY);
  });

  it('closes breaks, the ones that squeeze the fewest events first, when the width has no room for them', () => {
    const years = [1900, 1920, 1940, 1960, 1980, 2000].map((year) => day(year, 6, 1));
    const { story } = planStoryAxis([...years, ...FLOOD.slice(3)], PUBLISHED, { length: 400, segmentRoom: 200 });
    expect(story.breaks.length, 'at most two segments in 400 px').toBeLessThanOrEqual(1);
    // The week still has its own segment: the old years joined each other, not the week.
    const scale = brokenTimeScale(story, [story.warp.times[0]!, story.warp.times[story.warp.times.length - 1]!], [0, 400]);
    expect(scale(utc(2024, 4, 26)) - scale(utc(2024, 4, 13)), 'the week keeps room').toBeGreaterThan(150);
  });

  it('rejects intervals that are not finite and forward', () => {
    expect(() => planStoryAxis([{ start: 5, end: 1 }], PUBLISHED, { length: 100 })).toThrow(RangeError);
    expect(() => planStoryAxis([{ start: Number.NaN, end: 1 }], PUBLISHED, { length: 100 })).toThrow(/interval 0/);
  });
});

describe('brokenTimeScale', () => {
  it('is monotonic and inverts every position back to its instant', () => {
    const scale = floodScale();
    fc.assert(
      fc.property(fc.double({ min: -200, max: 1200, noNaN: true }), fc.double({ min: -200, max: 1200, noNaN: true }), (a, b) => {
        const [ta, tb] = [+scale.invert(a), +scale.invert(b)];
        if (a < b) expect(ta).toBeLessThanOrEqual(tb);
        expect(scale(ta)).toBeCloseTo(a, 3);
      }),
      { seed: SEED },
    );
  });

  it('ticks each segment at its own scale, none inside a break', () => {
    const scale = floodScale();
    const ticks = segmentTicks(scale, 72).map(Number);
    for (const tick of ticks) {
      expect(scale.story().breaks.some((cut) => cut.start < tick && tick < cut.end), `tick ${iso(tick)} inside a break`).toBe(false);
    }
    // The story's week has day ticks; no tick of the 1890s segment is a day of April 2024.
    const week = ticks.filter((tick) => tick >= utc(2024, 4, 13) && tick <= utc(2024, 4, 26));
    expect(week.length, ticks.map(iso).join(', ')).toBeGreaterThanOrEqual(4);
    expect(ticks.some((tick) => tick < utc(1900, 1, 1)), 'a tick in the 1890 segment').toBe(true);
    // Ticks stand at least 72 px apart where they stand, so no label crowds the next one.
    for (const [index, tick] of ticks.entries()) if (index > 0) expect(scale(tick) - scale(ticks[index - 1]!)).toBeGreaterThan(20);
  });

  it('gives no tick finer than a day when told the story has no clock times', () => {
    const scale = floodScale();
    const zoomed = zoomIdentity.translate(-scale(utc(2024, 4, 16)) * 40 + 500, 0).scale(40).rescaleX(scale);
    const hourly = segmentTicks(zoomed, 72).filter((tick) => tick.getUTCHours() !== 0);
    expect(hourly.length, 'hours zoomed into a day, by default').toBeGreaterThan(0);
    expect(segmentTicks(zoomed, 72, 'day').filter((tick) => tick.getUTCHours() !== 0 || tick.getUTCMinutes() !== 0)).toEqual([]);
  });

  it('zooms and pans continuously across breaks through d3-zoom', () => {
    const scale = floodScale();
    const cut = scale.story().breaks[1]!;
    const middle = scale((cut.start + cut.end) / 2);
    // Zooming about a point in the break keeps that point where it is, and the instants around it in order.
    let previous: number[] | undefined;
    for (let k = 1; k <= 64; k *= 1.25) {
      const zoomed = zoomIdentity.translate(middle - middle * k, 0).scale(k).rescaleX(scale);
      expect(zoomed((cut.start + cut.end) / 2)).toBeCloseTo(middle, 3);
      const positions = [cut.start - DAY, cut.start, cut.end, cut.end + DAY].map((instant) => zoomed(instant));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      if (previous) for (const [index, position] of positions.entries()) expect(Math.abs(position - previous[index]!), 'no jump between zoom steps').toBeLessThan(Math.abs(previous[index]! - middle) * 0.3 + 1);
      previous = positions;
    }
    // A one-pixel pan moves every instant by one pixel, on both sides of a break.
    const panned = zoomIdentity.translate(1, 0).rescaleX(scale);
    for (const instant of [utc(1890, 3, 30), cut.start, utc(2024, 4, 16)]) expect(panned(instant) - scale(instant)).toBeCloseTo(1, 3);
  });

  it('copies into an independent scale with the same story', () => {
    const scale = floodScale();
    const copy = scale.copy().domain([utc(2024, 4, 13), utc(2024, 4, 26)]);
    expect(copy.story()).toBe(scale.story());
    expect(copy(utc(2024, 4, 13))).toBeCloseTo(0, 6);
    expect(scale(utc(2024, 4, 13))).toBeGreaterThan(100);
  });

  it('lets d3-zoom zoom in to an hour in its sparsest segment, and out to the whole story', () => {
    const { story } = planStoryAxis(FLOOD, PUBLISHED, { length: 1000 });
    const [least, most] = storyZoomExtent(story, 1000);
    expect(least).toBeLessThanOrEqual(1);
    expect(most).toBeGreaterThan(1);
    const scale = floodScale();
    const zoomed = zoomIdentity.scale(most).translate(-scale(utc(1890, 3, 30)), 0).rescaleX(scale);
    const [start, end] = zoomed.domain().map(Number);
    expect(end! - start!, 'at the deepest zoom somewhere, about an hour').toBeLessThanOrEqual(HOUR * 1.001);
  });
});

/**
 * Where the room goes on the first view: the events fall into periods (a flood of 1890, a fire of 1972,
 * the week the story is about), each period becomes a segment of the axis, linear in time, with room in
 * proportion to its events; the long empty stretches between them become narrow breaks. Zoom then
 * scales this map as a whole (see `brokenTimeScale`), so the breaks never move under the reader.
 */
import type { StoryAxis, TimeBreak } from './broken-time-scale.js';
import { ZOOM_LIMITS } from './time-domain.js';
import { MS_PER_DAY } from '../model/time-units.js';
import { timeWarp, warpDensities } from './time-warp.js';

export interface StoryAxisOptions {
  /** Pixels of the fitted view. */
  length: number;
  /** Pixels a break takes. Default 56, room for "14 years". */
  breakSize?: number;
  /** Least pixels a segment takes. Default 96. */
  minSegment?: number;
  /** Pixels per segment at most: fewer, wider segments read better than many slivers. Default 240. */
  segmentRoom?: number;
}

/**
 * Within a segment, this share of its room goes to its events, evenly, the rest to time, linearly: so the
 * story's busy week gets room for its labels inside a month that holds a few more events.
 */
export const EVENT_SHARE = 0.85;

/** A gap shorter than this never breaks: within a month, no break. */
export const MIN_BREAK = 30 * MS_PER_DAY;
/** A gap breaks when it is this many times longer than the shorter period beside it. */
export const BREAK_FACTOR = 3;

const DEFAULT_BREAK_SIZE = 56;
const LEAD_IN = 0.5;
const DEFAULT_MIN_SEGMENT = 96;
const DEFAULT_SEGMENT_ROOM = 240;

export interface PlannedAxis {
  story: StoryAxis;
  /** The fitted view's span, `[start, end]` in UTC milliseconds. */
  domain: [number, number];
}

interface Period {
  lo: number;
  hi: number;
  /** Labels that start in it. */
  count: number;
}

/**
 * The story axis for `intervals` (events' `[start, end)` in UTC ms) and the publication day, fitted
 * to `options.length` pixels. A period that holds the story's week (a quarter, a year) makes one segment
 * with it, in which the events' share of the room (`EVENT_SHARE`) keeps the week readable. Throws a `RangeError` for a non-finite or backward interval.
 */
export function planStoryAxis(intervals: readonly { start: number; end: number; at?: number }[], publishedDay: readonly [number, number], options: StoryAxisOptions): PlannedAxis {
  const length = Math.max(1, options.length);
  const breakSize = options.breakSize ?? DEFAULT_BREAK_SIZE;
  const minSegment = options.minSegment ?? DEFAULT_MIN_SEGMENT;
  const most = Math.max(1, Math.floor(length / (options.segmentRoom ?? DEFAULT_SEGMENT_ROOM)));
  const periods = mergeOverlapping([...anchorsOf(intervals), { lo: publishedDay[0], hi: publishedDay[1], count: 1 }]);
  let groups = groupPeriods(periods);
  // Too many segments for the width: the breaks whose closing squeezes the fewest events close first.
  while (groups.length > most || (groups.length > 1 && (groups.length - 1) * breakSize + groups.length * minSegment > length)) groups = closeCheapestBreak(groups);
  const segments = padded(groups);
  const available = length - (segments.length - 1) * breakSize;
  const weights = groups.map((group) => Math.max(1, group.count));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const floor = Math.min(minSegment, available / segments.length);
  const marks = markCounts(intervals, publishedDay);
  const times: number[] = [];
  const pixels: number[] = [];
  let cursor = 0;
  for (const [index, [start, end]] of segments.entries()) {
    if (index > 0) cursor += breakSize;
    const size = floor + ((available - floor * segments.length) * weights[index]!) / total;
    segmentKnots(start, end, cursor, size, marks, times, pixels);
    cursor += size;
  }
  const breaks: TimeBreak[] = segments.slice(1).map(([start], index) => ({ start: segments[index]![1], end: start }));
  return { story: { warp: timeWarp(times, pixels), breaks }, domain: [times[0]!, times[times.length - 1]!] };
}

/**
 * d3-zoom's `scaleExtent` for a story axis fitted to `length` pixels: zoomed in, even its sparsest piece
 * can show as little as `ZOOM_LIMITS.minSpan` (an hour; `limitZoomSpan` then stops each view at an hour
 * wherever it is); zoomed out, none shows more than `maxSpan` (200 years). The fitted view itself is
 * always allowed, however long the story it shows through its breaks.
 */
export function storyZoomExtent(story: StoryAxis, length: number): [number, number] {
  const cuts = new Set(story.breaks.map(({ start }) => start));
  const densities = warpDensities(story.warp).filter((_, index) => !cuts.has(story.warp.times[index]!));
  const sparsest = densities.reduce((least, density) => Math.min(least, density), Infinity);
  const most = length / (sparsest * ZOOM_LIMITS.minSpan);
  const least = Math.min(1, length / (sparsest * ZOOM_LIMITS.maxSpan));
  return [Math.min(least, most), Math.max(least, most)];
}

/** Where the marks are, and how many at each instant, in time order. */
function markCounts(intervals: readonly { start: number; at?: number }[], publishedDay: readonly [number, number]): [number, number][] {
  const marks = [...intervals.map(({ start, at }) => at ?? start), (publishedDay[0] + publishedDay[1]) / 2].sort((a, b) => a - b);
  const counts: [number, number][] = [];
  for (const mark of marks) {
    const last = counts[counts.length - 1];
    if (last && last[0] === mark) last[1] += 1;
    else counts.push([mark, 1]);
  }
  return counts;
}

/**
 * Knots for the segment `[start, end]` over `size` pixels from `cursor`: at each mark inside it, where
 * the linear share of time and `EVENT_SHARE` of the marks before it put it. A mark's room follows it,
 * where its labels read on (rightwards, or down a vertical list).
 */
function segmentKnots(start: number, end: number, cursor: number, size: number, marks: readonly [number, number][], times: number[], pixels: number[]): void {
  let first = 0;
  while (first < marks.length && marks[first]![0] <= start) first++;
  let last = first;
  // The lead-in before the first mark counts as half a mark: room for the segment's first tick, clear of the break.
  let count = LEAD_IN;
  while (last < marks.length && marks[last]![0] < end) count += marks[last++]![1];
  const place = (time: number, before: number) =>
    cursor + size * ((1 - EVENT_SHARE) * ((time - start) / (end - start)) + (EVENT_SHARE * before) / count);
  times.push(start);
  pixels.push(cursor);
  let before = LEAD_IN;
  for (let index = first; index < last; index++) {
    const [time, here] = marks[index]!;
    times.push(time);
    pixels.push(place(time, before));
    before += here;
  }
  times.push(end);
  pixels.push(cursor + size);
}

/** Each event as a period to place, checked. */
function anchorsOf(intervals: readonly { start: number; end: number }[]): Period[] {
  return intervals.map(({ start, end }, index) => {
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) throw new RangeError(`planStoryAxis: interval ${index} [${start}, ${end}) is not a finite forward interval`);
    return { lo: start, hi: end, count: 1 };
  });
}

function mergeOverlapping(periods: Period[]): Period[] {
  periods.sort((a, b) => a.lo - b.lo);
  const merged: Period[] = [];
  for (const period of periods) {
    const last = merged[merged.length - 1];
    if (last && period.lo <= last.hi) {
      last.hi = Math.max(last.hi, period.hi);
      last.count += period.count;
    } else merged.push({ ...period });
  }
  return merged;
}

/**
 * Joins neighbouring periods across their gaps, shortest gap first, unless the gap is long (at least
 * `MIN_BREAK`) and more than `BREAK_FACTOR` times the shorter of the two periods it separates.
 */
function groupPeriods(periods: readonly Period[]): Period[] {
  const parent = periods.map((_, index) => index);
  const groups = periods.map((period) => ({ ...period }));
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const gaps = periods.slice(1).map((period, index) => ({ index, size: period.lo - periods[index]!.hi }));
  gaps.sort((a, b) => a.size - b.size);
  for (const { index, size } of gaps) {
    const [left, right] = [find(index), find(index + 1)];
    const [a, b] = [groups[left]!, groups[right]!];
    const shorter = Math.max(MS_PER_DAY, Math.min(a.hi - a.lo, b.hi - b.lo));
    if (size >= MIN_BREAK && size > BREAK_FACTOR * shorter) continue;
    parent[right] = left;
    a.hi = Math.max(a.hi, b.hi);
    a.count += b.count;
  }
  return groups.filter((_, index) => find(index) === index);
}

/**
 * Joins the two neighbours whose joining squeezes their events least: each group's events are squeezed
 * by the joined span over the group's own, weighted by how many they are. So centuries-old years join
 * each other before the story's week joins the month around it.
 */
function closeCheapestBreak(groups: readonly Period[]): Period[] {
  const span = (lo: number, hi: number) => Math.max(MS_PER_DAY, hi - lo);
  let cheapest = 1;
  let least = Infinity;
  for (let index = 1; index < groups.length; index++) {
    const [a, b] = [groups[index - 1]!, groups[index]!];
    const joined = span(a.lo, b.hi);
    const cost = a.count * Math.log(joined / span(a.lo, a.hi)) + b.count * Math.log(joined / span(b.lo, b.hi));
    if (cost < least) [cheapest, least] = [index, cost];
  }
  const [a, b] = [groups[cheapest - 1]!, groups[cheapest]!];
  return [...groups.slice(0, cheapest - 1), { lo: a.lo, hi: b.hi, count: a.count + b.count }, ...groups.slice(cheapest + 1)];
}

/** Each group with room either side (a twentieth of its span, at least half a day), clear of its neighbours. */
function padded(groups: readonly Period[]): [number, number][] {
  return groups.map((group, index) => {
    const pad = Math.max((group.hi - group.lo) * 0.05, MS_PER_DAY / 2);
    const before = index > 0 ? (group.lo - groups[index - 1]!.hi) / 4 : Infinity;
    const after = index < groups.length - 1 ? (groups[index + 1]!.lo - group.hi) / 4 : Infinity;
    return [group.lo - Math.min(pad, before), group.hi + Math.min(pad, after)];
  });
}

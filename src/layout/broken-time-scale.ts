/**
 * The story's time axis: UTC instants to pixels through a `TimeWarp`, so that the periods holding
 * events get readable room and the empty years between them shrink into breaks. It has the accessors
 * d3-zoom and d3-axis call (`domain`, `range`, `invert`, `copy`, `ticks`), with `timeScale`'s meaning:
 * the domain is the visible span, and setting a domain maps it onto the range through the warp, so
 * `transform.rescaleX(scale)` zooms linearly in the warp's fitted pixels and nothing jumps.
 */
import type { TimeScale } from './time-scale.js';
import { warpForward, warpInverse, type TimeWarp } from './time-warp.js';
import { segmentTicks } from './segment-ticks.js';

/** A cut stretch of time, `[start, end)` in UTC milliseconds. */
export interface TimeBreak {
  start: number;
  end: number;
}

/** The warp and where it cuts: what a story's axis is made of (see `planStoryAxis`). */
export interface StoryAxis {
  warp: TimeWarp;
  /** In time order, not overlapping. */
  breaks: readonly TimeBreak[];
}

/** A stretch of the axis as drawn: a segment (ticks at its own scale) or a break, in time and pixels. */
export interface AxisPiece {
  start: number;
  end: number;
  from: number;
  to: number;
  isBreak: boolean;
}

export interface BrokenTimeScale extends TimeScale {
  /** The axis's story: warp and breaks. */
  story(): StoryAxis;
  /** The warp's pieces (linear stretches of segments, and breaks) that reach into the domain, in order, cut to it. */
  pieces(): AxisPiece[];
}

export function brokenTimeScale(story: StoryAxis, domain: readonly (Date | number)[] = [0, 1], range: readonly number[] = [0, 1]): BrokenTimeScale {
  const { warp } = story;
  let d0 = 0;
  let d1 = 1;
  let u0 = 0;
  let u1 = 0;
  let r0 = 0;
  let r1 = 1;
  const scale = ((instant: Date | number) => (u1 === u0 ? (r0 + r1) / 2 : r0 + ((warpForward(warp, +instant) - u0) * (r1 - r0)) / (u1 - u0))) as BrokenTimeScale;
  scale.domain = ((next?: readonly (Date | number)[]) => {
    if (!next) return [new Date(d0), new Date(d1)];
    [d0, d1] = [+next[0]!, +next[next.length - 1]!];
    [u0, u1] = [warpForward(warp, d0), warpForward(warp, d1)];
    return scale;
  }) as BrokenTimeScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r0, r1];
    [r0, r1] = [+next[0]!, +next[next.length - 1]!];
    return scale;
  }) as BrokenTimeScale['range'];
  scale.invert = (position) => new Date(r1 === r0 ? (d0 + d1) / 2 : warpInverse(warp, u0 + ((position - r0) * (u1 - u0)) / (r1 - r0)));
  scale.copy = () => brokenTimeScale(story, [d0, d1], [r0, r1]);
  scale.story = () => story;
  scale.pieces = () => piecesOf(story, d0, d1, scale);
  scale.ticks = (count = 10) => segmentTicks(scale, Math.abs(r1 - r0) / Math.max(1, count));
  return scale.domain(domain).range(range);
}

/** The warp's pieces that reach into `[d0, d1]`, cut to it; a piece spanning a break is that break. */
function piecesOf(story: StoryAxis, d0: number, d1: number, scale: (instant: number) => number): AxisPiece[] {
  const { times } = story.warp;
  const cuts = new Set(story.breaks.map(({ start }) => start));
  const pieces: AxisPiece[] = [];
  // Beyond the first and last knot the warp runs on at the end pieces' slopes.
  const bounds = [-Infinity, ...times.slice(1, -1), Infinity];
  let first = 0;
  while (first < bounds.length - 2 && bounds[first + 1]! <= d0) first++;
  for (let index = first; index < bounds.length - 1 && bounds[index]! < d1; index++) {
    const [a, b] = [Math.max(bounds[index]!, d0), Math.min(bounds[index + 1]!, d1)];
    if (b > a) pieces.push({ start: a, end: b, from: scale(a), to: scale(b), isBreak: cuts.has(times[index]!) && index > 0 });
  }
  return pieces;
}

/**
 * A monotonic piecewise-linear map from UTC instants to "fitted pixels", the positions of the first,
 * unzoomed view: the story's periods get many pixels per day, the empty stretches between them (the
 * breaks) a few. Zoom is linear in fitted pixels, so the view zooms and pans continuously across breaks,
 * the way d3-zoom's `rescaleX` expects of any scale. Beyond its first and last knot the map goes on with
 * the slope of the piece at that end.
 */
import { MAX_TIME_MS } from '../model/time-units.js';

export interface TimeWarp {
  /** Instants of the knots, strictly increasing. */
  readonly times: readonly number[];
  /** Fitted pixels of the knots, strictly increasing. */
  readonly pixels: readonly number[];
}

/**
 * A warp through the knots `(times[i], pixels[i])`. Throws a `RangeError` unless there are at least two
 * knots, both lists are finite, strictly increasing and of the same length.
 */
export function timeWarp(times: readonly number[], pixels: readonly number[]): TimeWarp {
  if (times.length < 2 || times.length !== pixels.length) {
    throw new RangeError(`timeWarp: needs two or more knots, as many times as pixels; got ${times.length} and ${pixels.length}`);
  }
  for (let i = 1; i < times.length; i++) {
    if (!(times[i]! > times[i - 1]!) || !(pixels[i]! > pixels[i - 1]!) || !Number.isFinite(times[i]! + pixels[i]! + times[0]! + pixels[0]!)) {
      throw new RangeError(`timeWarp: knots must be finite and strictly increasing, knot ${i} is (${times[i]}, ${pixels[i]}) after (${times[i - 1]}, ${pixels[i - 1]})`);
    }
  }
  return { times: [...times], pixels: [...pixels] };
}

/** The piece holding `value` among the sorted `knots`: index `i` of the piece from knot i to i + 1. */
function pieceOf(knots: readonly number[], value: number): number {
  let low = 0;
  let high = knots.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (knots[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

function interpolate(from: readonly number[], to: readonly number[], value: number): number {
  const i = pieceOf(from, value);
  const [a0, a1, b0, b1] = [from[i]!, from[i + 1]!, to[i]!, to[i + 1]!];
  return b0 + ((value - a0) * (b1 - b0)) / (a1 - a0);
}

/** Fitted pixels of an instant. */
export function warpForward(warp: TimeWarp, instant: number): number {
  return interpolate(warp.times, warp.pixels, instant);
}

/** The instant at fitted pixels, held within what a `Date` can hold. */
export function warpInverse(warp: TimeWarp, pixels: number): number {
  return Math.min(MAX_TIME_MS, Math.max(-MAX_TIME_MS, interpolate(warp.pixels, warp.times, pixels)));
}

/** Pixels per millisecond of each piece, at the fitted view. */
export function warpDensities(warp: TimeWarp): number[] {
  const densities: number[] = [];
  for (let i = 1; i < warp.times.length; i++) densities.push((warp.pixels[i]! - warp.pixels[i - 1]!) / (warp.times[i]! - warp.times[i - 1]!));
  return densities;
}

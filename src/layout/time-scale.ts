/**
 * The time axis's scale: UTC instants to pixels, with the accessors d3-axis and d3-zoom call (`domain`,
 * `range`, `invert`, `copy`, `ticks`). It stands in for d3-scale's `scaleUtc`, whose interpolators (with
 * d3-color's colour names) and d3-time-format's English locale cost about 4 KB of the single-file
 * bundle's min+gzip budget; tick labels come from `Intl` in the page's language instead. The element
 * draws a story's axis with breaks (`brokenTimeScale`); `timeScale` is its linear case.
 */
import { brokenTimeScale, type BrokenTimeScale, type StoryAxis } from './broken-time-scale.js';
import { timeWarp } from './time-warp.js';

export interface TimeScale {
  /** Pixel position of an instant (a `Date` or epoch milliseconds). */
  (instant: Date | number): number;
  domain(): [Date, Date];
  domain(domain: readonly (Date | number)[]): this;
  range(): [number, number];
  range(range: readonly number[]): this;
  /** The instant at a pixel position. */
  invert(position: number): Date;
  /** An independent scale with the same domain and range: changing one leaves the other alone. */
  copy(): this;
  /** About `count` instants at round UTC boundaries (minutes to centuries) inside the domain. */
  ticks(count?: number): Date[];
}

/** The calendar unit a tick falls on, coarsest first: what its label must show. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** A story axis without breaks: time runs linearly everywhere. */
const LINEAR: StoryAxis = { warp: timeWarp([0, 1], [0, 1]), breaks: [] };

/**
 * A linear scale from `domain` (epoch milliseconds or dates, earliest first) to `range` (pixels): the
 * story axis of a story without breaks, so the two never drift apart.
 */
export function timeScale(domain: readonly (Date | number)[] = [0, 1], range: readonly number[] = [0, 1]): BrokenTimeScale {
  return brokenTimeScale(LINEAR, domain, range);
}

/**
 * The coarsest calendar unit that begins at `tick` (UTC): a tick at midnight on January 1 opens a year
 * and is labelled with it, one at 06:00 with its hour. Seconds never reach a label: the narrowest view is
 * an hour.
 */
export function tickUnit(tick: Date): TickUnit {
  if (tick.getUTCMinutes() || tick.getUTCSeconds() || tick.getUTCMilliseconds()) return 'minute';
  if (tick.getUTCHours()) return 'hour';
  if (tick.getUTCDate() > 1) return 'day';
  return tick.getUTCMonth() ? 'month' : 'year';
}

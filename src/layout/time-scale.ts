/**
 * The time axis's scale: UTC instants to pixels, linearly, with the accessors d3-axis and d3-zoom call
 * (`domain`, `range`, `invert`, `copy`, `ticks`). It stands in for d3-scale's `scaleUtc`, whose
 * interpolators (with d3-color's colour names) and d3-time-format's English locale cost about 4 KB of the
 * single-file bundle's min+gzip budget; tick labels come from `Intl` in the page's language instead.
 */
import { utcTicks } from 'd3-time';

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

/** A scale from `domain` (epoch milliseconds or dates, earliest first) to `range` (pixels). */
export function timeScale(domain: readonly (Date | number)[] = [0, 1], range: readonly number[] = [0, 1]): TimeScale {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  // A zero-width domain or range maps everything to the middle, as d3-scale does, instead of dividing by zero.
  const scale = ((instant: Date | number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((+instant - d0) * (r1 - r0)) / (d1 - d0))) as TimeScale;
  scale.domain = ((next?: readonly (Date | number)[]) => {
    if (!next) return [new Date(d0), new Date(d1)];
    [d0, d1] = [+next[0]!, +next[next.length - 1]!];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r0, r1];
    [r0, r1] = [+next[0]!, +next[next.length - 1]!];
    return scale;
  }) as TimeScale['range'];
  scale.invert = (position) => new Date(r1 === r0 ? (d0 + d1) / 2 : d0 + ((position - r0) * (d1 - d0)) / (r1 - r0));
  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  scale.ticks = (count = 10) => utcTicks(new Date(d0), new Date(d1), count);
  return scale.domain(domain).range(range);
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

/** The visible stretch of the UTC time axis: the first view of an article, and how far zoom may go. */
import { MAX_TIME_MS, MS_PER_DAY, MS_PER_HOUR } from '../model/time-units.js';

/** Narrowest and widest visible span, in milliseconds: one hour, and 200 years of 365.2425 days. */
export const ZOOM_LIMITS = { minSpan: MS_PER_HOUR, maxSpan: 200 * 365.2425 * MS_PER_DAY } as const;

/** Share of the fitted span added on each side so that nothing sits on the very edge. */
export const DOMAIN_PADDING = 0.05;

/** Narrowest first view: a lone publication day still shows the days around it. */
export const MIN_FITTED_SPAN = 2 * MS_PER_DAY;

/**
 * The first view: every interval and the whole UTC day of `publishedMs`, padded by `DOMAIN_PADDING`
 * each side, at least `MIN_FITTED_SPAN` wide (grown about its centre) and within `ZOOM_LIMITS`
 * (shrunk about the publication day, which keeps its place in the view). Throws a `RangeError` for a
 * non-finite bound or an interval whose end is before its start.
 */
export function fitDomain(intervals: readonly { start: number; end: number }[], publishedMs: number): [number, number] {
  if (!Number.isFinite(publishedMs)) throw new RangeError(`fitDomain: publishedMs must be finite, got ${publishedMs}`);
  const publishedDay = Math.floor(publishedMs / MS_PER_DAY) * MS_PER_DAY;
  let low = publishedDay;
  let high = publishedDay + MS_PER_DAY;
  for (const [index, { start, end }] of intervals.entries()) {
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) {
      throw new RangeError(`fitDomain: interval ${index} [${start}, ${end}) is not a finite forward interval`);
    }
    low = Math.min(low, start);
    high = Math.max(high, end);
  }
  const padding = (high - low) * DOMAIN_PADDING;
  const padded: [number, number] = [low - padding, high + padding];
  const fitted = resize(padded, Math.max(padded[1] - padded[0], MIN_FITTED_SPAN), (low + high) / 2);
  return clampDomain(fitted, publishedDay + MS_PER_DAY / 2);
}

/**
 * `domain` brought within `ZOOM_LIMITS`: a span under an hour grows, one over 200 years shrinks, both
 * about `focus` (default: the middle), which keeps its relative place in the view, as the point under
 * the pointer does when zooming. Then shifted, if need be, into the range a `Date` can hold.
 */
export function clampDomain(domain: readonly [number, number], focus?: number): [number, number] {
  const [start, end] = domain;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) {
    throw new RangeError(`clampDomain: [${start}, ${end}] is not a finite forward domain`);
  }
  const span = Math.min(Math.max(end - start, ZOOM_LIMITS.minSpan), ZOOM_LIMITS.maxSpan);
  const [low, high] = resize(domain, span, focus ?? (start + end) / 2);
  if (low < -MAX_TIME_MS) return [-MAX_TIME_MS, -MAX_TIME_MS + span];
  if (high > MAX_TIME_MS) return [MAX_TIME_MS - span, MAX_TIME_MS];
  return [low, high];
}

/** `domain` scaled to `span` about `focus` (held inside the domain), which keeps its relative place. */
function resize(domain: readonly [number, number], span: number, focus: number): [number, number] {
  const [start, end] = domain;
  if (span === end - start) return [start, end];
  const held = Math.min(Math.max(focus, start), end);
  const share = end > start ? (held - start) / (end - start) : 0.5;
  const low = held - share * span;
  return [low, low + span];
}

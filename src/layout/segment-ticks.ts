/**
 * Ticks for a broken, warped axis: each piece of the warp gets ticks at its own scale, the finest
 * calendar step whose ticks stand at least `spacing` pixels apart there (years in a stretch of
 * decades, days in the story's week); a break gets none.
 */
import { utcDay, utcHour, utcMinute, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { AxisPiece } from './broken-time-scale.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../model/time-units.js';

/** The finest ticks allowed: `day` when no event in view has a clock time, so no "6 AM" is drawn. */
export type TickFloor = 'minute' | 'day';

interface PiecedScale {
  (instant: number): number;
  pieces(): AxisPiece[];
}

const YEAR = 365.2425 * MS_PER_DAY;

/** Calendar steps, finest first, with their (mean) length. */
const STEPS: readonly [TimeInterval, number][] = [
  [utcMinute.every(15)!, 15 * MS_PER_MINUTE],
  [utcMinute.every(30)!, 30 * MS_PER_MINUTE],
  [utcHour, MS_PER_HOUR],
  [utcHour.every(3)!, 3 * MS_PER_HOUR],
  [utcHour.every(6)!, 6 * MS_PER_HOUR],
  [utcHour.every(12)!, 12 * MS_PER_HOUR],
  [utcDay, MS_PER_DAY],
  [utcDay.every(2)!, 2 * MS_PER_DAY],
  // Days 1, 8, 15, 22 and 29 of each month: a week's step that never crosses a month's first day.
  [utcDay.every(7)!, 7 * MS_PER_DAY],
  [utcMonth, YEAR / 12],
  [utcMonth.every(3)!, YEAR / 4],
  [utcYear, YEAR],
  ...[2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].map((years): [TimeInterval, number] => [utcYear.every(years)!, years * YEAR]),
];

const FIRST_DAY_STEP = STEPS.findIndex(([, size]) => size === MS_PER_DAY);

/** Most ticks of one step tried in one segment: finer steps than that cannot fit anywhere in it. */
const MOST_TRIED = 400;

/**
 * Round UTC instants over the segments in view (none inside a break), in time order: of each calendar
 * step, coarsest first, the ticks whose step is at least `spacing` pixels long where they stand.
 * On a warped axis the busy week gets day ticks while the quiet months around it get months. `spacing`
 * may depend on the step's length in ms: a day's label ("Mar 8") is shorter than a month's ("September").
 */
export function segmentTicks(scale: PiecedScale, spacing: number | ((step: number) => number), floor: TickFloor = 'minute'): Date[] {
  const least = typeof spacing === 'number' ? () => spacing : spacing;
  const chosen = new Map<number, Date>();
  const finest = floor === 'day' ? FIRST_DAY_STEP : 0;
  for (const { start, end } of segmentsOf(scale.pieces())) {
    for (let step = STEPS.length - 1; step >= finest; step--) {
      const [interval, size] = STEPS[step]!;
      if ((end - start) / size > MOST_TRIED) break;
      const room = least(size);
      for (const tick of interval.range(new Date(start), new Date(end))) {
        const at = +tick;
        if (!chosen.has(at) && Math.abs(scale(at + size) - scale(at)) >= room) chosen.set(at, tick);
      }
    }
  }
  return [...chosen.values()].sort((a, b) => +a - +b);
}

/** The stretches between breaks: runs of pieces that are not breaks. */
export function segmentsOf(pieces: readonly AxisPiece[]): { start: number; end: number }[] {
  const segments: { start: number; end: number }[] = [];
  let open = true;
  for (const piece of pieces) {
    if (piece.isBreak) open = true;
    else if (open) {
      segments.push({ start: piece.start, end: piece.end });
      open = false;
    } else segments[segments.length - 1]!.end = piece.end;
  }
  return segments;
}

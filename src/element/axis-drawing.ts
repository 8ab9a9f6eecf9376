/**
 * Draws the time axis with d3-axis: ticks per segment of the broken scale, each day's label in the
 * middle of its day (where its events sit), the first tick after a break with its year, and no tick
 * label drawn over another, over the publication label or over a break's label.
 */
import { axisLeft, axisTop } from 'd3-axis';
import { select } from 'd3-selection';
import { segmentTicks, segmentsOf, thinLabels, tickUnit, type BrokenTimeScale, type RowLabel, type TickFloor, type TickUnit } from '../layout/index.js';
import { tickLabel } from './date-words.js';

const MS_PER_DAY = 86_400_000;
/** Axis text is 0.75rem: about this many pixels per character, and per line. */
export const AXIS_CHAR_WIDTH = 6.8;
export const AXIS_LINE_HEIGHT = 14;
/**
 * Least distance between ticks, by the length of their step: across, room for a day's "Mar 8", a
 * month's "September", a year's "2015"; down, two lines.
 */
const TICK_SPACING = {
  horizontal: (step: number) => (step < 28 * MS_PER_DAY ? 52 : step < 360 * MS_PER_DAY ? 72 : 44),
  vertical: () => 36,
};
/** A year's tick is kept before a month's, a month's before a day's. */
const RANKS: Record<TickUnit, number> = { year: 4, month: 3, day: 2, hour: 1, minute: 0 };

export interface AxisOptions {
  vertical: boolean;
  lang: string;
  /** `day` when no event in view has a clock time. */
  floor: TickFloor;
  /** Labels already in the tick row (publication, breaks): ticks give way to them. */
  fixed: readonly RowLabel[];
}

/** Estimated extent of a label of `text` along the axis. */
export function axisTextSize(text: string, vertical: boolean): number {
  return vertical ? AXIS_LINE_HEIGHT : text.length * AXIS_CHAR_WIDTH + 4;
}

export function drawAxis(group: SVGGElement, scale: BrokenTimeScale, options: AxisOptions): void {
  const { vertical, lang, floor, fixed } = options;
  const [r0, r1] = scale.range();
  const length = Math.abs(r1 - r0);
  const pieces = segmentsOf(scale.pieces());
  const ticks = segmentTicks(scale, vertical ? TICK_SPACING.vertical : TICK_SPACING.horizontal, floor);
  const broken = pieces.length > 1;
  const labels = ticks.map((tick, index) => {
    const segmentStart = pieces.find((piece) => piece.start <= +tick && +tick < piece.end)?.start;
    const first = broken && (index === 0 || +ticks[index - 1]! < segmentStart!);
    const text = tickLabel(tick, lang, first);
    const shift = dayShift(ticks, index, scale);
    return { tick, text, shift, at: scale(tick) + shift, size: axisTextSize(text, vertical), rank: RANKS[tickUnit(tick)] };
  });
  const inside = labels.filter(({ at, size }) => at - size / 2 >= -1 && at + size / 2 <= length + 1);
  const kept = thinLabels(inside, fixed);
  const shown = inside.filter((_, index) => kept.has(index));
  const byTime = new Map(shown.map((label) => [+label.tick, label]));
  const axis = vertical ? axisLeft(scale) : axisTop(scale);
  select(group).call(
    axis
      .tickSizeOuter(0)
      .tickValues(shown.map(({ tick }) => tick))
      .tickFormat((tick) => byTime.get(+(tick as Date))?.text ?? ''),
  );
  // Day labels sit in the middle of their day: a day's events are drawn there.
  select(group)
    .selectAll<SVGTextElement, Date>('.tick text')
    .attr(vertical ? 'y' : 'x', (tick) => byTime.get(+tick)?.shift ?? 0);
}

/**
 * A midnight tick among ticks a day to a week apart labels the day after it: its label moves to that
 * day's middle. Hour ticks, and month or year ticks far apart, stay on their instant.
 */
function dayShift(ticks: readonly Date[], index: number, scale: BrokenTimeScale): number {
  const tick = ticks[index]!;
  if (tickUnit(tick) === 'hour' || tickUnit(tick) === 'minute') return 0;
  const gaps = [ticks[index + 1], ticks[index - 1]].filter((other): other is Date => !!other).map((other) => Math.abs(+other - +tick));
  const nearest = Math.min(...gaps);
  if (!(nearest >= MS_PER_DAY && nearest <= 7 * MS_PER_DAY)) return 0;
  // The day's noon, where its events sit: on a warped axis not always halfway across its pixels.
  return scale(+tick + MS_PER_DAY / 2) - scale(tick);
}

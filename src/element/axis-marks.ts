/**
 * What the tick row carries besides ticks: the publication day (a short mark across the axis over the
 * day, its label in the tick row, so its line never runs through an event's label or a button) and the
 * breaks (a faint band, the axis cut between two slashes, the length of what was cut). The ticks give
 * way to both (`RowLabel`s for `drawAxis`).
 */
import { svg, type TemplateResult } from 'lit';
import { breakLength, type BrokenTimeScale, type RowLabel } from '../layout/index.js';
import { AXIS_LINE_HEIGHT, axisTextSize } from './axis-drawing.js';
import { breakInWords } from './date-words.js';

/** Horizontal: the tick row's height, above the axis line. */
export const AXIS_SIZE = 30;
/** Vertical: the tick column's width, room for "Mar 3, 1890". */
export const VERTICAL_AXIS_X = 84;

export interface PublicationMark {
  /** The day's pixels, and its noon's, where the day's events sit. */
  from: number;
  to: number;
  at: number;
  lines: string[];
  row: RowLabel;
}

export interface BreakMark {
  from: number;
  to: number;
  /** Empty when it gives way to the publication label. */
  text: string;
  row: RowLabel;
}

/**
 * The publication day `[start, end)` on `scale`, labelled "`label` `words`" ("Published Feb 16, 2022"),
 * or undefined when it is out of view. Near an edge the label moves in, whole; the mark stays on its day.
 */
/** `words`: the publication day, without its year in the narrow column of a vertical axis. */
export function publicationMark(scale: BrokenTimeScale, day: readonly [number, number], label: string, words: string, vertical: boolean, length: number): PublicationMark | undefined {
  const [from, to] = [scale(day[0]), scale(day[1])];
  // On a warped axis the noon is not always halfway across the day's pixels.
  const at = scale((day[0] + day[1]) / 2);
  if (at < 0 || at > length) return undefined;
  const lines = vertical ? [label, words] : [`${label} ${words}`];
  const size = vertical ? AXIS_LINE_HEIGHT * 2 + 4 : axisTextSize(lines[0]!, false) + 8;
  const centre = Math.min(Math.max(at, size / 2), length - size / 2);
  return { from, to, at, lines, row: { at: centre, size } };
}

export function renderPublication({ from, to, at, lines, row }: PublicationMark, vertical: boolean): TemplateResult {
  const day = Math.max(3, to - from);
  const start = Math.min(from, at - 1.5);
  if (vertical) {
    const x = VERTICAL_AXIS_X - 10;
    return svg`<g part="publication" class="publication">
      <rect x=${VERTICAL_AXIS_X - 3} y=${start} width="6" height=${day}></rect>
      <line x1=${VERTICAL_AXIS_X - 8} x2=${VERTICAL_AXIS_X + 8} y1=${at} y2=${at}></line>
      <text x=${x} y=${row.at - 3} text-anchor="end"><tspan x=${x}>${lines[0]}</tspan><tspan x=${x} dy="1.2em">${lines[1]}</tspan></text>
    </g>`;
  }
  return svg`<g part="publication" class="publication">
    <rect x=${start} y=${AXIS_SIZE - 3} width=${day} height="6"></rect>
    <line x1=${at} x2=${at} y1=${AXIS_SIZE - 8} y2=${AXIS_SIZE + 8}></line>
    <text x=${row.at} y=${AXIS_SIZE - 11} text-anchor="middle">${lines[0]}</text>
  </g>`;
}

/** The breaks in view, each with the length of the whole break (also when only part of it is in view). */
export function breakMarks(scale: BrokenTimeScale, lang: string, vertical: boolean): BreakMark[] {
  return scale
    .pieces()
    .filter((piece) => piece.isBreak)
    .map((piece) => {
      const cut = scale.story().breaks.find((item) => item.start <= piece.start && piece.end <= item.end)!;
      const { amount, unit } = breakLength(cut.start, cut.end);
      const text = breakInWords(amount, unit, lang);
      const [from, to] = [scale(cut.start), scale(cut.end)];
      return { from, to, text, row: { at: (from + to) / 2, size: axisTextSize(text, vertical) } };
    });
}

/** `height`: how far the break's band reaches across the lanes (horizontal). */
export function renderBreak({ from, to, text }: BreakMark, vertical: boolean, height: number): TemplateResult {
  if (vertical) {
    const x = VERTICAL_AXIS_X;
    return svg`<g part="break" class="break">
      <rect class="break-band" x="0" y=${from} width="100%" height=${to - from}></rect>
      <rect class="break-gap" x=${x - 8} y=${from + 4} width="16" height=${Math.max(0, to - from - 8)}></rect>
      <path class="break-mark" d=${`M${x - 7},${from + 7} l14,-6 M${x - 7},${to - 3} l14,-6`}></path>
      <text x=${x - 10} y=${(from + to) / 2} dy="0.32em" text-anchor="end">${text}</text>
    </g>`;
  }
  return svg`<g part="break" class="break">
    <rect class="break-band" x=${from} y="0" width=${to - from} height=${height}></rect>
    <rect class="break-gap" x=${from + 4} y=${AXIS_SIZE - 8} width=${Math.max(0, to - from - 8)} height="16"></rect>
    <path class="break-mark" d=${`M${from + 1},${AXIS_SIZE + 7} l6,-14 M${to - 7},${AXIS_SIZE + 7} l6,-14`}></path>
    <text x=${(from + to) / 2} y=${AXIS_SIZE - 11} text-anchor="middle">${text}</text>
  </g>`;
}

/**
 * The view model of a story: its events on a broken time axis, with their labels placed. `fitStory`
 * makes the first view (the axis, how long it is, how many lanes it reserves) and `placeLabels` lays the
 * labels out at any zoom of it. Pure: pixels and milliseconds in and out, so Node tests drive it.
 */
import { brokenTimeScale, type BrokenTimeScale, type StoryAxis } from './broken-time-scale.js';
import { layoutLabels, type LabelLayout } from './label-layout.js';
import { planStoryAxis } from './story-axis.js';
import type { TimeScale } from './time-scale.js';
import { warpInverse } from './time-warp.js';
import { layoutVertical } from './vertical-layout.js';

export interface StoryItem {
  id: string;
  /** `[start, end)` in UTC ms. */
  start: number;
  end: number;
  /** Where its mark and label sit: a day's middle, a time's instant, a period's start. */
  at: number;
  /** Label width (horizontal); vertical labels all take `VIEW.labelHeight`. */
  labelSize: number;
}

/** The geometry every view shares, in pixels. */
export const VIEW = {
  /**
   * Horizontal: the lanes a first view may grow to so that every label fits, at least, and those of a
   * view that cannot fit even then (thousands of events), which shows "+N more" instead.
   */
  maxLanes: 16,
  minLanes: 2,
  crowdedLanes: 6,
  clusterWidth: 96,
  /** How far a label may slide from its mark, along a full stack of lanes, before "+N more". */
  maxShift: 480,
  /** Vertical: one label's height, the shortest axis, and the most labels it grows to hold. */
  labelHeight: 60,
  minVerticalLength: 520,
  maxVerticalLabels: 60,
  breakSize: { horizontal: 44, vertical: 28 },
  /**
   * Horizontal: room kept after the last mark for the labels that read on from the marks, per event up
   * to the most (a crowded story slides labels along further); vertical: one label's height.
   */
  tail: { perEvent: 10, least: 120, most: 320, vertical: 60 },
  minSegment: { horizontal: 24, vertical: 48 },
} as const;

export interface FittedStory {
  story: StoryAxis;
  /** The first view's span. */
  domain: [number, number];
  /** Pixels along the time axis; horizontal, the width given, vertical, as tall as its labels need. */
  axisLength: number;
  /** Lanes the horizontal view reserves (its height does not change when zooming); 1 when vertical. */
  lanes: number;
}

export interface FitOptions {
  vertical: boolean;
  /** Horizontal: pixels along the axis. Ignored when vertical. */
  width: number;
}

/**
 * The first view: the story axis fitted to the width (horizontal) or to a height that holds every
 * label (vertical, up to `VIEW.maxVerticalLabels`), and the fewest lanes in which every label fits
 * (horizontal, up to `VIEW.maxLanes`). Only more events than that give "+N more" at the first view.
 */
export function fitStory(items: readonly StoryItem[], publishedDay: readonly [number, number], options: FitOptions): FittedStory {
  const orientation = options.vertical ? 'vertical' : 'horizontal';
  const tail = options.vertical ? VIEW.tail.vertical : Math.min(VIEW.tail.most, Math.max(VIEW.tail.least, items.length * VIEW.tail.perEvent));
  // The marks take the length less the tail; the last segment runs on to the end, at its own scale.
  const plan = (length: number) => {
    const planned = planStoryAxis(items, publishedDay, { length: Math.max(length / 2, length - tail), breakSize: VIEW.breakSize[orientation], minSegment: VIEW.minSegment[orientation] });
    return { story: planned.story, domain: [planned.domain[0], warpInverse(planned.story.warp, length)] as [number, number] };
  };
  if (!options.vertical) {
    const axisLength = Math.max(1, options.width);
    const { story, domain } = plan(axisLength);
    const scale = brokenTimeScale(story, domain, [0, axisLength]);
    const fits = (lanes: number) => placeLabels(items, scale, { vertical: false, axisLength, lanes }).clusters.length === 0;
    // More label than all the lanes hold end to end cannot fit: no layout needed to know it.
    let total = 0;
    for (const item of items) total += item.labelSize;
    if (total > VIEW.maxLanes * (axisLength + VIEW.maxShift) || !fits(VIEW.maxLanes)) return { story, domain, axisLength, lanes: VIEW.crowdedLanes };
    // The fewest lanes in which every label has room: a few events stay a low strip.
    let lanes = VIEW.minLanes;
    while (lanes < VIEW.maxLanes && !fits(lanes)) lanes++;
    return { story, domain, axisLength, lanes };
  }
  const step = VIEW.labelHeight + 4;
  const longest = VIEW.maxVerticalLabels * step;
  let axisLength = Math.min(longest, Math.max(VIEW.minVerticalLength, items.length * step + step));
  let fitted = plan(axisLength);
  // Labels pushed down by their neighbours can run past the end: grow by what did not fit, a few times.
  for (let attempt = 0; attempt < 4 && axisLength < longest; attempt++) {
    const { clusters } = placeLabels(items, brokenTimeScale(fitted.story, fitted.domain, [0, axisLength]), { vertical: true, axisLength, lanes: 1 });
    if (clusters.length === 0) break;
    axisLength = Math.min(longest, axisLength + (clusters[0]!.count + 1) * step);
    fitted = plan(axisLength);
  }
  return { ...fitted, axisLength, lanes: 1 };
}

export interface PlaceOptions {
  vertical: boolean;
  axisLength: number;
  lanes: number;
}

/** Labels for the items at this zoom, without overlap; what does not fit becomes "+N more". */
export function placeLabels(items: readonly StoryItem[], scale: TimeScale | BrokenTimeScale, options: PlaceOptions): LabelLayout {
  const { vertical, axisLength, lanes } = options;
  const laid = items.map((item) => {
    const at = scale(item.at);
    return { id: item.id, start: at, end: Math.max(at, scale(item.end)), labelSize: vertical ? VIEW.labelHeight : item.labelSize };
  });
  return vertical ? layoutVertical(laid, { axisLength }) : layoutLabels(laid, { axisLength, lanes, clusterLabelSize: VIEW.clusterWidth, maxShift: VIEW.maxShift });
}

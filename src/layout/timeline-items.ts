/**
 * The events as the axis draws them, made once per set of events: each with its interval, the instant
 * its mark and label sit at, and its label's width, in time order; and the index that finds the ones
 * reaching into a visible span by bisection, so that a zoomed-in frame touches a handful of 10,000.
 */
import type { TimelineEvent } from '../model/types.js';
import { eventInterval, type IntervalKind } from './event-interval.js';
import type { StoryItem } from './story-view.js';

export interface TimelineItem extends StoryItem {
  event: TimelineEvent;
  kind: IntervalKind;
  /** It has a clock time: only then may the axis show hours. */
  timed: boolean;
}

export interface TimelineItems {
  /** By start, then id. */
  items: readonly TimelineItem[];
  byId: ReadonlyMap<string, TimelineItem>;
  /** `reach[i]`: the latest end among items 0..i. */
  reach: readonly number[];
}

/**
 * `labelSize` estimates each label's width (horizontal), so layout needs no measuring. A day event's
 * mark sits in the middle of its day (it occupies the day); a time at its instant; a period at its start.
 */
export function timelineItems(events: readonly TimelineEvent[], labelSize: (event: TimelineEvent) => number): TimelineItems {
  const items = events
    .map((event): TimelineItem => {
      const { start, end, kind } = eventInterval(event);
      const at = kind === 'point' && event.granularity === 'day' ? (start + end) / 2 : start;
      return { id: event.id, event, start, end, kind, at, timed: event.granularity === 'time', labelSize: labelSize(event) };
    })
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  let latest = -Infinity;
  return { items, byId: new Map(items.map((item) => [item.id, item])), reach: items.map((item) => (latest = Math.max(latest, item.end))) };
}

/** The items whose interval reaches into `[from, to]`, in time order. */
export function visibleItems({ items, reach }: TimelineItems, from: number, to: number): TimelineItem[] {
  const firstReaching = bisect(items.length, (index) => reach[index]! >= from);
  const firstAfter = bisect(items.length, (index) => items[index]!.start > to);
  return items.slice(firstReaching, firstAfter).filter((item) => item.end >= from);
}

/** The first index in [0, length) for which the monotonic `test` holds, or `length`. */
function bisect(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

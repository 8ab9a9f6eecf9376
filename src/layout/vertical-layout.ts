/**
 * Labels for a vertical axis (narrow containers): one column to the right of the axis, in time order.
 * A label starts at its event's position or, when the one above reaches further, just below it (a
 * leader line joins it to its mark), so same-day events read as a list instead of collapsing. When the
 * column runs out of height, the rest become one "+N more" line at its foot.
 */
import { DEFAULT_MIN_GAP, addToCluster, visibleInOrder, type Cluster, type LabelLayout, type LayoutItem, type PlacedLabel } from './label-layout.js';

export interface VerticalLayoutOptions {
  /** Visible height in pixels. */
  axisLength: number;
  /** Least space between two labels. Default `DEFAULT_MIN_GAP`. */
  minGap?: number;
  /** Height of a "+N more" line. Default: the tallest label, so that it reads as one more line. */
  clusterLabelSize?: number;
}

/** `position` is the label's top; every `lane` is 0. */
export function layoutVertical(items: readonly LayoutItem[], options: VerticalLayoutOptions): LabelLayout {
  const { axisLength } = options;
  const minGap = options.minGap ?? DEFAULT_MIN_GAP;
  const visible = visibleInOrder(items, axisLength);
  const clusterSize = options.clusterLabelSize ?? visible.reduce((tallest, item) => Math.max(tallest, item.labelSize), 0);
  const placed: PlacedLabel[] = [];
  let next = 0;
  for (const [index, item] of visible.entries()) {
    const position = Math.max(next, Math.min(Math.max(0, item.start), axisLength - item.labelSize));
    const room = index === visible.length - 1 ? axisLength : axisLength - clusterSize - minGap;
    if (position + item.labelSize > room) {
      const cluster: Cluster = { ids: [], position: Math.min(position, Math.max(0, axisLength - clusterSize)), lane: 0, count: 0, start: item.start, end: item.end };
      for (const rest of visible.slice(index)) addToCluster(cluster, rest);
      return { placed, clusters: [cluster] };
    }
    placed.push({ id: item.id, lane: 0, position });
    next = position + item.labelSize + minGap;
  }
  return { placed, clusters: [] };
}

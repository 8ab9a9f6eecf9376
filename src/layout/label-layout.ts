/**
 * Lanes for event labels along an axis, so that no two labels overlap: each label goes in the lowest
 * lane that is free where it starts; an event that finds no free lane is folded, with its neighbours,
 * into a "+N more" cluster in the last lane. Pure pixels in, pixels out: the caller maps times to
 * pixels and measures the labels.
 */

export interface LayoutItem {
  id: string;
  /** Pixels along the axis; `end >= start` (equal for a point). */
  start: number;
  end: number;
  /** Pixels the label needs along the axis. */
  labelSize: number;
}

export interface LayoutOptions {
  /** Visible pixels; items wholly outside `[0, axisLength]` are left out. */
  axisLength: number;
  /** Most lanes to use, at least 1; clusters go in the last. */
  lanes: number;
  /** Least space between two labels in a lane. Default `DEFAULT_MIN_GAP`. */
  minGap?: number;
  /** Pixels a cluster's "+N more" label needs along the axis. Default `DEFAULT_CLUSTER_LABEL_SIZE`. */
  clusterLabelSize?: number;
  /**
   * How far a label may move along the axis, away from its item, when every lane is taken where the item
   * is (a leader line then joins them). Default 0: a label starts at its item or becomes "+N more".
   */
  maxShift?: number;
}

export interface PlacedLabel {
  id: string;
  /** 0 is the lane nearest the axis. */
  lane: number;
  /**
   * Where the label starts: the item's start, moved inside `[0, axisLength - labelSize]` when it can be,
   * and on by at most `maxShift` when the lanes are full there.
   */
  position: number;
}

/** Events drawn as one "+N more" label. */
export interface Cluster {
  /** In axis order. */
  ids: string[];
  position: number;
  /** Always the last lane. */
  lane: number;
  count: number;
  /** Pixels from the first member's start to the last member's end, e.g. to zoom into on click. */
  start: number;
  end: number;
}

export interface LabelLayout {
  /** In axis order. */
  placed: PlacedLabel[];
  /** In axis order, never overlapping each other or a label. */
  clusters: Cluster[];
}

export const DEFAULT_MIN_GAP = 4;
export const DEFAULT_CLUSTER_LABEL_SIZE = 48;

/**
 * Places each visible item's label, in order of start (ties by id, so the result does not depend on
 * the input order): in the lowest lane whose last label ends, plus `minGap`, at or before the label's
 * position. An item that fits no lane joins the last lane's latest entry: that entry already covers
 * the item's position, and becomes (or already is) a cluster there. So same-day events stack up the
 * lanes and the one that does not fit turns the top label into "+2 more"; clusters keep the
 * non-overlap of the labels they replace. Every visible item ends up either placed or in exactly one
 * cluster. O(n log n) for the sort, then O(n * lanes).
 *
 * Throws a `RangeError` for options or items that are not finite, non-negative sizes.
 */
export function layoutLabels(items: readonly LayoutItem[], options: LayoutOptions): LabelLayout {
  const { axisLength, lanes } = options;
  const minGap = options.minGap ?? DEFAULT_MIN_GAP;
  const clusterSize = options.clusterLabelSize ?? DEFAULT_CLUSTER_LABEL_SIZE;
  const maxShift = options.maxShift ?? 0;
  checkOptions(axisLength, lanes, minGap, clusterSize);
  if (!isSize(maxShift)) throw new RangeError(`layoutLabels: maxShift must be a finite size >= 0, got ${maxShift}`);

  const lastLane = lanes - 1;
  const laneEnds = new Array<number>(lanes).fill(-Infinity);
  const placed: PlacedLabel[] = [];
  const demoted = new Set<PlacedLabel>();
  const clusters: Cluster[] = [];
  // The last lane's latest entry, and where the lane ended before it.
  let latest: { label: PlacedLabel; item: LayoutItem } | Cluster | undefined;
  let endBeforeLatest = -Infinity;

  for (const item of visibleInOrder(items, axisLength)) {
    const wanted = Math.max(0, Math.min(item.start, axisLength - item.labelSize));
    const [lane, position] = freeLane(laneEnds, wanted, minGap, Math.min(maxShift, axisLength - item.labelSize - wanted));
    if (lane !== -1) {
      const label = { id: item.id, lane, position };
      placed.push(label);
      if (lane === lastLane) {
        endBeforeLatest = laneEnds[lane]!;
        latest = { label, item };
      }
      laneEnds[lane] = position + item.labelSize;
    } else if (latest && 'ids' in latest) {
      // Every lane is taken here, the last one by this cluster: the item is within its label's reach.
      addToCluster(latest, item);
    } else {
      // The last lane's latest label covers this position: it gives way to a cluster of the two, as far
      // left as the lane allows when the cluster label would stick out past the end of the axis.
      const { label, item: labelled } = latest!;
      demoted.add(label);
      const cluster: Cluster = {
        ids: [label.id],
        position: Math.max(endBeforeLatest + minGap, Math.min(label.position, Math.max(0, axisLength - clusterSize))),
        lane: lastLane,
        count: 1,
        start: labelled.start,
        end: labelled.end,
      };
      addToCluster(cluster, item);
      clusters.push(cluster);
      laneEnds[lastLane] = cluster.position + clusterSize;
      latest = cluster;
    }
  }
  return { placed: demoted.size > 0 ? placed.filter((label) => !demoted.has(label)) : placed, clusters };
}

/**
 * The lowest lane free at `position`, or else the lane free soonest after it, within `maxShift`: the
 * lane and where the label starts in it, or -1.
 */
function freeLane(laneEnds: readonly number[], position: number, minGap: number, maxShift: number): [lane: number, position: number] {
  let best = -1;
  let bestStart = Infinity;
  for (const [lane, end] of laneEnds.entries()) {
    const start = Math.max(position, end + minGap);
    if (start === position) return [lane, position];
    if (start < bestStart) [best, bestStart] = [lane, start];
  }
  return bestStart - position <= maxShift ? [best, bestStart] : [-1, position];
}

export function addToCluster(cluster: Cluster, item: LayoutItem): void {
  cluster.ids.push(item.id);
  cluster.count += 1;
  cluster.start = Math.min(cluster.start, item.start);
  cluster.end = Math.max(cluster.end, item.end);
}

/** The items that reach into `[0, axisLength]`, checked, sorted by start, then id. */
export function visibleInOrder(items: readonly LayoutItem[], axisLength: number): LayoutItem[] {
  const visible: LayoutItem[] = [];
  for (const [index, item] of items.entries()) {
    const { id, start, end, labelSize } = item;
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start || !isSize(labelSize)) {
      throw new RangeError(
        `layoutLabels: item ${index} (${String(id)}) needs finite start <= end and labelSize >= 0, got ${start}, ${end}, ${labelSize}`,
      );
    }
    if (end >= 0 && start <= axisLength) visible.push(item);
  }
  // Ids compare by code unit, not locale, so the order is the same on every machine.
  return visible.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function checkOptions(axisLength: number, lanes: number, minGap: number, clusterSize: number): void {
  if (!isSize(axisLength)) throw new RangeError(`layoutLabels: axisLength must be a finite size >= 0, got ${axisLength}`);
  if (!Number.isInteger(lanes) || lanes < 1) throw new RangeError(`layoutLabels: lanes must be an integer >= 1, got ${lanes}`);
  if (!isSize(minGap)) throw new RangeError(`layoutLabels: minGap must be a finite size >= 0, got ${minGap}`);
  if (!isSize(clusterSize)) throw new RangeError(`layoutLabels: clusterLabelSize must be a finite size >= 0, got ${clusterSize}`);
}

const isSize = (value: number): boolean => Number.isFinite(value) && value >= 0;

/**
 * What every label layout must satisfy, written from the spec independently of src/: a list of the
 * broken rules (empty when all hold), for `expect(problems, input).toEqual([])`.
 */
import fc from 'fast-check';
import type { LabelLayout, LayoutItem } from '../../src/layout/label-layout.js';

export interface CheckedOptions {
  axisLength: number;
  lanes: number;
  minGap: number;
  clusterLabelSize: number;
}

export function layoutProblems(items: readonly LayoutItem[], options: CheckedOptions, layout: LabelLayout): string[] {
  const { axisLength, lanes, minGap, clusterLabelSize } = options;
  const problems: string[] = [];
  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Map<string, number>();
  const count = (id: string): void => void seen.set(id, (seen.get(id) ?? 0) + 1);
  const rectangles: { what: string; lane: number; from: number; to: number }[] = [];

  for (const label of layout.placed) {
    count(label.id);
    const item = byId.get(label.id);
    if (!item) {
      problems.push(`placed ${label.id} is no item`);
      continue;
    }
    const expected = Math.max(0, Math.min(item.start, axisLength - item.labelSize));
    if (label.position !== expected) problems.push(`placed ${label.id} at ${label.position}, expected ${expected}`);
    if (!Number.isInteger(label.lane) || label.lane < 0 || label.lane >= lanes) problems.push(`placed ${label.id} in lane ${label.lane}`);
    rectangles.push({ what: `label ${label.id}`, lane: label.lane, from: label.position, to: label.position + item.labelSize });
  }
  for (const cluster of layout.clusters) {
    const members = cluster.ids.map((id) => byId.get(id));
    cluster.ids.forEach(count);
    const name = `cluster [${cluster.ids.join(', ')}]`;
    if (members.some((member) => !member)) problems.push(`${name} has an id that is no item`);
    if (cluster.count !== cluster.ids.length || cluster.count < 2) problems.push(`${name} has count ${cluster.count}`);
    if (cluster.lane !== lanes - 1) problems.push(`${name} in lane ${cluster.lane}, not the last lane ${lanes - 1}`);
    if (cluster.position < 0) problems.push(`${name} at ${cluster.position}`);
    const present = members.filter((member) => member !== undefined);
    const start = Math.min(...present.map((member) => member.start));
    const end = Math.max(...present.map((member) => member.end));
    if (cluster.start !== start || cluster.end !== end) problems.push(`${name} spans ${cluster.start}-${cluster.end}, expected ${start}-${end}`);
    rectangles.push({ what: name, lane: cluster.lane, from: cluster.position, to: cluster.position + clusterLabelSize });
  }

  // Each visible item exactly once, placed or in a cluster; no culled item at all.
  for (const item of items) {
    const visible = item.end >= 0 && item.start <= axisLength;
    const times = seen.get(item.id) ?? 0;
    if (visible && times !== 1) problems.push(`visible ${item.id} appears ${times} times`);
    if (!visible && times !== 0) problems.push(`culled ${item.id} appears ${times} times`);
  }

  // No two rectangles in a lane closer than minGap: sorted by start (an empty one first on a tie),
  // each must end, plus the gap, by the time the next starts, which rules out every pair.
  rectangles.sort((a, b) => a.lane - b.lane || a.from - b.from || a.to - b.to);
  for (let index = 1; index < rectangles.length; index += 1) {
    const previous = rectangles[index - 1]!;
    const next = rectangles[index]!;
    if (previous.lane === next.lane && previous.to + minGap > next.from) {
      problems.push(`${previous.what} [${previous.from}, ${previous.to}) and ${next.what} [${next.from}, ${next.to}) overlap in lane ${next.lane}`);
    }
  }
  return problems;
}

/** Sizes and positions that are sometimes whole, sometimes fractional. */
const pixels = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));

/**
 * Items with unique ids, crowded onto a short axis so that lanes run out and clusters form; some share
 * a start (same-day events), some reach past either end of the axis.
 */
export const itemsArb: fc.Arbitrary<LayoutItem[]> = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    start: fc.oneof(fc.constantFrom(0, 50, 100, 400), pixels(-300, 700)),
    length: fc.oneof(fc.constant(0), pixels(0, 300)),
    labelSize: fc.oneof(fc.constantFrom(0, 40, 120), pixels(0, 250)),
  }).map(({ id, start, length, labelSize }) => ({ id, start, end: start + length, labelSize })),
  { selector: (item) => item.id, maxLength: 80, size: 'medium' },
);

export const optionsArb = (lanes: fc.Arbitrary<number>): fc.Arbitrary<CheckedOptions> =>
  fc.record({
    axisLength: fc.oneof(fc.constant(0), pixels(0, 600)),
    lanes,
    minGap: fc.oneof(fc.constant(4), pixels(0, 12)),
    clusterLabelSize: fc.oneof(fc.constant(48), pixels(0, 100)),
  });

export const SEED = Number(process.env.FC_SEED) || 20220216;

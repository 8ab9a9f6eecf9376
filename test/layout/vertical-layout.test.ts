import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabelLayout, LayoutItem } from '../../src/layout/label-layout.js';
import { layoutVertical } from '../../src/layout/vertical-layout.js';
import { SEED, itemsArb, optionsArb } from './layout-checks.js';

const row = (id: string, start: number, labelSize = 20): LayoutItem => ({ id, start, end: start, labelSize });

/** The vertical column's rules: in time order, each label at or below its mark, none overlapping, all inside. */
function columnProblems(items: readonly LayoutItem[], axisLength: number, minGap: number, layout: LabelLayout): string[] {
  const problems: string[] = [];
  const byId = new Map(items.map((item) => [item.id, item]));
  const visible = items.filter((item) => item.end >= 0 && item.start <= axisLength);
  const shown = [...layout.placed.map((label) => label.id), ...layout.clusters.flatMap((cluster) => cluster.ids)];
  for (const item of visible) if (shown.filter((id) => id === item.id).length !== 1) problems.push(`visible ${item.id} shown ${shown.filter((id) => id === item.id).length} times`);
  if (shown.length !== visible.length) problems.push(`${shown.length} shown for ${visible.length} visible`);
  let bottom = -Infinity;
  for (const label of layout.placed) {
    const item = byId.get(label.id)!;
    const own = Math.max(0, Math.min(item.start, axisLength - item.labelSize));
    if (label.position < own - 1e-9) problems.push(`${label.id} at ${label.position}, above its mark at ${own}`);
    if (label.position < bottom + minGap - 1e-9) problems.push(`${label.id} at ${label.position} overlaps the label ending at ${bottom}`);
    if (label.position + item.labelSize > axisLength + 1e-9) problems.push(`${label.id} runs past the column`);
    bottom = label.position + item.labelSize;
  }
  for (const cluster of layout.clusters) {
    if (cluster.position < bottom - 1e-9) problems.push(`cluster at ${cluster.position} overlaps the label ending at ${bottom}`);
    if (cluster.count !== cluster.ids.length) problems.push(`cluster count ${cluster.count} for ${cluster.ids.length} ids`);
  }
  return problems;
}

describe('layoutVertical', () => {
  it('puts each label at its event, in one column', () => {
    const items = [row('b', 60), row('a', 0), row('c', 24)];
    expect(layoutVertical(items, { axisLength: 400 }), JSON.stringify(items)).toEqual({
      placed: [
        { id: 'a', lane: 0, position: 0 },
        { id: 'c', lane: 0, position: 24 },
        { id: 'b', lane: 0, position: 60 },
      ],
      clusters: [],
    });
  });

  it('lists same-day events one below the other instead of folding them', () => {
    const items = [row('a', 100), row('b', 100), row('c', 110, 36), row('d', 150)];
    expect(layoutVertical(items, { axisLength: 400 }).placed, JSON.stringify(items)).toEqual([
      { id: 'a', lane: 0, position: 100 },
      { id: 'b', lane: 0, position: 124 },
      { id: 'c', lane: 0, position: 148 },
      { id: 'd', lane: 0, position: 188 },
    ]);
  });

  it('folds what does not fit into one "+N more" line at the foot', () => {
    const items = Array.from({ length: 10 }, (_, index) => row(`e${index}`, index * 2));
    const layout = layoutVertical(items, { axisLength: 100 });
    expect(layout.placed.map((label) => label.id)).toEqual(['e0', 'e1', 'e2']);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]!.ids).toEqual(['e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9']);
    expect(layout.clusters[0]!.position + 20).toBeLessThanOrEqual(100);
  });

  it('never overlaps two lines, keeps time order and shows every visible item exactly once', () => {
    fc.assert(
      fc.property(itemsArb, optionsArb(fc.constant(1)), (items, options) => {
        const layout = layoutVertical(items, { axisLength: options.axisLength, minGap: options.minGap });
        const problems = columnProblems(items, options.axisLength, options.minGap, layout);
        expect(problems, `input ${JSON.stringify({ items, options })}\noutput ${JSON.stringify(layout)}`).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

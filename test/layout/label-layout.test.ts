import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLabels, type LayoutItem, type LayoutOptions } from '../../src/layout/label-layout.js';
import { SEED, itemsArb, layoutProblems, optionsArb } from './layout-checks.js';

/** A point item at `start` with a label of `labelSize`. */
const point = (id: string, start: number, labelSize = 40): LayoutItem => ({ id, start, end: start, labelSize });

/** The input, for failure messages. */
const shown = (items: readonly LayoutItem[], options: LayoutOptions): string => `input ${JSON.stringify({ items, options })}`;

describe('layoutLabels', () => {
  it('keeps labels that fit in the first lane, at their items', () => {
    const items = [point('c', 200), point('a', 0), point('b', 100)];
    const options = { axisLength: 500, lanes: 3 };
    expect(layoutLabels(items, options), shown(items, options)).toEqual({
      placed: [
        { id: 'a', lane: 0, position: 0 },
        { id: 'b', lane: 0, position: 100 },
        { id: 'c', lane: 0, position: 200 },
      ],
      clusters: [],
    });
  });

  it('puts each label in the lowest free lane, minGap included', () => {
    // a ends at 40: b at 43 is inside the 4 px gap, c at 44 is not.
    const items = [point('a', 0), point('b', 43), point('c', 44), point('d', 50)];
    const options = { axisLength: 500, lanes: 3 };
    expect(layoutLabels(items, options).placed, shown(items, options)).toEqual([
      { id: 'a', lane: 0, position: 0 },
      { id: 'b', lane: 1, position: 43 },
      { id: 'c', lane: 0, position: 44 },
      { id: 'd', lane: 2, position: 50 },
    ]);
    expect(layoutLabels(items, { ...options, minGap: 0 }).placed.map((label) => label.lane)).toEqual([0, 0, 1, 2]);
  });

  it('stacks events of the same day in different lanes, ordered by id', () => {
    const items = [point('e2', 120), point('e3', 120), point('e1', 120)];
    const options = { axisLength: 500, lanes: 3 };
    expect(layoutLabels(items, options), shown(items, options)).toEqual({
      placed: [
        { id: 'e1', lane: 0, position: 120 },
        { id: 'e2', lane: 1, position: 120 },
        { id: 'e3', lane: 2, position: 120 },
      ],
      clusters: [],
    });
  });

  it('folds the events of a day that do not fit into "+N more" in the last lane', () => {
    const items = ['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => point(id, 120));
    const options = { axisLength: 500, lanes: 3 };
    expect(layoutLabels(items, options), shown(items, options)).toEqual({
      placed: [
        { id: 'e1', lane: 0, position: 120 },
        { id: 'e2', lane: 1, position: 120 },
      ],
      clusters: [{ ids: ['e3', 'e4', 'e5'], position: 120, lane: 2, count: 3, start: 120, end: 120 }],
    });
  });

  it('gathers crowded events within a cluster label of each other, and frees the lane after it', () => {
    // Every 10 px a 100 px label: two lanes cannot hold them.
    const items = Array.from({ length: 10 }, (_, index) => ({ id: `e${index}`, start: index * 10, end: index * 10 + 5, labelSize: 100 }));
    const options = { axisLength: 1000, lanes: 2, clusterLabelSize: 48 };
    const layout = layoutLabels(items, options);
    expect(layout, shown(items, options)).toEqual({
      placed: [{ id: 'e0', lane: 0, position: 0 }],
      clusters: [
        // e1 took lane 1 at 10; e2 found no lane and folded it; the cluster label ends at 58, + 4 gap.
        { ids: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'], position: 10, lane: 1, count: 6, start: 10, end: 65 },
        // e7 at 70 fitted lane 1 again, until e8 folded it.
        { ids: ['e7', 'e8', 'e9'], position: 70, lane: 1, count: 3, start: 70, end: 95 },
      ],
    });
  });

  it('with one lane, folds a label only where the next one would overlap it', () => {
    const items = [point('a', 0), point('b', 20), point('c', 200)];
    const options = { axisLength: 500, lanes: 1, clusterLabelSize: 30 };
    expect(layoutLabels(items, options), shown(items, options)).toEqual({
      placed: [{ id: 'c', lane: 0, position: 200 }],
      clusters: [{ ids: ['a', 'b'], position: 0, lane: 0, count: 2, start: 0, end: 20 }],
    });
  });

  it('culls items wholly outside the axis and keeps the labels of the others on it', () => {
    const items = [
      { id: 'before', start: -100, end: -1, labelSize: 40 },
      { id: 'after', start: 501, end: 600, labelSize: 40 },
      { id: 'band', start: -100, end: 20, labelSize: 40 },
      { id: 'first', start: 0, end: 0, labelSize: 40 },
      { id: 'last', start: 500, end: 500, labelSize: 40 },
      { id: 'wide', start: 300, end: 300, labelSize: 900 },
    ];
    const options = { axisLength: 500, lanes: 3 };
    expect(layoutLabels(items, options), shown(items, options)).toEqual({
      placed: [
        { id: 'band', lane: 0, position: 0 },
        { id: 'first', lane: 1, position: 0 },
        // Past the end of the axis, a label moves back onto it; wider than the axis, it starts at 0.
        { id: 'wide', lane: 2, position: 0 },
        { id: 'last', lane: 0, position: 460 },
      ],
      clusters: [],
    });
  });

  it('moves a cluster label that would stick out past the axis end back, but not onto its neighbour', () => {
    const items = [point('a', 480, 10), point('b', 490, 10)];
    const options = { axisLength: 500, lanes: 1, clusterLabelSize: 48 };
    expect(layoutLabels(items, options).clusters, shown(items, options)).toEqual([
      { ids: ['a', 'b'], position: 452, lane: 0, count: 2, start: 480, end: 490 },
    ]);
    const crowded = [point('x', 440, 10), ...items];
    expect(layoutLabels(crowded, options).clusters[0]!.position, shown(crowded, options)).toBe(454);
  });

  it('returns nothing for no items or an empty axis', () => {
    expect(layoutLabels([], { axisLength: 500, lanes: 2 })).toEqual({ placed: [], clusters: [] });
    expect(layoutLabels([point('a', 10)], { axisLength: 0, lanes: 2 })).toEqual({ placed: [], clusters: [] });
  });

  it.each([
    [[point('a', Number.NaN)], { axisLength: 100, lanes: 1 }, /item 0 \(a\)/],
    [[{ id: 'a', start: 5, end: 4, labelSize: 1 }], { axisLength: 100, lanes: 1 }, /item 0 \(a\) needs finite start <= end/],
    [[point('a', 1, -1)], { axisLength: 100, lanes: 1 }, /labelSize >= 0/],
    [[], { axisLength: 100, lanes: 0 }, /lanes must be an integer >= 1, got 0/],
    [[], { axisLength: 100, lanes: 1.5 }, /lanes must be an integer/],
    [[], { axisLength: Number.POSITIVE_INFINITY, lanes: 1 }, /axisLength must be a finite size/],
    [[], { axisLength: 100, lanes: 1, minGap: -1 }, /minGap/],
    [[], { axisLength: 100, lanes: 1, clusterLabelSize: Number.NaN }, /clusterLabelSize/],
  ])('throws a RangeError for %j with %j', (items, options, message) => {
    expect(() => layoutLabels(items, options)).toThrow(RangeError);
    expect(() => layoutLabels(items, options)).toThrow(message);
  });

  describe('properties', () => {
    it('never overlaps two labels or clusters in a lane, and shows every visible item exactly once', () => {
      fc.assert(
        fc.property(itemsArb, optionsArb(fc.integer({ min: 1, max: 5 })), (items, options) => {
          const layout = layoutLabels(items, options);
          expect(layoutProblems(items, options, layout), `${shown(items, options)}\noutput ${JSON.stringify(layout)}`).toEqual([]);
        }),
        { seed: SEED, numRuns: 300 },
      );
    });

    it('clusters nothing when there are as many lanes as items', () => {
      fc.assert(
        fc.property(itemsArb, optionsArb(fc.constant(1)), (items, options) => {
          const layout = layoutLabels(items, { ...options, lanes: Math.max(1, items.length) });
          expect(layout.clusters, `${shown(items, options)}\noutput ${JSON.stringify(layout)}`).toEqual([]);
        }),
        { seed: SEED, numRuns: 300 },
      );
    });

    it('does not depend on the order of the items', () => {
      const shuffled = itemsArb.chain((items) =>
        fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length })),
      );
      fc.assert(
        fc.property(shuffled, optionsArb(fc.integer({ min: 1, max: 4 })), ([items, reordered], options) => {
          expect(layoutLabels(reordered, options), shown(items, options)).toEqual(layoutLabels(items, options));
        }),
        { seed: SEED, numRuns: 300 },
      );
    });
  });
});

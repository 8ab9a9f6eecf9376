// The view model of a story: the first view holds every label of an article's few dozen events, on a
// desktop and on a phone; only thousands of events fold into "+N more"; labels slid along a full stack
// of lanes never overlap; the narrowest view is an hour wherever it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenTimeScale } from '../../src/layout/broken-time-scale.js';
import { layoutLabels, type LabelLayout, type LayoutItem } from '../../src/layout/label-layout.js';
import { thinLabels } from '../../src/layout/label-thinning.js';
import { VIEW, fitStory, placeLabels, type StoryItem } from '../../src/layout/story-view.js';
import { limitZoomSpan } from '../../src/layout/zoom-span.js';
import { DAY, HOUR, utc } from './utc.js';

const SEED = Number(process.env.FC_SEED) || 20231026;
const PUBLISHED: [number, number] = [utc(2023, 10, 26), utc(2023, 10, 27)];

/** An earnings story's shape: a century of history, quarters and months, a busy week, a few dates ahead. */
function earningsStory(): StoryItem[] {
  const items: StoryItem[] = [];
  const add = (start: number, end: number, point: boolean) =>
    items.push({ id: `e${items.length}`, start, end, at: point ? (start + end) / 2 : start, labelSize: 196 + (items.length % 4) * 8 });
  for (const year of [1921, 1957, 1968, 1998, 2015, 2021, 2022, 2023, 2024, 2025]) add(utc(year, 1, 1), utc(year + 1, 1, 1), false);
  for (const [year, quarter] of [[2022, 3], [2023, 2], [2023, 3], [2023, 3], [2023, 4], [2023, 4]] as const) add(utc(year, quarter * 3 - 2, 1), utc(year, quarter * 3 + 1, 1), false);
  for (const [year, month] of [[2020, 3], [2022, 1], [2023, 4], [2023, 7], [2024, 2]] as const) add(utc(year, month, 1), utc(year, month + 1, 1), false);
  for (const [month, date] of [[7, 27], [9, 30], [10, 12], [10, 19], [10, 23], [10, 24], [10, 25], [10, 26], [10, 26], [10, 26], [10, 26], [11, 8], [11, 17], [12, 15]] as const) {
    add(utc(2023, month, date), utc(2023, month, date) + DAY, true);
  }
  for (const [year, month, date] of [[2024, 5, 2], [2024, 10, 12]] as const) add(utc(year, month, date), utc(year, month, date) + DAY, true);
  return items;
}

/** Two labels in one lane that overlap, or a vertical label that runs into the next: none may. */
function overlapping(items: readonly StoryItem[], layout: LabelLayout, vertical: boolean, gap: number): string[] {
  const size = new Map(items.map((item) => [item.id, vertical ? VIEW.labelHeight : item.labelSize]));
  const boxes = [
    ...layout.placed.map((label) => ({ what: label.id, lane: label.lane, from: label.position, to: label.position + size.get(label.id)! })),
    ...layout.clusters.map((cluster) => ({ what: `+${cluster.count}`, lane: cluster.lane, from: cluster.position, to: cluster.position + (vertical ? VIEW.labelHeight : VIEW.clusterWidth) })),
  ].sort((a, b) => a.lane - b.lane || a.from - b.from);
  const found: string[] = [];
  for (let index = 1; index < boxes.length; index++) {
    const [a, b] = [boxes[index - 1]!, boxes[index]!];
    if (a.lane === b.lane && b.from < a.to + gap - 1e-9) found.push(`${a.what} [${a.from}, ${a.to}] and ${b.what} [${b.from}, ${b.to}] in lane ${a.lane}`);
  }
  return found;
}

describe('fitStory', () => {
  const items = earningsStory();

  it.each([
    ['a desktop', false, 1244],
    ['a phone', true, 370],
  ])('labels every event of an article at the first view on %s', (_name, vertical, width) => {
    expect(items.length).toBe(37);
    const fitted = fitStory(items, PUBLISHED, { vertical, width });
    const layout = placeLabels(items, brokenTimeScale(fitted.story, fitted.domain, [0, fitted.axisLength]), { vertical, axisLength: fitted.axisLength, lanes: fitted.lanes });
    expect(layout.clusters.map((cluster) => cluster.count), 'no "+N more"').toEqual([]);
    expect(layout.placed).toHaveLength(items.length);
    expect(overlapping(items, layout, vertical, 4)).toEqual([]);
    for (const label of layout.placed) expect(label.position).toBeGreaterThanOrEqual(0);
    if (vertical) expect(fitted.axisLength, 'a list as tall as its labels').toBeGreaterThanOrEqual(items.length * VIEW.labelHeight);
    else expect(fitted.lanes).toBeLessThanOrEqual(VIEW.maxLanes);
  });

  it('takes as few lanes as its labels need: four events of two days keep a low strip', () => {
    const seed = [15, 15, 16, 16].map((date, index) => ({ id: `s${index}`, start: utc(2022, 2, date), end: utc(2022, 2, date) + DAY, at: utc(2022, 2, date) + DAY / 2, labelSize: 200 }));
    expect(fitStory(seed, [utc(2022, 2, 16), utc(2022, 2, 17)], { vertical: false, width: 1244 }).lanes).toBe(VIEW.minLanes);
  });

  it('folds into "+N more" only what truly cannot fit: ten thousand events, in the crowded view\'s lanes', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => {
      const start = utc(2021, 2, 16) + Math.floor((index * 730) / 10_000) * DAY;
      return { id: `m${index}`, start, end: start + DAY, at: start + DAY / 2, labelSize: 200 };
    });
    const fitted = fitStory(many, [utc(2022, 2, 16), utc(2022, 2, 17)], { vertical: false, width: 1244 });
    expect(fitted.lanes).toBe(VIEW.crowdedLanes);
    const layout = placeLabels(many, brokenTimeScale(fitted.story, fitted.domain, [0, 1244]), { vertical: false, axisLength: 1244, lanes: fitted.lanes });
    const hidden = layout.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
    expect(hidden, 'most events folded').toBeGreaterThan(9_000);
    expect(layout.placed.length + hidden, 'every event placed or folded, once').toBe(10_000);
    expect(overlapping(many, layout, false, 4)).toEqual([]);
  });
});

describe('layoutLabels with maxShift', () => {
  const options = { axisLength: 1000, lanes: 3, clusterLabelSize: 60, maxShift: 300 };

  it('slides a label along a full stack of lanes instead of folding it', () => {
    const items: LayoutItem[] = Array.from({ length: 5 }, (_, index) => ({ id: `i${index}`, start: 100, end: 100, labelSize: 150 }));
    const layout = layoutLabels(items, options);
    expect(layout.clusters).toEqual([]);
    expect(layout.placed.map(({ lane, position }) => `${lane}@${position}`)).toEqual(['0@100', '1@100', '2@100', '0@254', '1@254']);
    expect(layoutLabels(items, { ...options, maxShift: 0 }).clusters.map((cluster) => cluster.count), 'without sliding, "+3 more"').toEqual([3]);
  });

  it('never overlaps, never slides a label back or further than maxShift, and places or folds every item once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: -100, max: 1100 }), labelSize: fc.integer({ min: 20, max: 220 }) }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 500 }),
        (raw, lanes, maxShift) => {
          const items = raw.map(({ start, labelSize }, index) => ({ id: `r${index}`, start, end: start, at: start, labelSize }));
          const layout = layoutLabels(items, { ...options, lanes, maxShift });
          expect(overlapping(items, layout, false, 4)).toEqual([]);
          const byId = new Map(items.map((item) => [item.id, item]));
          for (const label of layout.placed) {
            const item = byId.get(label.id)!;
            const wanted = Math.max(0, Math.min(item.start, 1000 - item.labelSize));
            expect(label.position).toBeGreaterThanOrEqual(wanted);
            expect(label.position - wanted).toBeLessThanOrEqual(maxShift);
          }
          const seen = [...layout.placed.map(({ id }) => id), ...layout.clusters.flatMap(({ ids }) => ids)].sort();
          expect(seen).toEqual(items.filter((item) => item.start >= -0 && item.start <= 1000).map(({ id }) => id).sort());
        },
      ),
      { seed: SEED },
    );
  });
});

describe('limitZoomSpan', () => {
  const items = earningsStory();
  const fitted = fitStory(items, PUBLISHED, { vertical: false, width: 1000 });
  const base = brokenTimeScale(fitted.story, fitted.domain, [0, 1000]);
  const spanOf = ({ k, offset }: { k: number; offset: number }) => +base.invert((1000 - offset) / k) - +base.invert(-offset / k);

  it('stops any zoom at an hour in view, in the busy week and in a quiet stretch alike', () => {
    for (const instant of [utc(2023, 10, 26, 12), utc(1960, 6, 1)]) {
      const at = base(instant);
      const k = 1e7;
      const limited = limitZoomSpan(base, 1000, { k, offset: 500 - at * k });
      expect(spanOf(limited), `span about ${new Date(instant).toISOString()}`).toBeGreaterThanOrEqual(HOUR);
      expect(spanOf(limited)).toBeLessThan(HOUR * 1.01);
      // The view's middle stays where it was: zooming stops, it does not jump.
      expect(+base.invert((500 - limited.offset) / limited.k)).toBeCloseTo(instant, -4);
    }
  });

  it('leaves a wider view alone', () => {
    const zoom = { k: 4, offset: -1200 };
    expect(limitZoomSpan(base, 1000, zoom)).toBe(zoom);
  });
});

describe('thinLabels', () => {
  it('keeps fixed labels and higher ranks first, then the rest in axis order where they fit', () => {
    const labels = [
      { at: 10, size: 40 },
      { at: 40, size: 40, rank: 2 },
      { at: 90, size: 40 },
      { at: 200, size: 40 },
    ];
    expect([...thinLabels(labels, [{ at: 200, size: 100 }])].sort()).toEqual([1, 2]);
    expect([...thinLabels(labels, [])].sort()).toEqual([1, 2, 3]);
  });
});

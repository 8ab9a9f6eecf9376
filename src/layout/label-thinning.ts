/**
 * Which of a row of labels to draw so that none is drawn over another: fixed labels (the publication
 * date, a break's length) always stay; of the others, those of higher rank (a year over a month over a
 * day) are kept first, then the rest in axis order where they still fit. Pure pixels: the caller
 * estimates each label's extent.
 */

export interface RowLabel {
  /** Centre along the axis, in pixels. */
  at: number;
  /** Extent along the axis, in pixels. */
  size: number;
  /** Higher is kept first. Default 0. */
  rank?: number;
}

/** The two labels come nearer than `gap` or overlap. */
export function rowOverlap(a: RowLabel, b: RowLabel, gap = 6): boolean {
  return Math.abs(a.at - b.at) < (a.size + b.size) / 2 + gap;
}

/** Indices of `labels` that overlap neither `fixed` nor another kept one, `gap` apart. */
export function thinLabels(labels: readonly RowLabel[], fixed: readonly RowLabel[], gap = 6): Set<number> {
  const overlaps = (a: RowLabel, b: RowLabel) => rowOverlap(a, b, gap);
  const order = labels.map((_, index) => index).sort((a, b) => (labels[b]!.rank ?? 0) - (labels[a]!.rank ?? 0) || a - b);
  const kept = new Set<number>();
  const taken = [...fixed];
  for (const index of order) {
    const label = labels[index]!;
    if (taken.some((other) => overlaps(other, label))) continue;
    kept.add(index);
    taken.push(label);
  }
  return kept;
}

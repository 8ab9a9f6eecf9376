/**
 * How far to scroll the page to show a sentence of the article without losing the timeline: the reader
 * selected an event there, so its label and the card must stay on screen even when that leaves the
 * sentence only partly shown (the card quotes it anyway). Pure: boxes in viewport pixels in, a scroll
 * delta out.
 */
export interface VerticalBox {
  top: number;
  bottom: number;
}

/** Pixels kept between a box and the window's edge. */
const MARGIN = 8;

/**
 * The vertical scroll (positive: down) that brings `target` into a window `height` pixels tall while
 * every box of `keep` stays inside it; 0 when the target is in view already or nothing may move.
 */
export function revealScroll(target: VerticalBox, keep: readonly VerticalBox[], height: number): number {
  if (target.top >= 0 && target.bottom <= height) return 0;
  if (target.bottom > height) {
    // Down, by what shows the sentence's end, or at least its start, no further than the kept boxes allow.
    let delta = Math.min(target.bottom - height + MARGIN, target.top - MARGIN);
    for (const box of keep) delta = Math.min(delta, box.top - MARGIN);
    return Math.max(0, delta);
  }
  let delta = target.top - MARGIN;
  for (const box of keep) delta = Math.max(delta, box.bottom - height + MARGIN);
  return Math.min(0, delta);
}

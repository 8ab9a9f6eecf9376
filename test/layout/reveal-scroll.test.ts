import { describe, expect, it } from 'vitest';
import { revealScroll } from '../../src/layout/reveal-scroll.js';

const box = (top: number, bottom: number) => ({ top, bottom });

describe('revealScroll', () => {
  it('leaves a sentence in view where it is', () => {
    expect(revealScroll(box(100, 140), [box(10, 50)], 600)).toBe(0);
    expect(revealScroll(box(0, 600), [], 600)).toBe(0);
  });

  it('scrolls down just far enough to show a sentence below the fold, with a margin', () => {
    expect(revealScroll(box(620, 660), [box(100, 140)], 600)).toBe(68);
  });

  it('scrolls up just far enough to show a sentence above the window', () => {
    expect(revealScroll(box(-200, -160), [box(100, 140)], 600)).toBe(-208);
  });

  it('stops where a kept box (the label, the card) would leave the window', () => {
    expect(revealScroll(box(1500, 1540), [box(100, 140), box(300, 400)], 600)).toBe(92);
    expect(revealScroll(box(-900, -860), [box(400, 560)], 600)).toBe(-32);
  });

  it('shows the start of a sentence taller than the window, not its end', () => {
    expect(revealScroll(box(700, 1600), [], 600)).toBe(692);
  });

  it('never scrolls away from the sentence to make room', () => {
    expect(revealScroll(box(700, 740), [box(-20, 40)], 600)).toBe(0);
    expect(revealScroll(box(-300, -260), [box(560, 640)], 600)).toBe(0);
  });
});

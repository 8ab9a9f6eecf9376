import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateTokensBySentence } from '../../src/parser/locales/en/prefilter.js';
import type { Span } from '../../src/parser/stretches.js';

/** The reference: each sentence scanned as a text of its own. */
function alone(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): Span[][] {
  return sentences.map(({ start, end }) => dateTokensBySentence(text.slice(start, end), [{ start: 0, end: end - start }])[0]!);
}

describe('date tokens by sentence', () => {
  it('finds the tokens of each sentence, offsets inside it', () => {
    const text = 'Sales rose in 2014. Nothing here. On Monday, Feb. 14, it rained.';
    const sentences = [
      { start: 0, end: 19 },
      { start: 20, end: 33 },
      { start: 34, end: text.length },
    ];
    const tokens = dateTokensBySentence(text, sentences);
    expect(tokens[0]!.map(([start, end]) => text.slice(start, end))).toEqual(['2014']);
    expect(tokens[1]).toEqual([]);
    expect(tokens[2]!.map(([start, end]) => text.slice(34 + start, 34 + end))).toEqual(['Monday', 'Feb']);
  });

  it('gives a token that runs over a sentence edge to neither sentence', () => {
    // "days ago" across the edge is one token of the whole text, but no sentence holds it.
    const text = 'It ended three days\nago it began.';
    const sentences = [
      { start: 0, end: 19 },
      { start: 20, end: text.length },
    ];
    expect(dateTokensBySentence(text, sentences)).toEqual(alone(text, sentences));
  });

  it('reads a sentence cut out of a longer word as its own text', () => {
    const text = 'x'.repeat(10) + '2014 y';
    const sentences = [
      { start: 0, end: 10 },
      { start: 10, end: text.length },
    ];
    expect(dateTokensBySentence(text, sentences)).toEqual([[], [[0, 4]]]);
  });

  it('agrees with scanning each sentence alone, for any text and any cuts', () => {
    const piece = fc.constantFrom('2014', ' ', '\n', 'days', ' ago', 'Monday', 'Feb.', 'x', "'98", '10:30', 'AD ', '5', '.', 'May', 'may');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), (parts, rawCuts) => {
        const text = parts.join('');
        const cuts = [...new Set(rawCuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const bounds = [0, ...cuts, text.length];
        const sentences = bounds.slice(1).map((end, index) => ({ start: bounds[index]!, end })).filter(({ start, end }) => end > start);
        expect(dateTokensBySentence(text, sentences)).toEqual(alone(text, sentences));
      }),
      { numRuns: 500 },
    );
  });
});

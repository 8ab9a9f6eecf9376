import { describe, expect, it } from 'vitest';
import { normalizeText, originalSpan } from '../../src/parser/normalized-text.js';

describe('normalizeText', () => {
  it('folds full-width digits and drops zero-width and control characters, mapping back to the input', () => {
    const input = 'On Mar\u200Bch \uFF13, 20\u000022.';
    const normalized = normalizeText(input);
    expect(normalized.text).toBe('On March 3, 2022.');
    const start = normalized.text.indexOf('March');
    const [from, to] = originalSpan(normalized, start, start + 'March 3, 2022'.length);
    expect(input.slice(from, to)).toBe('Mar\u200Bch \uFF13, 20\u000022');
  });

  it('keeps ASCII text as it is', () => {
    const normalized = normalizeText('Feb. 16');
    expect(normalized.text).toBe('Feb. 16');
    expect(originalSpan(normalized, 0, 7)).toEqual([0, 7]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import { MAX_DATES_PER_SENTENCE } from '../../src/parser/refiners/result-cap-refiner.js';

describe('work bounds', () => {
  it('keeps the first dates of a sentence that lists more than a sentence can', () => {
    const days = Array.from({ length: 60 }, (_, index) => `Jan. ${(index % 28) + 1}, ${1950 + index}`);
    const text = `Payments were made on ${days.join('; ')}.`;
    const events = extractEvents(text, { published: '2022-02-16' });
    expect(events).toHaveLength(MAX_DATES_PER_SENTENCE);
    expect(events[0]!.date).toBe('1950-01-01');
    expect(events.at(-1)!.date).toBe(`${1950 + MAX_DATES_PER_SENTENCE - 1}-01-${String(((MAX_DATES_PER_SENTENCE - 1) % 28) + 1).padStart(2, '0')}`);
  });

  it('rejects text over maxLength with a RangeError naming both sizes', () => {
    expect(() => extractEvents('x'.repeat(101), { published: '2022-02-16', maxLength: 100 })).toThrow(RangeError);
    expect(() => extractEvents('x'.repeat(101), { published: '2022-02-16', maxLength: 100 })).toThrow(/101.*100/);
  });

  it.each([Number.NaN, -1, -Infinity, 1.5, 100.000001])('rejects maxLength %s with a RangeError instead of checking nothing', (maxLength) => {
    expect(() => extractEvents('x'.repeat(101), { published: '2022-02-16', maxLength })).toThrow(RangeError);
    expect(() => extractEvents('', { published: '2022-02-16', maxLength })).toThrow(/maxLength must be a non-negative integer or Infinity/);
  });

  it.each(['100', null, 10n, {}])('rejects maxLength %s, not a number, with a TypeError', (maxLength) => {
    const untyped = { published: '2022-02-16', maxLength } as unknown as Parameters<typeof extractEvents>[1];
    expect(() => extractEvents('x', untyped)).toThrow(TypeError);
    expect(() => extractEvents('x', untyped)).toThrow(/maxLength must be a number/);
  });

  it('takes 0, any other whole count, and Infinity for no limit', () => {
    expect(extractEvents('', { published: '2022-02-16', maxLength: 0 })).toEqual([]);
    expect(() => extractEvents('x', { published: '2022-02-16', maxLength: 0 })).toThrow(RangeError);
    const text = 'The vote was held on March 3, 2022.';
    expect(extractEvents(text, { published: '2022-02-16', maxLength: text.length })).toHaveLength(1);
    expect(extractEvents(text, { published: '2022-02-16', maxLength: Infinity })).toHaveLength(1);
    expect(extractEvents(text, { published: '2022-02-16', maxLength: undefined })).toHaveLength(1);
  });
});

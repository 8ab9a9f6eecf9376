import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
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

  it('maps the halves of a pair that NFKC shortens to the whole pair', () => {
    const input = 'In \u{1D7D0}\u{1D7CE}\u{1D7D0}\u{1D7D0} prices rose.';
    const normalized = normalizeText(input);
    expect(normalized.text).toBe('In 2022 prices rose.');
    expect(originalSpan(normalized, 3, 7)).toEqual([3, 11]);
    expect(originalSpan(normalized, 4, 5)).toEqual([5, 7]);
  });
});

// General_Category=Cf (format) of Unicode 17 (DerivedGeneralCategory.txt), as ranges of code points.
const FORMAT_CHARACTERS: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x0600, 0x0605], [0x061c, 0x061c], [0x06dd, 0x06dd], [0x070f, 0x070f], [0x0890, 0x0891],
  [0x08e2, 0x08e2], [0x180e, 0x180e], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f],
  [0xfeff, 0xfeff], [0xfff9, 0xfffb], [0x110bd, 0x110bd], [0x110cd, 0x110cd], [0x13430, 0x1343f],
  [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a], [0xe0001, 0xe0001], [0xe0020, 0xe007f],
];
// Prepended_Concatenation_Mark (PropList.txt): format characters that are drawn, and stay.
const DRAWN = new Set([0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd, 0x070f, 0x0890, 0x0891, 0x08e2, 0x110bd, 0x110cd]);
const formatCharacters = FORMAT_CHARACTERS.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, k) => first + k));
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

describe('invisible format characters', () => {
  const invisible = formatCharacters.filter((code) => !DRAWN.has(code));

  it.each(invisible.map((code) => [hex(code), String.fromCodePoint(code)]))('ignores %s inside and between words', (_name, char) => {
    for (const input of [`On Mar${char}ch 3, 2022.`, `On March${char} 3, 2022.`, `On March 3${char}, 2022.`]) {
      const normalized = normalizeText(input);
      expect(normalized.text, JSON.stringify(input)).toBe('On March 3, 2022.');
      const [from, to] = originalSpan(normalized, 3, 16);
      expect(input.slice(from, to)).toBe(input.slice(3, -1));
    }
  });

  it.each([...DRAWN].map((code) => [hex(code), String.fromCodePoint(code)]))('keeps %s, a mark that is drawn', (_name, char) => {
    expect(normalizeText(`Page ${char}12`).text).toBe(`Page ${char}12`);
  });

  it.each(['\u2066', '\u2067', '\u2068', '\u2069', '\u061C', '\u180E', '\uFFF9', '\uFFFB', '\u{E0001}', '\u{E0041}', '\u200E', '\u202E', '\u2061', '\uFEFF', '\u00AD'])(
    'reads "March%s 3" as March 3, its expression an exact slice of the input',
    (char) => {
      for (const input of [`The vote was held on March${char} 3, 2022.`, `The vote was held on Ma${char}rch 3, 2022.`]) {
        const [event] = extractEvents(input, { published: '2022-02-16' });
        expect(event?.date, JSON.stringify(input)).toBe('2022-03-03');
        expect(input.slice(event!.expression.start, event!.expression.end)).toBe(event!.expression.text);
        expect(event!.expression.text.replace(char, '')).toBe('March 3, 2022');
        expect(event!.title).toBe('The vote was held.');
      }
    },
  );
});

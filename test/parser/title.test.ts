import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, makeTitle } from '../../src/parser/title.js';

function titleWithout(sentence: string, words: string): string {
  const start = sentence.indexOf(words);
  return makeTitle(sentence, start, start + words.length);
}

describe('makeTitle', () => {
  it.each([
    ['Russia, on Tuesday, said it would withdraw.', 'on Tuesday', 'Russia said it would withdraw.'],
    ['But in June last year, the leadership split.', 'June last year', 'But the leadership split.'],
    ['(On Monday) the vote failed.', 'On Monday', 'The vote failed.'],
    ["Monday's attack killed 12 people.", 'Monday', 'Attack killed 12 people.'],
    ['The storm hit; on Tuesday, crews restored power to most homes in the county.', 'on Tuesday', 'Crews restored power to most homes in the county.'],
    ['Stocks rose\u200B on Friday.', 'on Friday', 'Stocks rose.'],
  ])('%s without %j reads %j', (sentence, words, expected) => {
    expect(titleWithout(sentence, words)).toBe(expected);
  });

  it('cuts long clauses at a word boundary', () => {
    const sentence = `On Tuesday the council ${'debated the budget again and '.repeat(8)}adjourned.`;
    const title = titleWithout(sentence, 'On Tuesday');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.endsWith('\u2026')).toBe(true);
    expect(title).toMatch(/^The council debated/);
  });

  it.each([
    ['a pair across the cut', `On Tuesday ${'x'.repeat(MAX_TITLE_LENGTH - 2)}\u{1F600}${'y'.repeat(40)} happened.`],
    ['pairs only after the date', `On Tuesday ${'\u{1D400}'.repeat(80)} happened.`],
    ['odd-aligned pairs', `On Tuesday x${'\u{1F600}'.repeat(80)} happened.`],
  ])('never cuts a surrogate pair in half when it shortens a title (%s)', (_name, sentence) => {
    const title = titleWithout(sentence, 'On Tuesday');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.endsWith('\u2026')).toBe(true);
    expect(title.isWellFormed(), JSON.stringify(title)).toBe(true);
  });

  it('capitalises a first letter written as a surrogate pair', () => {
    // U+10428 DESERET SMALL LETTER LONG I; its capital is U+10400.
    expect(titleWithout('On Tuesday \u{10428}t closed the plant for good.', 'On Tuesday')).toBe('\u{10400}t closed the plant for good.');
  });

  it.each([
    ['Prices,,,, on Tuesday, fell sharply across the region.', 'on Tuesday', 'Prices fell sharply across the region.'],
    ['Workers at the plant said it closed on Tuesday \u2014 the union disputes that.', 'on Tuesday', 'Workers at the plant said it closed'],
    [`Workers at the plant said it closed on Tuesday${' '.repeat(50)}\u2014 the union disputes that.`, 'on Tuesday', 'Workers at the plant said it closed'],
    [`Workers at the plant said it closed on Tuesday${'\uFEFF \u3000'.repeat(20)}- the union disputes that.`, 'on Tuesday', 'Workers at the plant said it closed'],
  ])('reads clause breaks and stops however much white space or punctuation runs there: %j', (sentence, words, expected) => {
    expect(titleWithout(sentence, words)).toBe(expected);
  });
});

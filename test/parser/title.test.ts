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
});

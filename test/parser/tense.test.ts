import { describe, expect, it } from 'vitest';
import { tenseReader } from '../../src/parser/tense.js';

function tenseOf(sentence: string, words: string) {
  const start = sentence.indexOf(words);
  return tenseReader(sentence)(start, start + words.length);
}

describe('tenseReader', () => {
  it.each([
    ['The company said on Thursday it had sold the unit.', 'on Thursday', 'past'],
    ['The council will vote Monday.', 'Monday', 'future'],
    ['The council meets Monday to decide.', 'Monday', 'future'],
    ['He said on Tuesday that the plant would close on March 3.', 'on Tuesday', 'past'],
    ['He said on Tuesday that the plant would close on March 3.', 'on March 3', 'future'],
    ['Home sales rose in March.', 'March', 'past'],
    ['The talks are expected to resume in March.', 'March', 'future'],
    ['Talks in March.', 'March', 'unknown'],
  ] as const)('%s (%s) is %s', (sentence, words, expected) => {
    expect(tenseOf(sentence, words)).toBe(expected);
  });
});

/**
 * What the byline-label and attribution readings decide, pinned where they were rewritten to run in linear
 * time (see linear-time.test.ts): a label's spacing and colon, and which attribution clause a date is in.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/parser/locales/en/boilerplate.js';
import { tenseReader } from '../../src/parser/locales/en/tense.js';

describe('byline labels', () => {
  it.each([
    ['Published Feb. 16, 2022', true],
    ['Published  :  Feb. 16, 2022', true],
    ['Updated on Jan. 5', true],
    ['Posted\t\t3 hours ago', true],
    ['Last modified: Mon Jan 5', true],
    [`Published${'\t'.repeat(500)}Feb. 16, 2022`, true],
    // The label must be followed by white space before the date, and by a date.
    ['Published :Feb. 16', false],
    ['Published:Feb. 16', false],
    ['Published in March', false],
    [`Published${' '.repeat(500)}in March`, false],
  ])('%j is boilerplate: %s', (line, expected) => {
    expect(isBoilerplate(line)).toBe(expected);
  });
});

function tensesOf(sentence: string, ...dates: string[]): string[] {
  const tenseAt = tenseReader(sentence);
  return dates.map((words) => {
    const start = sentence.indexOf(words);
    return tenseAt(start, start + words.length);
  });
}

describe('attribution clauses', () => {
  it('reads each date by the verbs outside the attributions, in a sentence with several', () => {
    const sentence = 'The storm will reach the coast on Wednesday, forecasters said, and it hit land on Thursday, officials said, as warned on Friday.';
    expect(tensesOf(sentence, 'on Wednesday', 'on Thursday', 'on Friday')).toEqual(['future', 'past', 'past']);
  });

  it('reads a date inside an attribution by its verb', () => {
    const sentence = 'He said, on Monday, that the plant, the company said, would close on Friday, officials told reporters.';
    expect(tensesOf(sentence, 'on Monday', 'on Friday')).toEqual(['past', 'future']);
  });

  it('reads a date in the closing attribution by the verb there', () => {
    const sentence = 'The plant will close in March, the company said on Tuesday.';
    expect(tensesOf(sentence, 'in March', 'on Tuesday')).toEqual(['future', 'past']);
  });
});

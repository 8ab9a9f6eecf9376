/**
 * The story merge's threshold, both ways, on the labelled pairs of test/fixtures/story-pairs.ts: each
 * pair is a story of two one-sentence articles, read by buildStory as a user would.
 */
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story/index.js';
import { compatibleDates } from '../../src/story/same-happening.js';
import { similarity, statementWords } from '../../src/story/statement-words.js';
import { extractEvents } from '../../src/parser/index.js';
import { REPORT_PAIRS } from '../fixtures/story-pairs.js';

describe('one happening told twice', () => {
  it.each(REPORT_PAIRS.filter((pair) => pair.same).map((pair) => [pair.name, pair] as const))('%s: one event', (_, pair) => {
    const story = buildStory([pair.a, pair.b]);
    const told = story.filter((event) => event.sources!.length === 2);
    expect(told, JSON.stringify(story.map((event) => [event.date, event.title]))).toHaveLength(1);
    expect(told[0]!.sources!.map((source) => source.article)).toEqual(['a1', 'a2']);
  });
});

describe('events of the same day that are not the same', () => {
  it.each(REPORT_PAIRS.filter((pair) => !pair.same).map((pair) => [pair.name, pair] as const))('%s: two events', (_, pair) => {
    const story = buildStory([pair.a, pair.b]);
    // The pair's dates are the same day: only the statements keep them apart.
    const [a, b] = [extractEvents(pair.a.text, { published: pair.a.published })[0]!, extractEvents(pair.b.text, { published: pair.b.published })[0]!];
    expect(compatibleDates(a, b)).toBe(true);
    expect(story.every((event) => event.sources!.length === 1)).toBe(true);
  });
});

describe('statement words', () => {
  it('weighs names and numbers, and leaves out the date words and function words', () => {
    const sentence = 'The Harlan River crested at 31 feet in Pineville on Tuesday.';
    const at = sentence.indexOf('on Tuesday');
    const words = statementWords(sentence, [[at, at + 'on Tuesday'.length]]);
    // The opening word is no name; stems are cut alike on both sides ("Pineville", "pinevill").
    expect(Object.fromEntries(words)).toEqual({ harlan: 2, river: 2, crest: 1, 31: 2, feet: 1, pinevill: 2 });
  });

  it('gives 1 for the same words and 0 for none shared', () => {
    const words = statementWords('Voters approved the bond.');
    expect(similarity(words, words)).toBe(1);
    expect(similarity(words, statementWords('Oil prices rose.'))).toBe(0);
  });
});

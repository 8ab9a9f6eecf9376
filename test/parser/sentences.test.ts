import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../src/parser/sentences.js';

const texts = (input: string) => splitSentences(input).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('keeps AP abbreviations, titles and clock times inside the sentence', () => {
    expect(texts('The talks ended on Feb. 3 in Geneva. Gov. Smith said at 9 a.m. Tuesday that he would go.')).toEqual([
      'The talks ended on Feb. 3 in Geneva.',
      'Gov. Smith said at 9 a.m. Tuesday that he would go.',
    ]);
  });

  it('ends a sentence after a clock time followed by a new sentence', () => {
    expect(texts('The meeting began at 9 a.m. The vote followed.')).toEqual(['The meeting began at 9 a.m.', 'The vote followed.']);
  });

  it('treats lines as boundaries and reports offsets into the input', () => {
    const input = 'Headline without a stop\n  First line. "Quoted second," he said.\n';
    const sentences = splitSentences(input);
    expect(sentences.map((s) => s.text)).toEqual(['Headline without a stop', 'First line.', '"Quoted second," he said.']);
    for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts a run with no boundary into bounded pieces', () => {
    const input = 'word '.repeat(2000);
    const sentences = splitSentences(input);
    expect(sentences.length).toBeGreaterThan(4);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(input.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

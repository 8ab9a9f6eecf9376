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

  it('ends a sentence before any capital, after a closing curly quote, and before an opening one, "¿" or "¡"', () => {
    expect(texts('Il debito è cresciuto. È chiuso. “Bien,” dijo. ¿Qué pasará? ¡Nada! “Wir gehen.” Österreich folgt.')).toEqual([
      'Il debito è cresciuto.',
      'È chiuso.',
      '“Bien,” dijo.',
      '¿Qué pasará?',
      '¡Nada!',
      '“Wir gehen.”',
      'Österreich folgt.',
    ]);
    expect(texts("They will protest this summer. ``We are not going to be left alone,'' he said.")).toEqual([
      'They will protest this summer.',
      "``We are not going to be left alone,'' he said.",
    ]);
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

  it('ends a sentence after a run of stops of any mix, and only before a new sentence', () => {
    expect(texts('Wow!!! Next one?!\u2026 Yes.... "Really?!" Then (they left.) Done')).toEqual([
      'Wow!!!',
      'Next one?!\u2026 Yes....',
      '"Really?!"',
      'Then (they left.)',
      'Done',
    ]);
    expect(texts('Stop!!!!!lower case. Next.')).toEqual(['Stop!!!!!lower case.', 'Next.']);
    // A run longer than a sentence may be is cut into pieces; the sentence after it starts after it.
    expect(texts(`It rose${'.'.repeat(5000)} Then it fell.`)).toEqual([
      `It rose${'.'.repeat(MAX_SENTENCE_LENGTH - 7)}`,
      '.'.repeat(MAX_SENTENCE_LENGTH),
      '.'.repeat(5007 - 2 * MAX_SENTENCE_LENGTH),
      'Then it fell.',
    ]);
  });

  it.each([
    ['a pair right at the limit', `${'a'.repeat(MAX_SENTENCE_LENGTH - 1)}\u{1F600}${'b'.repeat(3000)}`],
    ['pairs only, odd-aligned', `x${'\u{1D400}'.repeat(3000)}`],
    ['spaces only early in the piece', `${'\u{1F600} '.repeat(100)}x${'\u{1F602}'.repeat(2000)}`],
  ])('never cuts a surrogate pair in half where it cuts a long run (%s)', (_name, input) => {
    const sentences = splitSentences(input);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(input.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.isWellFormed(), `piece at ${s.start}-${s.end} has a lone surrogate`).toBe(true);
    }
    expect(sentences.map((s) => s.text).join('').replaceAll(' ', '')).toBe(input.replaceAll(' ', ''));
  });

  it('cuts a run without spaces at the limit, and at a space only in the second half of a piece', () => {
    expect(splitSentences('x'.repeat(5 * MAX_SENTENCE_LENGTH)).map((s) => [s.start, s.end])).toEqual(
      [0, 1, 2, 3, 4].map((k) => [k * MAX_SENTENCE_LENGTH, (k + 1) * MAX_SENTENCE_LENGTH]),
    );
    const late = `${'x'.repeat(1500)} ${'y'.repeat(1000)}`;
    expect(splitSentences(late).map((s) => [s.start, s.end])).toEqual([
      [0, 1500],
      [1501, 2501],
    ]);
    const early = `${'x'.repeat(500)} ${'y'.repeat(2000)}`;
    expect(splitSentences(early).map((s) => [s.start, s.end])).toEqual([
      [0, MAX_SENTENCE_LENGTH],
      [MAX_SENTENCE_LENGTH, 2501],
    ]);
  });
});

import type { Unit, Vocabulary } from './vocabulary.js';

/**
 * Whole words in any script: JavaScript's `\b` knows only ASCII letters, so it finds no edge after "mês"
 * or before "été". These look-arounds do.
 */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
export const WORD_END = '(?![\\p{L}\\p{N}_])';

/** A pattern of whole words, case-insensitive and Unicode-aware. */
export const wordPattern = (source: string, flags = ''): RegExp => new RegExp(`${WORD_START}(?:${source})${WORD_END}`, `iu${flags}`);

/** Which of the given units a word is, by the vocabulary's forms of each. */
export function unitReader<U extends Unit>(words: Vocabulary, units: readonly U[]): (word: string) => U {
  const forms = units.map((unit) => [unit, new RegExp(`^(?:${words.units[unit]})$`, 'iu')] as const);
  return (word) => forms.find(([, pattern]) => pattern.test(word))![0];
}

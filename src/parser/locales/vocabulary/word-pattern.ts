import type { Unit, Vocabulary } from './vocabulary.js';

/**
 * Whole words in any script: JavaScript's `\b` knows only ASCII letters, so it finds no edge after "mês"
 * or before "été". These look-arounds do.
 */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
export const WORD_END = '(?![\\p{L}\\p{N}_])';

/** A pattern of whole words, case-insensitive and Unicode-aware. */
export const wordPattern = (source: string, flags = ''): RegExp => new RegExp(`${WORD_START}(?:${source})${WORD_END}`, `iu${flags}`);

/** Which of the alternations a word matches whole, as its index: a month's number less one, a quarter's. */
export function formReader(forms: readonly string[]): (word: string) => number {
  const patterns = forms.map((form) => new RegExp(`^(?:${form})$`, 'iu'));
  return (word) => patterns.findIndex((pattern) => pattern.test(word));
}

/** Which of the given units a word is, by the vocabulary's forms of each. */
export function unitReader<U extends Unit>(words: Vocabulary, units: readonly U[]): (word: string) => U {
  const indexOf = formReader(units.map((unit) => words.units[unit]));
  return (word) => units[indexOf(word)]!;
}

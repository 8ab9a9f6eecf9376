/**
 * The words a statement says nothing with, for the languages loaded on demand: each language's grammar
 * (src/parser/locales/) registers its own when it loads, and the story merge (src/story/statement-words.ts)
 * compares sentences without them. Here, below both, so that neither imports the other.
 */
import { baseLanguage } from './language-tag.js';

const FUNCTION_WORDS = new Map<string, ReadonlySet<string>>();

export function registerFunctionWords(language: string, words: ReadonlySet<string>): void {
  FUNCTION_WORDS.set(language, words);
}

/** A loaded language's function words, by a BCP 47 tag's base subtag; undefined for English and for languages not loaded. */
export const functionWordsOf = (tag: string | undefined): ReadonlySet<string> | undefined =>
  tag === undefined ? undefined : FUNCTION_WORDS.get(baseLanguage(tag));

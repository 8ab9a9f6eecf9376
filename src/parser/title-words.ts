/**
 * The word classes the title rules read: verbs, pronouns, determiners, function words. Telling a
 * clause from a phrase by its words, without parsing, needs only a few of each: the auxiliaries, the
 * past forms news tells events with, and the words that cannot carry a headline alone.
 */
import { DETERMINERS as DETERMINER_LIST, FUNCTION_WORDS as FUNCTION_WORD_LIST, IRREGULAR_PAST, NOT_PAST_IN_ED, PERSONAL_PRONOUNS, wordSet } from './english-words.js';

// The auxiliaries, the past forms that do not end in -ed, and the present forms of news's commonest verbs.
const FINITE_VERBS = wordSet(
  `is are was were be been has have had will would could can should may might must did does do won't wasn't didn't ${IRREGULAR_PAST} says expects plans`,
);
export const DETERMINERS = wordSet(DETERMINER_LIST);
export const FUNCTION_WORDS = wordSet(FUNCTION_WORD_LIST);
// "It passed." says nothing on its own; "Dorsey resigned." does.
const PRONOUNS = wordSet(`${PERSONAL_PRONOUNS} this that these those there`);
const NOT_PAST = wordSet(NOT_PAST_IN_ED);

/** An opening phrase: a preposition and its words ("In contrast to Thursday", "Under the deal"). */
export const OPENING_PHRASE = /^(?:in|under|on|at|after|by|for|with|during|since|before|despite|among)\s/i;

/** An auxiliary or a past form that is no participle in -ed. */
export const isFiniteVerb = (word: string) => FINITE_VERBS.has(word.toLowerCase());

/** A past form or an auxiliary: enough to tell a clause from a phrase, without parsing. */
export const isVerbLike = (word: string) => isFiniteVerb(word) || (/^[a-z]+ed$/.test(word.toLowerCase()) && !NOT_PAST.has(word.toLowerCase()));

export const isPronoun = (word: string | undefined) => word !== undefined && PRONOUNS.has(word.toLowerCase().replace(/['\u2019]s$/, ''));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.$%-]*/gu;

/** Whether `test` holds for a word of `text`, tried in text order until it does. `test` reads no other text's words. */
export function someWord(text: string, test: (word: string) => boolean): boolean {
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) if (test(match[0])) return true;
  return false;
}

/** The first `max` (one or more) words of `text`. */
export function firstWords(text: string, max: number): string[] {
  const words: string[] = [];
  someWord(text, (word) => words.push(word) >= max);
  return words;
}


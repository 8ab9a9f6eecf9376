/**
 * The word classes the title rules read: verbs, pronouns, determiners, function words. Telling a
 * clause from a phrase by its words, without parsing, needs only a few of each: the auxiliaries, the
 * past forms news tells events with, and the words that cannot carry a headline alone.
 */

const AUXILIARY = new Set(
  "is are was were be been has have had will would could can should may might must did does do won't wasn't didn't".split(' '),
);
// Past forms that do not end in -ed, the ones news tells events with.
const IRREGULAR_VERBS = new Set(
  'said says told made took began fell rose left held spent sent lost won paid sold bought built brought found gave went came saw struck grew knew kept led met ran shut hit thought wrote spoke stood drew broke chose drove flew threw became got heard shot fought caught fled swept sank forecast expects plans'.split(' '),
);
const ADJECTIVE_IN_ED = new Set(['red', 'need', 'bed', 'hundred', 'united', 'limited', 'indeed', 'seed', 'shed']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);
export const FUNCTION_WORDS = new Set(['in', 'on', 'at', 'to', 'of', 'for', 'by', 'from', 'with', 'the', 'a', 'an', 'and', 'or', 'but', 'as', 'than', 'into']);
// "It passed." says nothing on its own; "Dorsey resigned." does.
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there']);

/** An opening phrase: a preposition and its words ("In contrast to Thursday", "Under the deal"). */
export const OPENING_PHRASE = /^(?:in|under|on|at|after|by|for|with|during|since|before|despite|among)\s/i;

/** An auxiliary or a past form that is no participle in -ed. */
export const isFiniteVerb = (word: string) => AUXILIARY.has(word.toLowerCase()) || IRREGULAR_VERBS.has(word.toLowerCase());

/** A past form or an auxiliary: enough to tell a clause from a phrase, without parsing. */
export const isVerbLike = (word: string) => isFiniteVerb(word) || (/^[a-z]+ed$/.test(word.toLowerCase()) && !ADJECTIVE_IN_ED.has(word.toLowerCase()));

export const isPronoun = (word: string | undefined) => word !== undefined && PRONOUNS.has(word.toLowerCase().replace(/['\u2019]s$/, ''));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.$%-]*/gu;

/** The first `max` words of `text`. */
export function firstWords(text: string, max: number): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match && words.length < max; match = WORD.exec(text)) words.push(match[0]);
  return words;
}


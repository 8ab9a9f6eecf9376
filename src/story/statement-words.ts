/**
 * What a sentence says, as weighted words, for telling whether two articles' sentences state the same
 * happening. Names and numbers say most about which happening it is ("Harlan County", "31 feet"), so
 * they weigh more; function words, the date words themselves and attributions ("officials said") say
 * nothing about it. Words are cut to a crude stem so that "will meet ... to vote" and "met ... and voted"
 * share most of theirs.
 */
import { functionWordsOf } from '../model/function-words.js';

const STOP_WORDS = new Set(
  (
    'a an the and or but of in on at to for by from with as than into onto over under after before since until about ' +
    'is are was were be been being has have had will would could can should may might must do does did not no ' +
    'it its he she they we i you his her their our this that these those there here who which what when where ' +
    'said says say told according also more most some all any other new one two three last next this week year ' +
    'day month today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december jan feb aug sept oct nov dec'
  ).split(' '),
);

// Irregular forms news uses of the verbs that tell most events, to their base form.
const BASE_FORMS: Record<string, string> = { met: 'meet', began: 'begin', begun: 'begin', held: 'hold', won: 'win', lost: 'lose', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', left: 'leave', took: 'take', taken: 'take', made: 'make', gave: 'give', given: 'give', struck: 'strike', sold: 'sell', paid: 'pay', ran: 'run', shot: 'shoot', fled: 'flee', broke: 'break', broken: 'break', spoke: 'speak', chose: 'choose', hit: 'hit' };

/** Weight of a word that names something (capitalised inside its sentence) or counts (a number). */
export const NAME_WEIGHT = 2;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function stem(word: string): string {
  const base = BASE_FORMS[word];
  if (base) return base;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.length >= suffix.length + 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length).replace(/(.)\1$/, '$1').replace(/e$/, '');
  }
  return word.replace(/e$/, '');
}

/** A stretch of a sentence to leave out: `[start, end)`. */
export type Skip = readonly [start: number, end: number];

// Romance and German verbs change their endings more than English's: "aprobará" and "aprobó", "reunirá"
// and "reunió" share their first five letters, a truncation stemmer's cut.
const TRUNCATED_STEM = 5;

/**
 * How a word of the language (a BCP 47 tag; English when none) is stemmed and which words say nothing:
 * another language's function words come with its grammar (see model/function-words.ts).
 */
function wordsOf(lang: string | undefined): { stopWords: ReadonlySet<string>; stemOf: (word: string) => string } {
  const other = functionWordsOf(lang);
  return other ? { stopWords: other, stemOf: (word) => word.slice(0, TRUNCATED_STEM) } : { stopWords: STOP_WORDS, stemOf: stem };
}

/**
 * The sentence's words and their weights, without the stretches in `skip` (its date words and dateline).
 * A word's weight is the highest it has anywhere in the sentence. The opening word counts as a word,
 * not a name: a capital there says nothing ("Schools closed"). `lang` is the article's language.
 */
export function statementWords(sentence: string, skip: readonly Skip[] = [], lang?: string): Map<string, number> {
  const { stopWords, stemOf } = wordsOf(lang);
  const words = new Map<string, number>();
  let first = true;
  for (const match of sentence.matchAll(WORD)) {
    const at = match.index;
    if (skip.some(([from, to]) => at >= from && at < to)) continue;
    const written = match[0].replace(/[.,]+$/, '');
    const isNumber = /^\p{N}/u.test(written);
    const lower = written.toLowerCase().replace(/[\u2019']s$/, '');
    const opening = first;
    first = false;
    if (stopWords.has(lower)) continue;
    const isName = !opening && /^\p{Lu}/u.test(written);
    const key = isNumber ? lower.replace(/,/g, '') : stemOf(lower);
    const weight = isNumber || isName ? NAME_WEIGHT : 1;
    words.set(key, Math.max(words.get(key) ?? 0, weight));
  }
  return words;
}

/** Weighted Jaccard similarity of two word sets: 1 when they are the same, 0 when they share nothing. */
export function similarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let all = 0;
  for (const [word, weight] of a) {
    const other = b.get(word) ?? 0;
    shared += Math.min(weight, other);
    all += Math.max(weight, other);
  }
  for (const [word, weight] of b) if (!a.has(word)) all += weight;
  return all === 0 ? 0 : shared / all;
}

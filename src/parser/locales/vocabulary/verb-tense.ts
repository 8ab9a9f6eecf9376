import type { Tense } from '../../underspecified.js';
import type { Vocabulary } from './vocabulary.js';
import { WORD_END, WORD_START } from './word-pattern.js';

/**
 * Which way a date without its own direction points, read from the verb forms of its sentence: the
 * nearest past form ("se reunió", "a annoncé", "hat gesagt") or future form ("se reunirá", "va
 * annoncer", "wird") decides, as in English (tense.ts), since one sentence often holds both.
 */
// A verb in another clause ("se reunió el lunes y se reunirá el jueves") yields to one in the date's own.
const CLAUSE_BREAK = /[,;:]|\s(?:y|e|et|und|ed|ou|oder|pero|mas|mais|ma|aber|sino|mientras|pendant que)\s/iu;
const OTHER_CLAUSE = 200;

/** The sentence's verb markers, found once, and the tense nearest a stretch of it. */
export function verbTenseReader(words: Vocabulary): (sentence: string) => (start: number, end: number) => Tense {
  const flags = words.verbsCased ? 'gu' : 'giu';
  const participle = words.participle ? `|(?<=,\\s*)\\p{L}{3,}(?:${words.participle})` : '';
  const markers: Array<[RegExp, Tense]> = [
    [new RegExp(`${WORD_START}(?:${words.past}${participle})${WORD_END}`, flags), 'past'],
    [new RegExp(`${WORD_START}(?:${words.future})${WORD_END}`, flags), 'future'],
  ];
  return (sentence) => {
    const found = markers.flatMap(([pattern, tense]) => [...sentence.matchAll(pattern)].map((match) => ({ at: match.index, end: match.index + match[0].length, tense })));
    return (start, end) => {
      let best: Tense = 'unknown';
      let distance = Infinity;
      for (const marker of found) {
        if (marker.at >= start && marker.at < end) continue;
        const between = marker.at < start ? sentence.slice(marker.end, start) : sentence.slice(end, marker.at);
        const away = between.length + (CLAUSE_BREAK.test(between) ? OTHER_CLAUSE : 0);
        // A future form inside a past-looking one ("est prévue le 16 juillet") is the reading that counts.
        if (away < distance || (away === distance && marker.tense === 'future')) {
          distance = away;
          best = marker.tense;
        }
      }
      return best;
    };
  };
}

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * Bounds the work per sentence. Prose names a handful of dates in a sentence; a run of hundreds
 * ("March March March ...") is not prose, and keeping its first ones keeps extraction linear: chrono-
 * node's merging refiners look back over the text before each result. The raw cap, applied to each
 * piece of a sentence before overlapping matches are merged, leaves room for several parsers matching
 * the same words; a sentence then keeps its first MAX_DATES_PER_SENTENCE dates (news-chrono.ts), however
 * many sentences its batch holds.
 */
const MAX_MATCHES_PER_SENTENCE = 200;
export const MAX_DATES_PER_SENTENCE = 50;

export class ResultCapRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.length > MAX_MATCHES_PER_SENTENCE ? results.slice(0, MAX_MATCHES_PER_SENTENCE) : results;
  }
}

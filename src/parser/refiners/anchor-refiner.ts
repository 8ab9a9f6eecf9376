import type { ParsingResult } from 'chrono-node';
import type { SentenceContext, SentenceRefiner } from './sentence-refiner.js';
import { assignPeriod, periodOf } from '../reference.js';
import { ANCHOR_PHRASE_TAG, ANCHORED_IN_SENTENCE_TAG, ANCHORED_TAG, readOffset, shiftPeriod } from '../parsers/relative-offset-parser.js';

/**
 * "A day earlier", "the week before", "a year later" count from the event the sentence already dates
 * ("The vote on Feb. 10 came a day earlier than planned"), and from publication only when it dates none.
 * The anchor is the nearest other dated expression, preferring one that comes before; without one,
 * the discourse step counts definite forms from the story's last date.
 */
export class AnchorRefiner implements SentenceRefiner {
  refine(_context: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result, index) => {
      const tags = result.tags();
      if (!tags.has(ANCHORED_TAG)) return true;
      const anchor =
        results.slice(0, index).reverse().find((other) => !other.tags().has(ANCHORED_TAG)) ??
        results.slice(index + 1).find((other) => !other.tags().has(ANCHORED_TAG));
      const offset = readOffset(result.text);
      // "13 days after the bombings" with no date for the bombings names no date at all.
      if (!anchor) return !tags.has(ANCHOR_PHRASE_TAG);
      if (!offset) return true;
      assignPeriod(result.start, shiftPeriod(periodOf(anchor.start).date, offset.unit, offset.amount));
      result.start.addTag(ANCHORED_IN_SENTENCE_TAG);
      return true;
    });
  }
}

import type { ParsingResult } from 'chrono-node';
import { fixesADate } from '../../../reference.js';
import { WEEKDAYS, WEEKDAY_PATTERN } from '../words.js';
import type { SentenceContext, SentenceRefiner } from '../../../refiners/sentence-refiner.js';

/**
 * chrono-node merges a day part with a following weekday ("through the night on Saturday") into a
 * result that keeps the day part and forgets the weekday. The weekday is what dates the event: it is
 * put back, for the tense refiner to place, and the expression starts at it.
 */
const WEEKDAY = new RegExp(`\\b(?:on\\s+)?(${WEEKDAY_PATTERN})\\b`, 'i');

export class WeekdayRecoveryRefiner implements SentenceRefiner {
  refine(_context: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const start = result.start;
      if (fixesADate(start)) continue;
      const match = WEEKDAY.exec(result.text);
      if (!match) continue;
      start.assign('weekday', WEEKDAYS.indexOf(match[1]!.toLowerCase()));
      // The expression is the weekday's words; "the night" before them was never a date.
      result.index += match.index;
      result.text = result.text.slice(match.index);
    }
    return results;
  }
}

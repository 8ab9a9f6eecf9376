import type { ParsingResult } from 'chrono-node';
import { assignPeriod, periodOf } from '../../../reference.js';
import type { SentenceContext, SentenceRefiner } from '../../../refiners/sentence-refiner.js';

const WEEK_OF_BEFORE = /\b(?:the\s+)?week\s+of\s+$/i;

/**
 * "A hearing the week of March 6" names the week that holds March 6, not the day. Runs once the day's
 * year is settled, then widens the expression and the period to the week.
 */
export class WeekOfRefiner implements SentenceRefiner {
  refine(context: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const before = WEEK_OF_BEFORE.exec(context.text.slice(Math.max(0, result.index - 16), result.index));
      if (!before || result.end) continue;
      const period = periodOf(result.start);
      if (period.granularity !== 'day') continue;
      assignPeriod(result.start, { granularity: 'week', date: period.date });
      result.index -= before[0].length;
      result.text = before[0] + result.text;
    }
    return results;
  }
}

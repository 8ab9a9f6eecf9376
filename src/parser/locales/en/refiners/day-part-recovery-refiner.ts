import type { ParsingResult } from 'chrono-node';
import type { CalendarDate } from '../../../../model/calendar.js';
import { fixesADate } from '../../../reference.js';
import type { SentenceContext, SentenceRefiner } from '../../../refiners/sentence-refiner.js';

/** Reads a piece of text with the grammar, against a publication date. */
export type Reparse = (text: string, published: CalendarDate) => readonly ParsingResult[];

// The day part, the word that hands it its date ("the night of", "the night on"), and the date; or a
// first word and the rest ("morning Oct. 3", "mid-afternoon yesterday").
const DAY_PART_THEN_DATE = /^(.*?\b)(o[fn]\s+)(\S.*)$/is;
const FIRST_WORD_THEN_DATE = /^(\S+\s+)()(\S.*)$/is;

/**
 * chrono-node merges a day part with the date after it ("the night of Oct. 23", "in the morning Oct. 3")
 * into a result that keeps the day part and forgets the date: it would fall on the publication day. Such a result is read again
 * from the date's own words, which then are the expression.
 */
export class DayPartRecoveryRefiner implements SentenceRefiner {
  constructor(private readonly reparse: Reparse) {}

  refine(context: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((result) => {
      if (fixesADate(result.start)) return result;
      const parts = DAY_PART_THEN_DATE.exec(result.text) ?? FIRST_WORD_THEN_DATE.exec(result.text);
      if (!parts) return result;
      const [, dayPart, connector, date] = parts as unknown as [string, string, string, string];
      const [recovered] = this.reparse(date, context.published);
      if (!recovered || recovered.index !== 0 || !fixesADate(recovered.start)) return result;
      // "on Saturday" keeps its "on", as chrono-node's own expressions do; "of Oct. 23" loses its "of".
      const start = dayPart.length + (/^on/i.test(connector) ? 0 : connector.length);
      const end = dayPart.length + connector.length + recovered.text.length;
      recovered.index = result.index + start;
      recovered.text = result.text.slice(start, end);
      return recovered as ParsingResult;
    });
  }
}

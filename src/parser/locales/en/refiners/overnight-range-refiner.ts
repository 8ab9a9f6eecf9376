import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, type CalendarDate } from '../../../../model/calendar.js';
import { dateOf } from '../../../reference.js';

/**
 * chrono-node's refiner that joins a date and a clock time ("Feb. 15 from 10 p.m. to 2 a.m.") moves the
 * end of a clock range that passes midnight to the next day, but counts that day on the machine's clock:
 * in Los Angeles the 2 a.m. stayed on Feb. 15 and the range was lost. This runs chrono-node's refiner and
 * sets the end's day again on the calendar: the date's day, or the next one when the end's clock time
 * comes before the start's, each part as certain as the date's (a year left open stays open for the
 * tense refiner to place both ends).
 */
const DATE_PARTS = ['year', 'month', 'day'] as const;

export class OvernightRangeRefiner implements Refiner {
  constructor(private readonly dateTimeMerge: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const refined = this.dateTimeMerge.refine(context, results);
    if (refined.length === results.length) return refined;
    // Results never overlap here (overlaps are removed first): an index names one input.
    const position = new Map(results.map((result, at) => [result.index, at]));
    return refined.map((merged) => {
      const at = position.get(merged.index);
      const end = merged.end;
      if (at === undefined || results[at] === merged || !end) return merged;
      // Which of the two was the date, as chrono-node's refiner tells them apart.
      const date = results[at]!.start.isOnlyDate() ? results[at] : results[at + 1];
      // A date range gives its end its own day ("Feb. 15-16 at 10 p.m.").
      if (!date || date.end) return merged;
      // Certain where the date was: chrono-node's refiner also fixes a year the text left open.
      const set = (day: CalendarDate) => {
        for (const part of DATE_PARTS) {
          if (merged.start.isCertain(part)) end.assign(part, day[part]);
          else {
            end.delete(part);
            end.imply(part, day[part]);
          }
        }
      };
      const day = dateOf(merged.start);
      set(day);
      // Both carry the article's zone (or the one the text names), so the comparison is the text's own.
      if (end.date().getTime() < merged.start.date().getTime()) set(addDays(day, 1));
      return merged;
    });
  }
}

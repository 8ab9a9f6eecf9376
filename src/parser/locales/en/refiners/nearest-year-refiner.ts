import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { publicationOf } from '../../../reference.js';
import { nearestYear } from '../../../underspecified.js';

/**
 * A date the text gave without its year ("Nov. 1", "3/4") gets the year that puts it nearest publication,
 * as chrono-node's parsers guess it, but counted on the calendar. Theirs start from the reference instant
 * on the machine's clock, which is the next day east of +12 and, by a quirk of month arithmetic, picks
 * another year for a date about six months away (published May 31, "Nov. 1" was 2021 under UTC and 2022
 * in Chatham). The guess matters before the tense refiner places the date: chrono-node's refiners merge
 * and order ranges and offsets by it.
 */
function guessYear(components: ParsingComponents | undefined, context: ParsingContext): void {
  if (!components || !components.isCertain('month') || components.isCertain('year')) return;
  components.imply('year', nearestYear(publicationOf(context), components.get('month')!, components.get('day')!));
}

export class NearestYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      guessYear(result.start, context);
      guessYear(result.end, context);
    }
    return results;
  }
}

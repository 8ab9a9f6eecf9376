import type { Parser, ParsingContext } from 'chrono-node';
import { publicationOf } from '../../reference.js';
import { WORD_END, WORD_START } from './word-pattern.js';

/** The weekend read: its Saturday opens it, and the open-date refiner closes it on the Sunday after. */
export const WEEKEND_TAG = 'nt/weekend';

const SATURDAY = 6;

/**
 * "am Wochenende", "vergangenes Wochenende", "am kommenden Wochenende": Saturday and Sunday, the weekend
 * before or after publication as the modifier or the sentence's tense points, as a weekday is placed
 * (see open-date-refiner.ts).
 */
export class WeekendParser implements Parser {
  private readonly regex: RegExp;

  constructor(weekend: string) {
    this.regex = new RegExp(`${WORD_START}(?:${weekend})${WORD_END}`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext) {
    const { year, month, day } = publicationOf(context);
    return context.createParsingComponents({ weekday: SATURDAY }).imply('year', year).imply('month', month).imply('day', day).addTag(WEEKEND_TAG);
  }
}

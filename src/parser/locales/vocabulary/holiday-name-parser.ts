import type { Parser, ParsingContext } from 'chrono-node';
import { publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { formReader, WORD_END, WORD_START } from './word-pattern.js';

/**
 * A fixed-date holiday named: "Navidad", "Noël", "Natale", "Natal", "Silvester". Its day without a year,
 * as "Dec. 25" would be: the sentence's tense gives the year (see open-date-refiner.ts).
 */
/** A holiday is named, not set: it is no deadline (see open-date-refiner.ts). */
export const HOLIDAY_NAME_TAG = 'news-timeline/holiday-name';

export class HolidayNameParser implements Parser {
  private readonly regex: RegExp;
  private readonly days: ReadonlyArray<readonly [month: number, day: number]>;
  private readonly holidayOf: (word: string) => number;

  constructor(words: Vocabulary) {
    const names = Object.keys(words.holidays);
    this.regex = new RegExp(`${WORD_START}(${names.join('|')})${WORD_END}`, 'iu');
    this.days = names.map((name) => words.holidays[name]!);
    this.holidayOf = formReader(names);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [month, day] = this.days[this.holidayOf(match[1]!)]!;
    return context.createParsingComponents({ month, day }).imply('year', publicationOf(context).year).addTag(HOLIDAY_NAME_TAG);
  }
}

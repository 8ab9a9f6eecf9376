import type { Parser, ParsingContext } from 'chrono-node';
import { publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { formReader, WORD_END, WORD_START } from './word-pattern.js';

/**
 * German glues the part of the day to its weekday: "am Montagabend", "Dienstagmorgen". chrono-node reads
 * the weekday only as a word of its own; this reads the compound as that weekday, its week left to the
 * sentence's tense as a weekday alone is (see open-date-refiner.ts).
 */
export class WeekdayPartParser implements Parser {
  private readonly regex: RegExp;
  private readonly weekdayOf: (word: string) => number;

  constructor(weekdays: Vocabulary['weekdays'], dayParts: string) {
    this.regex = new RegExp(`${WORD_START}(${weekdays.join('|')})(?:${dayParts})${WORD_END}`, 'iu');
    this.weekdayOf = formReader(weekdays);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const { year, month, day } = publicationOf(context);
    return context.createParsingComponents({ weekday: this.weekdayOf(match[1]!) }).imply('year', year).imply('month', month).imply('day', day);
  }
}

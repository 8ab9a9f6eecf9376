import type { Parser, ParsingContext } from 'chrono-node';
import { publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { formReader, WORD_END, WORD_START } from './word-pattern.js';

/**
 * The first of days listed before their month: "tra il 27 e il 30 di maggio", "les 6 et 13 avril", "los
 * días 6 y 13 de abril", "am 6. und 13. April". chrono-node reads the last with its month and drops the
 * first; this gives it the month named after the list, its year left open as chrono-node's day is (see
 * open-date-refiner.ts).
 */
export class DayListParser implements Parser {
  private readonly regex: RegExp;
  private readonly monthOf: (word: string) => number;

  constructor(words: Vocabulary) {
    const names = words.months.map((forms) => forms.split('|')[0]!);
    // A preposition may join the day to its month ("30 di maggio", "13 de abril").
    const day = `\\d{1,2}\\.?\\s+(?:\\p{L}{1,2}\\s+)?`;
    this.regex = new RegExp(
      `${WORD_START}(\\d{1,2})\\.?(?=\\s+(?:${words.and})\\s+(?:(?:${words.determiners})\\s*)?${day}(${names.join('|')})${WORD_END})`,
      'iu',
    );
    this.monthOf = formReader(names);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    return context.createParsingComponents({ day, month: this.monthOf(match[2]!) + 1 }).imply('year', publicationOf(context).year);
  }
}

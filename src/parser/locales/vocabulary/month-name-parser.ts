import type { Parser, ParsingContext } from 'chrono-node';
import { isValidCalendarDate } from '../../../model/calendar.js';
import { periodComponents, publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { statedYear } from './stated-year.js';
import { formReader, WORD_END, WORD_START } from './word-pattern.js';

const DAY_BEFORE = /\d(?:\.|[°º*]|er|re)?\s+(?:\p{L}{1,2}\s+)?$/u;

/**
 * A month named alone or with its year (see stated-year.ts): "en enero", "janeiro de 1990", "im März
 * 2022", "junho do ano passado", "el pasado mes de marzo", and the day before a month with its year ("il
 * 26 febbraio del 1993").
 * chrono-node's Portuguese and German grammars read a month only with its day. A month without a year is
 * left open (its year comes from the sentence's tense, see open-date-refiner.ts); abbreviations need
 * their year.
 */
export class MonthNameParser implements Parser {
  private readonly regex: RegExp;
  private readonly monthOf: (word: string) => number;
  private readonly year: ReturnType<typeof statedYear>;

  constructor(words: Vocabulary) {
    // Full names only (the first form of each): "mar" is the sea, "set" a set.
    const names = words.months.map((forms) => forms.split('|')[0]!);
    this.year = statedYear(words);
    // "il 26 febbraio del 1993": chrono-node reads a day with its month and year only when nothing joins them.
    const day = '(\\d{1,2})\\.?[°º]?\\s+(?:\\p{L}{1,2}\\s+)?';
    // "el pasado mes de marzo", "nel mese di maggio", "le mois de mars dernier": the month, not the month
    // before or after publication; the modifier, inside the expression, points it as it points a month alone.
    const step = `(?:${words.previous}|${words.next})`;
    const monthNoun = `(?:(?:${words.determiners})\\s*)?(?:${step}\\s+)?(?:${words.units.month})\\s+(?:d[ei]\\s+|d['\u2019]\\s*)?`;
    this.regex = new RegExp(`${WORD_START}(?:${day}|${monthNoun})?(${names.join('|')})(?:\\s+${step})?${this.year.pattern}?${WORD_END}`, 'iu');
    this.monthOf = formReader(names);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = this.monthOf(match[2]!) + 1;
    const published = publicationOf(context).year;
    const year = this.year.read(match.slice(3), published);
    const day = match[1] === undefined ? undefined : Number(match[1]);
    // "le 26 septembre dernier", "1er septembre prochain": chrono-node's day, not our month ("septembre dernier") beside it.
    if (day === undefined && DAY_BEFORE.test(context.text.slice(Math.max(0, match.index! - 8), match.index))) return null;
    if (day !== undefined) {
      // A day without its year is chrono-node's to read, as it reads one alone.
      if (year === undefined || !isValidCalendarDate(year, month, day)) return null;
      return periodComponents(context, { granularity: 'day', date: { year, month, day } });
    }
    if (year !== undefined) return periodComponents(context, { granularity: 'month', date: { year, month, day: 1 } });
    const components = context.createParsingComponents({ month });
    components.imply('year', published).imply('day', 1);
    return components;
  }
}

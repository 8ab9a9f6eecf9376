import type { Parser, ParsingContext } from 'chrono-node';
import { focusTag } from '../../focus-tags.js';
import { periodComponents, publicationOf } from '../../reference.js';
import { statedYear } from './stated-year.js';
import type { Vocabulary } from './vocabulary.js';
import { WORD_END, WORD_START } from './word-pattern.js';

/**
 * "o período homólogo do ano passado", "il corrispondente periodo 1993", "el mismo trimestre del año
 * anterior": earnings news compares with the period under discussion in another year. That quarter in the
 * year named, as "the year-ago period" is in English (focus-tags.ts); the year itself when no quarter is
 * under discussion.
 */
export class SamePeriodParser implements Parser {
  private readonly regex: RegExp;
  private readonly year: ReturnType<typeof statedYear>;

  constructor(words: Vocabulary, samePeriod: string) {
    this.year = statedYear(words);
    this.regex = new RegExp(`${WORD_START}(?:${samePeriod})${this.year.pattern}${WORD_END}`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const published = publicationOf(context).year;
    const groups = match.slice(1);
    const year = this.year.read(groups, published);
    if (year === undefined) return null;
    // "last year" said of a quarter is the year before that quarter's, whichever year publication is in.
    const stepBack = groups[0] === undefined && groups[4] === undefined && year < published;
    return periodComponents(context, { granularity: 'year', date: { year, month: 1, day: 1 } }).addTag(focusTag(stepBack ? 'year-ago' : `${year}`));
  }
}

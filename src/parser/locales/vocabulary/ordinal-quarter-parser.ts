import type { Parser, ParsingContext } from 'chrono-node';
import { quarterOf } from '../../../model/calendar.js';
import { periodComponents, publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { statedYear } from './stated-year.js';
import { formReader, WORD_END, WORD_START } from './word-pattern.js';

/**
 * "el tercer trimestre (de 2019)", "primeiro trimestre do próximo ano", "le troisième trimestre", "il primo trimestre 1999", "o terceiro
 * trimestre", "im dritten Quartal". Without a year the year is left open: OpenDateRefiner
 * chooses it, from the quarters news reports results for and the tense.
 */
export class OrdinalQuarterParser implements Parser {
  private readonly regex: RegExp;
  private readonly quarterOf: (word: string) => number;
  private readonly year: ReturnType<typeof statedYear>;

  constructor(words: Vocabulary) {
    this.year = statedYear(words);
    this.regex = new RegExp(`${WORD_START}(${words.quarterOrdinals.join('|')})\\s+(?:${words.units.quarter})${this.year.pattern}?${WORD_END}`, 'iu');
    this.quarterOf = formReader(words.quarterOrdinals);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const quarter = this.quarterOf(match[1]!) + 1;
    const published = publicationOf(context);
    const stated = this.year.read(match.slice(2), published.year);
    const year = stated ?? (quarter <= quarterOf(published.month) ? published.year : published.year - 1);
    return periodComponents(context, { granularity: 'quarter', date: { year, month: quarter * 3 - 2, day: 1 } }, stated !== undefined);
  }
}

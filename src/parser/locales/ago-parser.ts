import type { Parser, ParsingContext } from 'chrono-node';
import { periodComponents, publicationOf } from '../reference.js';
import { stepPeriod } from './relative-unit-parser.js';
import type { Unit, Vocabulary } from './vocabulary.js';
import { unitReader, WORD_END, WORD_START } from './word-pattern.js';

const UNITS = ['day', 'week', 'month', 'year'] as const;

/**
 * A count back from publication: "hace dos años", "há um ano", "il y a trois mois", "due anni fa", "vor
 * einem Jahr". Placed at the unit's granularity, as "two years ago" is.
 */
export class AgoParser implements Parser {
  private readonly regex: RegExp;
  private readonly unitOf: (word: string) => Unit;
  private readonly numbers: Readonly<Record<string, number>>;

  constructor(words: Vocabulary) {
    const count = `(\\d{1,3}|${Object.keys(words.numbers).join('|')})`;
    const unit = `(${UNITS.map((name) => words.units[name]).join('|')})`;
    // A language without one of the two forms gets a branch that never matches, so the groups stay put.
    const before = `(?:${words.agoBefore ?? '(?!)'})\\s+${count}\\s+${unit}`;
    const after = `${count}\\s+${unit}\\s+(?:${words.agoAfter ?? '(?!)'})`;
    this.regex = new RegExp(`${WORD_START}(?:${before}|${after})${WORD_END}`, 'iu');
    this.unitOf = unitReader(words, UNITS);
    this.numbers = words.numbers;
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const count = (match[1] ?? match[3])!;
    const amount = /^\d/.test(count) ? Number(count) : this.numbers[count.toLowerCase()]!;
    return periodComponents(context, stepPeriod(publicationOf(context), this.unitOf((match[2] ?? match[4])!), -amount));
  }
}

import type { Parser, ParsingContext } from 'chrono-node';
import { periodComponents, publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { WORD_START } from './word-pattern.js';

// A count, not a year: "il 45 per cento", "l'85%", "il 92 milioni".
export const QUANTITY_AFTER = '\\s*(?:%|per[\\s-]*cento|anni|mila|milion|miliard|punti|euro|lire|dollar)';
const QUANTITY = new RegExp(`^${QUANTITY_AFTER}`, 'iu');
const LAST_DAY = 31;
const EIGHTIES = /^8\d$/;

/** The year two digits name: the one nearest publication, at most ten years ahead. */
export function yearOfTwoDigits(digits: number, published: number): number {
  const century = Math.floor(published / 100) * 100;
  return [century - 100 + digits, century + digits, century + 100 + digits].filter((candidate) => candidate <= published + 10).at(-1)!;
}

/**
 * Italian names years by their last two digits: "nell'85", "dell' 84", "il 92", "del 93", "il bilancio
 * 85". After an elided article ("l'85") the number is read with a vowel, which only the eighties and
 * eleven have, so it is a year (eleven is too, but "l'11 settembre" is a day); after "il", "del", "nel" a
 * number a day could be ("il 27") stays a day, while no day follows an account's noun ("il bilancio 25").
 */
export class ShortYearParser implements Parser {
  private readonly regex: RegExp;

  constructor(words: Vocabulary) {
    const nouns = words.shortYearNouns ? `|((?:${words.shortYearNouns})\\s)` : '|(?!)()';
    this.regex = new RegExp(`${WORD_START}(?:(?:${words.shortYearBefore})(['\u2019])?${nouns})\\s*(\\d{2})(?![\\p{N}]|[.,/:]\\d)`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [words, elided, noun] = match;
    const written = match[3]!;
    const digits = Number(written);
    if (QUANTITY.test(context.text.slice(match.index! + words.length))) return null;
    if (elided !== undefined ? !EIGHTIES.test(written) : noun === undefined && digits <= LAST_DAY) return null;
    const year = periodComponents(context, { granularity: 'year', date: { year: yearOfTwoDigits(digits, publicationOf(context).year), month: 1, day: 1 } });
    // The article goes with the year ("nell'85"); the noun stays in the title ("il bilancio 85").
    return noun === undefined ? year : context.createParsingResult(match.index! + words.length - written.length, written, year);
  }
}

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
 * 85". After an
 * elided article ("l'85") the number is read with a vowel, which only the eighties and eleven have, so it
 * is a year (eleven is too, but "l'11 settembre" is a day); after "il", "del", "nel" a number a day could be ("il 27") stays a day.
 */
export class ShortYearParser implements Parser {
  private readonly regex: RegExp;

  constructor(words: Vocabulary) {
    this.regex = new RegExp(`${WORD_START}(?:${words.shortYearBefore})(['\u2019])?\\s*(\\d{2})(?![\\p{N}]|[.,/:]\\d)`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const digits = Number(match[2]);
    if (QUANTITY.test(context.text.slice(match.index! + match[0].length))) return null;
    if (match[1] === undefined ? digits <= LAST_DAY : !EIGHTIES.test(match[2]!)) return null;
    return periodComponents(context, { granularity: 'year', date: { year: yearOfTwoDigits(digits, publicationOf(context).year), month: 1, day: 1 } });
  }
}

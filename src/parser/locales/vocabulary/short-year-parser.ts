import type { Parser, ParsingContext } from 'chrono-node';
import { periodComponents, publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { WORD_START } from './word-pattern.js';

// A count, not a year: "il 45 per cento", "l'85%", "il 92 milioni".
const QUANTITY_AFTER = /^\s*(?:%|per[\s-]*cento|anni|mila|milion|miliard|punti|euro|lire|dollar)/iu;
const LAST_DAY = 31;
const EIGHTIES = /^8\d$/;

/**
 * Italian names years by their last two digits: "nell'85", "dell' 84", "il 92", "del 93", "il bilancio
 * 85". After an
 * elided article ("l'85") the number is read with a vowel, which only the eighties and eleven have, so it
 * is a year (eleven is too, but "l'11 settembre" is a day); after "il", "del", "nel" a number a day could be ("il 27") stays a day. The century is the
 * one that puts the year nearest publication, at most ten years ahead.
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
    if (QUANTITY_AFTER.test(context.text.slice(match.index! + match[0].length))) return null;
    if (match[1] === undefined ? digits <= LAST_DAY : !EIGHTIES.test(match[2]!)) return null;
    const published = publicationOf(context).year;
    const century = Math.floor(published / 100) * 100;
    const year = [century - 100 + digits, century + digits, century + 100 + digits].filter((candidate) => candidate <= published + 10).at(-1)!;
    return periodComponents(context, { granularity: 'year', date: { year, month: 1, day: 1 } });
  }
}

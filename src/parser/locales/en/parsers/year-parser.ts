import type { Parser, ParsingContext } from 'chrono-node';
import { pieceAt } from '../../../batch-text.js';
import { monthStartComponents } from '../../../reference.js';
import { YEAR_PATTERN } from '../words.js';

/**
 * Bare years ("in 2014", "since 1984", "the 1996 campaign", "mid-1996", "fiscal 1989") and year ranges
 * ("between 2019 and 2021", "from 2019 to 2021", "2019-2021", and with a dash "1998-99" or "2003-07",
 * the end's century from the start's). AP style writes counts of a thousand and
 * more with a comma ("2,000 troops"), so a comma-less four-digit number is a year unless money, a
 * percentage, an approximation or a unit marks it as a quantity.
 */
const PATTERN = new RegExp(
  `\\b(?<![\\w$£€#.,/:])(?:(between|from)\\s+|(?:in|since|by|until|before|after|during|of|early|late|mid)[\\s-]*)?(?:fiscal\\s+)?(${YEAR_PATTERN})` +
    `(?:\\s*(-|\u2013|to|and|through|until)\\s*(${YEAR_PATTERN}|(?<=[-\u2013]\\s*)\\d{2}(?![-\u2013/]\\d)))?(?!\\w|[.,/:]\\d|'s\\b|-year|\\s*(?:%|percent|per\\b|GMT|UTC|hours|hrs|local time|[a-z]+s (?:per|a)\\b))`,
  'i',
);
const QUANTITY_BEFORE = /(?:\b(?:about|nearly|some|than|over|under|almost|roughly|approximately|total of|no|pages?|room|route|flight|number|code|model|item|(?:up|down|rose|fell) to)\.?|[#$£€+=×x*]|\d[\s,.])\s*$/i;
const EARLIEST_BARE_YEAR = 1500;
// "* 2004 - Protests": a list's bullet opening the text (a sentence, or a piece of a batch), not a
// multiplication sign.
const BULLET = /^\s*[*+]\s+$/;
function opensList(text: string, index: number): boolean {
  const [start] = pieceAt(text, index);
  return index - start <= 8 && BULLET.test(text.slice(start, index));
}

export class YearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    const start = Number(match[2]);
    const introduced = /^[a-z]/i.test(match[0]);
    if (QUANTITY_BEFORE.test(context.text.slice(Math.max(0, index - 16), index)) && !opensList(context.text, index)) return null;
    if (!introduced && start < EARLIEST_BARE_YEAR) return null;
    const result = context.createParsingResult(index, match[0]);
    result.start = monthStartComponents(context, 'year', start);
    // "in both 1990 and 1991" names two years; only "between ... and ..." makes "and" a range.
    if (match[3]?.toLowerCase() === 'and' && match[1]?.toLowerCase() !== 'between') {
      const single = /^\D*\d+/.exec(match[0])![0];
      result.text = single;
      return result;
    }
    if (match[4] !== undefined) {
      // "1998-99", "1999-00": the next year that ends in those two digits.
      const end = match[4].length === 2 ? start - (start % 100) + Number(match[4]) + (Number(match[4]) <= start % 100 ? 100 : 0) : Number(match[4]);
      if (end <= start) return null;
      result.end = monthStartComponents(context, 'year', end);
    } else if (match[1] !== undefined) {
      return null;
    }
    return result;
  }
}

import type { Parser, ParsingContext } from 'chrono-node';
import { publicationOf, monthStartComponents } from '../../../reference.js';
import { ORDINAL_QUARTERS, YEAR_PATTERN, PERIOD_STEP } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * Fiscal and calendar quarters, common in business news: "the third quarter", "third-quarter profit",
 * "the fourth quarter of 1998", "1998's first quarter", "Q3 2021". Without a year the quarter is left
 * in the publication year with its year implied, for the tense refiner to move. "The March quarter" is
 * the quarter that ends in March.
 */
// The ordinals are ORDINAL_QUARTERS' words, so that each one the pattern reads has its quarter.
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(?:the\\s+)?(?:(${YEAR_PATTERN})(?:'s)?\\s+|(last|this|next) year's\\s+|(?:comparable\\s+)?(year-ago|year-earlier)\\s+)?(?:(?:fiscal|calendar)\\s+)?` +
    `(${Object.keys(ORDINAL_QUARTERS).join('|')})[\\s-]+quarter(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(?:(${YEAR_PATTERN})|(last|this|next)\\s+year))?` +
    `|Q([1-4])(?:\\s+(${YEAR_PATTERN}))?)(?![\\w-])`,
  'i',
);

export class QuarterParser implements Parser {
  pattern = keywordGate(['quarter', 'q1', 'q2', 'q3', 'q4'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    // A month is named with a capital: "the march quarter" is no date.
    if (/^(?:march|june|sep|dec)/.test(match[4] ?? '')) return null;
    const quarter = match[4] ? ORDINAL_QUARTERS[match[4].toLowerCase()]! : Number(match[7]);
    const published = publicationOf(context);
    // "the year-ago third quarter" is last year's.
    const relativeYear = match[2] ?? match[6] ?? (match[3] ? 'last' : undefined);
    const statedYear = match[1] ?? match[5] ?? match[8];
    const year = statedYear ? Number(statedYear) : published.year + (relativeYear ? PERIOD_STEP[relativeYear.toLowerCase()]! : 0);
    return monthStartComponents(context, 'quarter', year, quarter * 3 - 2, !!(statedYear || relativeYear));
  }
}

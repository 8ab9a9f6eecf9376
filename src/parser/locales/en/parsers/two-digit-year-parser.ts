import type { Parser, ParsingContext } from 'chrono-node';
import { isValidCalendarDate } from '../../../../model/calendar.js';
import { periodComponents, publicationOf, monthStartComponents } from '../../../reference.js';
import { MONTH_NUMBERS, MONTH_PATTERN } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * Years written with an apostrophe: "Jan. 5, '99", "March '08", "since '85". The century is the one
 * that puts the year nearest before publication, allowing a few years ahead ("the class of '27").
 */
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(${MONTH_PATTERN})\\.?\\s+(?:(\\d{1,2}),?\\s+)?|(?:in|since|of|from|until|by|before|after)\\s+)['\\u2019](\\d{2})(?![\\w'\\u2019])`,
  'i',
);
const YEARS_AHEAD = 20;

function expandTwoDigitYear(digits: number, publishedYear: number): number {
  const century = Math.floor(publishedYear / 100) * 100;
  const year = century + digits;
  return year > publishedYear + YEARS_AHEAD ? year - 100 : year;
}

export class TwoDigitYearParser implements Parser {
  pattern = keywordGate(/['\u2019]\d\d/, PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const year = expandTwoDigitYear(Number(match[3]), publicationOf(context).year);
    if (!match[1]) return monthStartComponents(context, 'year', year);
    const month = MONTH_NUMBERS[match[1].toLowerCase()]!;
    if (!match[2]) return monthStartComponents(context, 'month', year, month);
    const day = Number(match[2]);
    if (!isValidCalendarDate(year, month, day)) return null;
    return periodComponents(context, { granularity: 'day', date: { year, month, day } });
  }
}

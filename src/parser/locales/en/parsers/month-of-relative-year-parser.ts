import type { Parser, ParsingContext } from 'chrono-node';
import { publicationOf, monthStartComponents } from '../../../reference.js';
import { MONTH_NUMBERS, MONTH_PATTERN, PERIOD_STEP } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/** "January this year", "June last year", "March of next year": a month in a year named relative to publication. */
const PATTERN = new RegExp(`\\b(?<![\\w-])(${MONTH_PATTERN})\\.?(?:\\s+of)?\\s+(this|last|next)\\s+year(?![\\w-])`, 'i');

export class MonthOfRelativeYearParser implements Parser {
  pattern = keywordGate(['year'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = MONTH_NUMBERS[match[1]!.toLowerCase()]!;
    const year = publicationOf(context).year + PERIOD_STEP[match[2]!.toLowerCase()]!;
    return monthStartComponents(context, 'month', year, month);
  }
}

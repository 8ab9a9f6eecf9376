import type { Parser, ParsingContext } from 'chrono-node';
import { shiftPeriod } from '../../../offsets.js';
import { periodComponents, publicationOf } from '../../../reference.js';
import { PERIOD_STEP } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * "last week", "this month", "next year", "earlier this month", "late last year", "the current quarter":
 * the whole period, at its own granularity (chrono-node alone reads "last week" as the day seven days back).
 */
// The modifiers are PERIOD_STEP's words, so that each one the pattern reads has its step.
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(?:early|earlier|late|later|mid|(?:at |by )?the (?:start|beginning|end|middle) of)[\\s-]+)?(?:(${Object.keys(PERIOD_STEP).join('|')})\\s+(week|month|year|quarter))(?![\\w-])`,
  'i',
);

export class RelativePeriodParser implements Parser {
  pattern = keywordGate(['week', 'month', 'year', 'quarter'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const step = PERIOD_STEP[match[1]!.toLowerCase()]!;
    const unit = match[2]!.toLowerCase() as 'week' | 'month' | 'year' | 'quarter';
    return periodComponents(context, shiftPeriod(publicationOf(context), unit, step));
  }
}

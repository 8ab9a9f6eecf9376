import type { Parser, ParsingContext } from 'chrono-node';
import { addDays, addMonths, type Period } from '../../../../model/calendar.js';
import { periodComponents, publicationOf } from '../../../reference.js';
import { keywordGate } from './keyword-gate.js';

/**
 * "last week", "this month", "next year", "earlier this month", "late last year", "the current quarter":
 * the whole period, at its own granularity (chrono-node alone reads "last week" as the day seven days back).
 */
const PATTERN =
  /\b(?<![\w-])(?:(?:early|earlier|late|later|mid|(?:at |by )?the (?:start|beginning|end|middle) of)[\s-]+)?(?:(last|this|next|the current|the coming|the previous|the past)\s+(week|month|year|quarter))(?![\w-])/i;

const STEP: Record<string, number> = { last: -1, 'the previous': -1, 'the past': -1, this: 0, 'the current': 0, next: 1, 'the coming': 1 };

export class RelativePeriodParser implements Parser {
  pattern = keywordGate(['week', 'month', 'year', 'quarter'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const step = STEP[match[1]!.toLowerCase()]!;
    const unit = match[2]!.toLowerCase() as 'week' | 'month' | 'year' | 'quarter';
    const published = publicationOf(context);
    const period: Period =
      unit === 'week'
        ? { granularity: 'week', date: addDays(published, 7 * step) }
        : { granularity: unit, date: addMonths(published, step * (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1)) };
    return periodComponents(context, period);
  }
}

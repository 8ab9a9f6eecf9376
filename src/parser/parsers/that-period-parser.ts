import type { Parser, ParsingContext } from 'chrono-node';
import { focusTag } from '../focus-tags.js';
import { periodComponents, publicationOf } from '../reference.js';
import { keywordGate } from './keyword-gate.js';

/**
 * "that day", "later that year", "the same week": the period of the last date the story told. The
 * publication date written here is only a placeholder; the discourse step drops the expression when
 * no date came before.
 */
const PATTERN = /\b(?<![\w-])(?:(?:earlier|later|early|late)\s+)?(?:that|the same)\s+(day|week|month|year)(?![\w-])/i;

export class ThatPeriodParser implements Parser {
  pattern = keywordGate(['that', 'same'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const unit = match[1]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
    return periodComponents(context, { granularity: unit, date: publicationOf(context) }).addTag(focusTag(`that-${unit}`));
  }
}

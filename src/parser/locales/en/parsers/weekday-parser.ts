import type { Parser, ParsingContext } from 'chrono-node';
import { WEEKDAYS, WEEKDAY_PATTERN } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * Spelled-out weekdays, the commonest date in news ("said on Tuesday", "last Friday", "from Monday to
 * Wednesday"), for sentences that need nothing else of chrono-node's grammar. The day is left open for
 * the tense refiner, as chrono-node's own weekday parser leaves it.
 */
const DAY = `(${WEEKDAY_PATTERN})`;
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(?:from\\s+)?(?:on\\s+)?(?:(?:last|next|this|past|coming)\\s+)?${DAY}(?:\\s*(?:-|\\u2013|to|through|until)\\s*${DAY})?)(?![\\w-])`,
  'i',
);

export class WeekdayParser implements Parser {
  pattern = keywordGate(['day'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    // "from" belongs to a range only.
    const text = match[2] ? match[0] : match[0].replace(/^from\s+/i, '');
    const result = context.createParsingResult(match.index! + match[0].length - text.length, text);
    result.start = context.createParsingComponents({ weekday: WEEKDAYS.indexOf(match[1]!.toLowerCase()) });
    if (match[2]) result.end = context.createParsingComponents({ weekday: WEEKDAYS.indexOf(match[2].toLowerCase()) });
    return result;
  }
}

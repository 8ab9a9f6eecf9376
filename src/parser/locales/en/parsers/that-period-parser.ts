import type { Parser, ParsingContext } from 'chrono-node';
import { focusTag } from '../../../focus-tags.js';
import { periodComponents, publicationOf, monthStartComponents } from '../../../reference.js';
import { FULL_MONTHS, MONTH_NUMBERS, SEASON_MONTHS, SEASON_PATTERN } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * "that day", "later that year", "the same week": the period of the last date the story told; "that
 * October" is the month in that date's year, and "that summer" the season. The publication date written here is only a placeholder;
 * the discourse step drops the expression when no date came before. "Later in the day", and in market
 * and sports reports "closed the day up 12 points" and "On the day, ...", are the day being reported.
 */
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(?:(?:earlier|later|early|late)\\s+)?(?:that|the same)\\s+(day|week|month|year|${FULL_MONTHS}|${SEASON_PATTERN})` +
    '|(?:earlier|later)\\s+in\\s+the\\s+day|(?<=\\b(?:closed|ended|finished)\\s+)the\\s+day(?=\\s+(?:up|down|higher|lower|at|with|unchanged)\\b)|on\\s+the\\s+day(?=\\s*,))(?![\\w-])',
  'i',
);

export class ThatPeriodParser implements Parser {
  pattern = keywordGate(['that', 'same', 'the day'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const published = publicationOf(context);
    if (!match[1]) return periodComponents(context, { granularity: 'day', date: published }).addTag(focusTag('the-day'));
    const unit = match[1].toLowerCase();
    // "That October", "that summer": the month or season, in the year of the last date told. Month names
    // are capitalised ("that may change" is a modal); "stocks that fall" and "ideas that spring from"
    // are verbs unless a pause follows.
    const month = MONTH_NUMBERS[unit];
    const season = SEASON_MONTHS[unit];
    if (month ? !/^[A-Z]/.test(match[1]) : /^(?:fall|spring)$/.test(unit) && !/^\s*(?:[,.;:]|$)/.test(context.text.slice(match.index! + match[0].length))) return null;
    if (month || season) {
      return monthStartComponents(context, month ? 'month' : 'season', published.year, month ?? season!).addTag(focusTag('in-that-year'));
    }
    const period = unit as 'day' | 'week' | 'month' | 'year';
    return periodComponents(context, { granularity: period, date: published }).addTag(focusTag(`that-${period}`));
  }
}

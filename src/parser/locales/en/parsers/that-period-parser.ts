import type { Parser, ParsingContext } from 'chrono-node';
import { focusTag } from '../../../focus-tags.js';
import { periodComponents, publicationOf, monthStartComponents } from '../../../reference.js';
import { FULL_MONTHS, MONTH_NUMBERS, MONTH_PATTERN, SEASON_MONTHS, SEASON_PATTERN } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * "that day", "later that year", "the same week": the period of the last date the story told; "that
 * October" is the month in that date's year, "that summer" the season, and "May 4 of that year" or "October that year" that day or month. The publication date written here is only a placeholder;
 * the discourse step drops the expression when no date came before. "Later in the day", and in market
 * and sports reports "closed the day up 12 points" and "On the day, ...", are the day being reported.
 */
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(?:(?:earlier|later|early|late)\\s+)?(?:that|the same)\\s+(day|week|month|year|${FULL_MONTHS}|${SEASON_PATTERN})` +
    `|(${MONTH_PATTERN})\\.?(?:\\s+(\\d{1,2}))?\\s+(?:of\\s+)?that\\s+year` +
    '|(?:earlier|later)\\s+in\\s+the\\s+day|(?<=\\b(?:closed|ended|finished)\\s+)the\\s+day(?=\\s+(?:up|down|higher|lower|at|with|unchanged)\\b)|on\\s+the\\s+day(?=\\s*,))(?![\\w-])',
  'i',
);

export class ThatPeriodParser implements Parser {
  pattern = keywordGate(['that', 'same', 'the day'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const published = publicationOf(context);
    const name = match[1] ?? match[2];
    if (!name) return periodComponents(context, { granularity: 'day', date: published }).addTag(focusTag('the-day'));
    const unit = name.toLowerCase();
    // "That October", "that summer", "in October that year", "On May 4 of that year": the month, season
    // or day, in the year of the last date told. Month names are capitalised ("that may change" is a
    // modal); "stocks that fall" and "ideas that spring from" are verbs unless a pause follows.
    const month = MONTH_NUMBERS[unit];
    const season = SEASON_MONTHS[unit];
    if (month ? !/^[A-Z]/.test(name) : /^(?:fall|spring)$/.test(unit) && !/^\s*(?:[,.;:]|$)/.test(context.text.slice(match.index! + match[0].length))) return null;
    if (month || season) {
      const day = match[3] && periodComponents(context, { granularity: 'day', date: { year: published.year, month: month!, day: +match[3] } });
      return (day || monthStartComponents(context, month ? 'month' : 'season', published.year, month ?? season!)).addTag(focusTag('in-that-year'));
    }
    const period = unit as 'day' | 'week' | 'month' | 'year';
    return periodComponents(context, { granularity: period, date: published }).addTag(focusTag(`that-${period}`));
  }
}

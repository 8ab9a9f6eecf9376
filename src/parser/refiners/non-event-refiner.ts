import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * Drops what chrono-node reads as a date but a timeline must not show: durations ("for 45 minutes"),
 * recurring sets ("every Tuesday"), the present ("now", "right now"), clock times with no day, and words
 * that only look like dates ("she sat down", "troops march", "it may rain").
 */
const DURATION = /^(?:for|within|over|during|throughout)\b/i;
const SUB_DAY_UNIT = /\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b/i;
const SET_BEFORE = /\b(?:every|each|per)\s+(?:other\s+|single\s+)?$/i;
const ABBREVIATED_WEEKDAY = /^(?:on\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$/i;
const LOWER_CASE_MONTH_WORD = /^(?:in\s+)?(?:may|march|sept?|oct|dec|jan|aug|june?|july?)$/;

function isDateless(result: ParsingResult): boolean {
  const start = result.start;
  return !(['year', 'month', 'day', 'weekday'] as const).some((name) => start.isCertain(name));
}

export class NonEventRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const tags = result.tags();
      if (tags.has('casualReference/now')) return false;
      if (DURATION.test(result.text) && (tags.has('result/relativeDate') || SUB_DAY_UNIT.test(result.text))) return false;
      if (tags.has('result/relativeDate') && SUB_DAY_UNIT.test(result.text)) return false;
      if (SET_BEFORE.test(context.text.slice(Math.max(0, result.index - 20), result.index))) return false;
      if (ABBREVIATED_WEEKDAY.test(result.text)) return false;
      if (LOWER_CASE_MONTH_WORD.test(result.text)) return false;
      if (isDateless(result) && ![...tags].some((tag) => tag.startsWith('casualReference/'))) return false;
      return true;
    });
  }
}

import type { ParsingResult } from 'chrono-node';
import { endOf } from '../../../reference.js';
import type { SentenceContext, SentenceRefiner } from '../../../refiners/sentence-refiner.js';

/**
 * Numbers that chrono-node reads as years or dates but the sentence uses otherwise:
 * - a year that is the start of a bigger number ("By 14 April, 20,000 people had fled": no year 2020),
 *   or another day listed ("May 3, 10 and 17": no year 2010): the year goes, the day and month stay,
 *   and the tense refiner gives them their year;
 * - a stock index's name ("the Russell 2000 slipped", "the Stoxx 600"), and a paper's or a show's
 *   ("USA Today", ABC's "This Week With David Brinkley"): "Today" after an acronym ("The IMF Tuesday
 *   raised" is a date), or a date of two title-case words or more, quoted with the rest of a title (a
 *   quotation that opens "Tomorrow," or "Today, we" is speech);
 * - the terms of a rule ("the Friday nearest June 30", "the Saturday closest to Dec. 31"): no date;
 * - a day that names an event of its own year ("the Sept. 11 attacks", "the Jan. 6 riot"): that
 *   year, not the publication's.
 */
const YEAR_AT_END = /,?\s*\d{1,4}$/;
// What makes the digits before it part of a number: thousands, decimals, more digits.
const NUMBER_GOES_ON = /^(?:,\d{3}\b|\.?\d)/;
const INDEX_BEFORE = /\b(?:Russell|S&P|Nasdaq|FTSE|Stoxx|MSCI|Wilshire|Topix|Nikkei|Sensex|Nifty|ASX|Fortune)\s+$/;
const NAME_BEFORE = /\b[A-Z]{2,}\s+$|(["\u201C])$/;
const TITLE_CASE = /^[A-Z]\S* [A-Z]/;
const QUOTED_TITLE_AFTER = /^(?:\s+[A-Z]\S*)*,?["\u201D]/;
const RULE_AFTER = /^\s+(?:nearest|closest to)\s/i;
const RULE_BEFORE = /\b(?:nearest|closest to|nearest to)\s+$/i;

const FAMOUS_DAYS: ReadonlyArray<readonly [day: RegExp, after: RegExp, year: number]> = [
  [/^(?:Sept?\.?|September)\s+11$/i, /^\s*(?:attacks?|terror|hijack|commission|victims|anniversary|memorial)/i, 2001],
  [/^(?:Jan\.?|January)\s+6$/i, /^\s*(?:attack|riot|insurrection|committee|rioters|hearings?|defendants?)/i, 2021],
];

function famousYear(result: ParsingResult, after: string, published: SentenceContext['published']): number | undefined {
  if (result.start.isCertain('year')) return undefined;
  const year = FAMOUS_DAYS.find(([day, follows]) => day.test(result.text) && follows.test(after))?.[2];
  return year && year <= published.year ? year : undefined;
}

// "May 3, 10 and 17": two digits after a day are another day; AP writes a year in full ("May 3, 2010").
const DAY_LISTED = /\d,\s*\d\d$/;

/** `after` is the text after the result: a number's next few characters decide. */
function yearStartsANumber(result: ParsingResult, after: string): boolean {
  return result.start.isCertain('year') && result.start.isCertain('month') && YEAR_AT_END.test(result.text) && (NUMBER_GOES_ON.test(after.slice(0, 4)) || DAY_LISTED.test(result.text));
}

export class NumberNameRefiner implements SentenceRefiner {
  refine(context: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const before = context.text.slice(Math.max(0, result.index - 12), result.index);
      const end = endOf(result);
      const after = context.text.slice(end, end + 24);
      if (/^\d{4}$/.test(result.text) && INDEX_BEFORE.test(before)) return false;
      const name = NAME_BEFORE.exec(before);
      if (name && (name[1] ? TITLE_CASE.test(result.text) && QUOTED_TITLE_AFTER.test(after) : result.text === 'Today')) return false;
      if (RULE_AFTER.test(after) || RULE_BEFORE.test(before)) return false;
      const year = famousYear(result, after, context.published);
      if (year !== undefined) result.start.assign('year', year);
      if (yearStartsANumber(result, after)) {
        result.text = result.text.replace(YEAR_AT_END, '');
        result.start.delete('year');
        result.end = undefined;
      }
      return true;
    });
  }
}

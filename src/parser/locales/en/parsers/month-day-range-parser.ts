import type { Parser, ParsingContext } from 'chrono-node';
import { isValidCalendarDate } from '../../../../model/calendar.js';
import { periodComponents, publicationOf } from '../../../reference.js';
import { nearestYear } from '../../../underspecified.js';
import { MONTH_NUMBERS, MONTH_PATTERN, YEAR_PATTERN } from '../words.js';
import { keywordGate } from './keyword-gate.js';
import { FUNCTION_WORDS, IRREGULAR_PAST, wordSet } from '../../../english-words.js';

/**
 * "May 3-June 21", "(Dec. 28-Jan. 3)", "Sept. 30-Oct. 2, 2021": a range of days across months, written
 * with a dash and no spaces. chrono-node reads "3-June 21" as June 3, 2021, taking the day for a
 * two-digit year. Without a year, each end's is left for the tense refiner, the end's on or after the
 * start's. Two days in a row are a range too: "the summit on April 24 and 25" (chrono-node reads April
 * 24 and leaves "and 25" to the title). Two days further apart are two dates ("hearings on May 3 and
 * 10"): read as one result tagged DAYS_APART_TAG, which RangeSplitRefiner parts.
 */
export const DAYS_APART_TAG = 'nt/days-apart';
const PATTERN = new RegExp(
  `\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:\\s*[-\\u2013]\\s*(${MONTH_PATTERN})\\.?\\s+|\\s+and\\s+)(\\d{1,2})(?![\\d,.:/-]\\d)(?:,\\s*(${YEAR_PATTERN})(?!\\d))?`,
  'i',
);

// "on May 3 and 10 people were hurt": a number a noun follows counts that noun, not days; a
// preposition or a verb may follow a day ("May 3 and 10 in court", "May 3 and 10 drew crowds").
const AFTER_DAY = wordSet(`${FUNCTION_WORDS} ${IRREGULAR_PAST} is are was were will would`);
export const countsANoun = (after: string) => {
  const word = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  return word !== undefined && !AFTER_DAY.has(word) && !word.endsWith('ed');
};

function dayComponents(context: ParsingContext, monthWord: string, dayText: string, year: number | undefined) {
  const month = MONTH_NUMBERS[monthWord.toLowerCase()]!;
  const day = Number(dayText);
  const implied = year ?? nearestYear(publicationOf(context), month, day);
  if (!isValidCalendarDate(implied, month, day)) return undefined;
  // Left open, for the tense refiner to choose.
  return periodComponents(context, { granularity: 'day', date: { year: implied, month, day } }, year !== undefined);
}

export class MonthDayRangeParser implements Parser {
  pattern = keywordGate(/\d(?:\s*[-\u2013]\s*[A-Z]|\s+and\s+\d)/, PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const endMonth = match[3] ?? match[1]!;
    // Month names are capitalised: "may 3" is not a date.
    if (!/^[A-Z]/.test(match[1]!) || !/^[A-Z]/.test(endMonth)) return null;
    const matchEnd = match.index! + match[0].length;
    if (!match[3] && countsANoun(context.text.slice(matchEnd, matchEnd + 24))) return null;
    const year = match[5] === undefined ? undefined : Number(match[5]);
    const start = dayComponents(context, match[1]!, match[2]!, year);
    const end = dayComponents(context, endMonth, match[4]!, year);
    if (!start || !end) return null;
    const result = context.createParsingResult(match.index!, match[0]);
    result.start = start;
    result.end = end;
    if (!match[3] && +match[4]! !== +match[2]! + 1) result.start.addTag(DAYS_APART_TAG);
    return result;
  }
}

import type { Parser, ParsingContext } from 'chrono-node';
import { monthStartComponents } from '../../../reference.js';
import { BELOW_TWENTY, FULL_MONTHS, MONTH_NUMBERS, parseNumber, SEASON_MONTHS, SEASON_PATTERN, TENS, YEAR_PATTERN } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * Years in words, as broadcast transcripts write them: "nineteen ninety-six", "nineteen seventy-nine",
 * "the year two thousand", "two thousand and one"; a month or season of one ("January nineteen
 * ninety-seven", "the winter of nineteen ninety-four"); and a season of a year in digits ("the spring of
 * 2019", "summer 2004"), which chrono-node and the year parser read as the year alone.
 */
const UNIT = BELOW_TWENTY.slice(1, 10).join('|');
// 10-99 in words: "ten" ... "nineteen", "twenty", "ninety-six".
const TWO_DIGITS = `(?:${BELOW_TWENTY.slice(10).join('|')}|(?:${TENS.slice(2).join('|')})(?:[\\s-](?:${UNIT}))?)`;
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(${FULL_MONTHS})\\s+|(?:the\\s+)?(${SEASON_PATTERN})\\s+(?:of\\s+)?)?(?:(${YEAR_PATTERN})|(nineteen|twenty)\\s+(${TWO_DIGITS})|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(${UNIT}|${TWO_DIGITS}))?)(?![\\w-])`,
  'i',
);

// "ninety-six": ninety and six.
const wordsToNumber = (words: string) => words.split(/[\s-]+/).reduce((sum, word) => sum + parseNumber(word), 0);

export class SpelledYearParser implements Parser {
  pattern = keywordGate(['nineteen', 'twenty', 'thousand', ...Object.keys(SEASON_MONTHS)], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [, month, season, digits, century, tens, thousands] = match;
    // Digits are the year parser's but after a season; "two thousand" alone is a year only as "the year
    // two thousand": otherwise it is a count.
    if (digits ? !season : !century && !thousands && !/year/i.test(match[0])) return null;
    const year = digits ? +digits : century ? (century.toLowerCase() === 'nineteen' ? 1900 : 2000) + wordsToNumber(tens!) : 2000 + (thousands ? wordsToNumber(thousands) : 0);
    const word = (month ?? season)?.toLowerCase();
    return monthStartComponents(context, season ? 'season' : month ? 'month' : 'year', year, word && (MONTH_NUMBERS[word] ?? SEASON_MONTHS[word]) || 1);
  }
}

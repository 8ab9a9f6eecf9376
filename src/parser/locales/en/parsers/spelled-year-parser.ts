import type { Parser, ParsingContext } from 'chrono-node';
import { monthStartComponents } from '../../../reference.js';
import { keywordGate } from './keyword-gate.js';

/**
 * Years in words, as broadcast transcripts write them: "nineteen ninety-six", "nineteen seventy-nine",
 * "the year two thousand", "two thousand and one".
 */
// The numbers below twenty, each at its value (TENS below too).
const BELOW_TWENTY = [
  '', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT = BELOW_TWENTY.slice(1, 10).join('|');
// 10-99 in words: "ten" ... "nineteen", "twenty", "ninety-six".
const TWO_DIGITS = `(?:${BELOW_TWENTY.slice(10).join('|')}|(?:${TENS.slice(2).join('|')})(?:[\\s-](?:${UNIT}))?)`;
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(nineteen|twenty)\\s+(${TWO_DIGITS})|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(${UNIT}|${TWO_DIGITS}))?)(?![\\w-])`,
  'i',
);

function wordsToNumber(words: string): number {
  const [tens, unit] = words.toLowerCase().split(/[\s-]+/) as [string, string | undefined];
  const ten = TENS.indexOf(tens);
  return ten >= 0 ? ten * 10 + (unit ? BELOW_TWENTY.indexOf(unit) : 0) : BELOW_TWENTY.indexOf(tens);
}

export class SpelledYearParser implements Parser {
  pattern = keywordGate(['nineteen', 'twenty', 'thousand'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    // "two thousand" alone is a year only as "the year two thousand": otherwise it is a count.
    if (!match[1] && !match[3] && !/^the\s+year/i.test(match[0])) return null;
    const year = match[1] ? (match[1].toLowerCase() === 'nineteen' ? 1900 : 2000) + wordsToNumber(match[2]!) : 2000 + (match[3] ? wordsToNumber(match[3]) : 0);
    return monthStartComponents(context, 'year', year);
  }
}

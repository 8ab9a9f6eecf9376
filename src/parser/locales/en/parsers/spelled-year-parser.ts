import type { Parser, ParsingContext } from 'chrono-node';
import { periodComponents } from '../../../reference.js';
import { keywordGate } from './keyword-gate.js';

/**
 * Years in words, as broadcast transcripts write them: "nineteen ninety-six", "nineteen seventy-nine",
 * "the year two thousand", "two thousand and one".
 */
const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT = UNITS.slice(1).join('|');
// 10-99 in words: "ten" ... "nineteen", "twenty", "ninety-six".
const TWO_DIGITS = `(?:${TEENS.join('|')}|(?:${TENS.slice(2).join('|')})(?:[\\s-](?:${UNIT}))?)`;
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(nineteen|twenty)\\s+(${TWO_DIGITS})|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(${UNIT}|${TWO_DIGITS}))?)(?![\\w-])`,
  'i',
);

function wordsToNumber(words: string): number {
  const [tens, unit] = words.toLowerCase().split(/[\s-]+/) as [string, string | undefined];
  const teen = TEENS.indexOf(tens);
  if (teen >= 0) return 10 + teen;
  const ten = TENS.indexOf(tens);
  return ten >= 0 ? ten * 10 + (unit ? UNITS.indexOf(unit) : 0) : UNITS.indexOf(tens);
}

export class SpelledYearParser implements Parser {
  pattern = keywordGate(['nineteen', 'twenty', 'thousand'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    // "two thousand" alone is a year only as "the year two thousand": otherwise it is a count.
    if (!match[1] && !match[3] && !/^the\s+year/i.test(match[0])) return null;
    const year = match[1] ? (match[1].toLowerCase() === 'nineteen' ? 1900 : 2000) + wordsToNumber(match[2]!) : 2000 + (match[3] ? wordsToNumber(match[3]) : 0);
    return periodComponents(context, { granularity: 'year', date: { year, month: 1, day: 1 } });
  }
}

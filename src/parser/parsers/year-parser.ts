import type { Parser, ParsingContext } from 'chrono-node';
import { periodComponents } from '../reference.js';
import { YEAR_PATTERN } from '../words.js';

/**
 * Bare years ("in 2014", "since 1984", "fiscal 1989") and year ranges ("between 2019 and 2021",
 * "from 2019 to 2021", "2019-2021"). A four-digit number is a year only where news puts years: after a
 * preposition or before punctuation; "2,000 troops", "$1990", "1990s" and "2014 votes" are not.
 */
const LEAD = '(?:in|since|by|of|until|till|through|from|before|after|during|between|circa|around|early|late|mid|fiscal|year|spring|summer|fall|autumn|winter|christmas|the)';
const PATTERN = new RegExp(
  `(?<![\\w$£€#.,/:-])(?:(between|from)\\s+|(?:in|since|by|until|before|after|during|of)\\s+)?(?:fiscal\\s+)?(${YEAR_PATTERN})` +
    `(?:\\s*(?:-|to|and|through|until)\\s*(${YEAR_PATTERN}))?(?![\\w%]|[.,/:]\\d|'s?\\b|\\s*(?:%|percent|per\\b))`,
  'i',
);
const LEAD_BEFORE = new RegExp(`(?:^|\\b${LEAD}(?:\\s+(?:the\\s+)?(?:early|late|mid|end\\s+of|start\\s+of|spring|summer|fall|autumn|winter|year)(?:\\s+of)?)?[\\s-]*|[(,;]\\s*)$`, 'i');
const PUNCTUATION_AFTER = /^\s*(?:[.,;:)!?"']|$)/;

export class YearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    const before = context.text.slice(Math.max(0, index - 40), index);
    const after = context.text.slice(index + match[0].length, index + match[0].length + 3);
    const introduced = /^[a-z]/i.test(match[0]) || LEAD_BEFORE.test(before);
    if (!introduced && !PUNCTUATION_AFTER.test(after)) return null;
    if (/\b(?:about|nearly|some|than|over|under|almost|roughly|approximately|of about|total of|no\.?)\s*$/i.test(before)) return null;
    const start = Number(match[2]);
    const result = context.createParsingResult(index, match[0]);
    result.start = periodComponents(context, { granularity: 'year', date: { year: start, month: 1, day: 1 } });
    if (match[3] !== undefined) {
      const end = Number(match[3]);
      if (end <= start) return null;
      result.end = periodComponents(context, { granularity: 'year', date: { year: end, month: 1, day: 1 } });
    } else if (match[1] !== undefined) {
      return null;
    }
    return result;
  }
}

/**
 * The keyword gates on chrono-node's English parsers (src/parser/locales/en/news-chrono.ts): which gate
 * each parser gets, pinned, so that a chrono-node release that renames or reshapes a parser shows here;
 * and, on generated sentences of the date words the gates are for, gated and ungated parsing agree.
 */
import type { ParsedResult } from 'chrono-node';
import { casual, Chrono, type Parser } from 'chrono-node/en';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateParser } from '../../src/parser/locales/en/parsers/keyword-gate.js';
import { gateOf } from '../../src/parser/locales/en/news-chrono.js';
import { fixesADate } from '../../src/parser/reference.js';

const CLOCK = /\d\s*(?::\s*\d|[ap]\.?\s*m\b|o'?clock)|noon|midnight/i;

const gateName = (parser: Parser) => {
  const gate = gateOf(parser);
  return gate === undefined ? 'none' : gate instanceof RegExp ? gate.source : gate.join(' ');
};

const MONTHS = String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`;

describe('keyword gates', () => {
  it("gives each of chrono-node's English parsers the gate of the words it starts from", () => {
    expect(casual.parsers.map((parser) => [parser.constructor.name, gateName(parser)])).toEqual([
      ['ENYearMonthDayParser', String.raw`\d{4}(?:[-/.]\d|[-/.\s]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))`],
      ['ISOFormatParser', String.raw`\d{4}-\d\d-\d\d`],
      ['SlashDateFormatParser', String.raw`\d\/\d`],
      // Durations and counts: left out of the grammar (isRedundant), or read by ours.
      ['ENTimeUnitWithinFormatParser', 'none'],
      ['ENMonthNameLittleEndianParser', MONTHS],
      ['ENMonthNameMiddleEndianParser', MONTHS],
      ['ENWeekdayParser', String.raw`\b(?:sun|mon|tue|wed|thu|fri|sat|week)`],
      ['ENSlashMonthFormatParser', String.raw`\d\/\d`],
      ['ENTimeExpressionParser', String.raw`\d\s*(?:[:.]\s*\d|[ap]\.?\s*m\b|o'?clock)|\b(?:noon|midnight)\b`],
      ['ENTimeUnitAgoFormatParser', 'none'],
      ['ENTimeUnitLaterFormatParser', 'none'],
      ['ENYearMonthNameParser', MONTHS],
      // "today", "tonight", "last night": replaced by ours where it counts on the clock.
      ['ENCasualDateParser', 'none'],
      ['ENCasualTimeParser', 'morning afternoon evening night noon midday'],
      ['ENEndOfCurrentMonthParser', 'end of'],
      ['ENMonthNameParser', MONTHS],
      ['ENRelativeDateFormatParser', 'none'],
      ['ENTimeUnitCasualRelativeFormatParser', 'none'],
    ]);
  });

  // Date words of every gated parser, and words around them; not the forms a gate is there to refuse
  // ("at 7", "3-1"), on which gated and ungated parsing differ on purpose. "2020 Sept. 30" is one the
  // year-month-day parser's first gate missed.
  // An ISO date with its time: after "Sept. 30 ," a bare "2020-03-04" becomes, gated or not, chrono-node's
  // "2020" and a "-03" time zone, read differently by the clock parser either way.
  const DATES = ['2020 Sept. 30', '2020-03-04T10:30:00Z', '2020/03/04', 'on 3/4/2020', 'in 03/2020', 'at 10:30 p.m.', 'at noon', 'this morning', 'Friday evening', 'by the end of the month', 'on March 3', 'on 3 March', '2020 March', 'on Friday', 'next week', 'last Tuesday', 'on Jan. 5, 2021', 'in April', 'at midnight', 'Sept. 30'];
  // No comma alone: "Sept. 30 , 2020/03/04" is Sept. 30, 2020, and then a stray "/03/04".
  const WORDS = ['The council met', 'prices rose', 'and', 'the plant closed', 'officials said', 'after talks', 'in Kyiv', 'the vote'];

  it('lets through, on sentences of those words, everything the ungated parsers find', () => {
    const ungated = new Chrono({ parsers: casual.parsers, refiners: casual.refiners });
    const gated = new Chrono({ parsers: casual.parsers.map((parser) => (gateOf(parser) ? gateParser(gateOf(parser)!, parser) : parser)), refiners: casual.refiners });
    const reference = { instant: new Date(Date.UTC(2022, 1, 16, 12)), timezone: 0 };
    // Ungated, the clock parser also reads the last digits of a numeric date as an hour ("04" of
    // "2020/03/04"): the gate is there to refuse a clock time with no colon, "a.m." or "o'clock".
    const isClockAlone = (result: ParsedResult) => !fixesADate(result.start) && !CLOCK.test(result.text);
    const reading = (chrono: Chrono, text: string) =>
      chrono
        .parse(text, reference)
        .filter((result) => !isClockAlone(result))
        .map((result) => [result.index, result.text, result.start.date().toISOString()]);
    fc.assert(
      // Words between dates, as prose has them: two dates run together ("2020 March 2020-03-04") make
      // numbers a clock time to chrono-node, which its gate refuses on purpose.
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...DATES)), { minLength: 1, maxLength: 6 }), (pairs) => {
        const sentence = `${pairs.flat().join(' ')}.`;
        expect(reading(gated, sentence)).toEqual(reading(ungated, sentence));
      }),
      { numRuns: 300 },
    );
  });
});

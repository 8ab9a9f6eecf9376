import type { ParsingResult } from 'chrono-node';
import { fixesADate, tagValue } from '../../../reference.js';
import { WEEKEND_TAG } from '../../vocabulary/weekend-parser.js';
import type { SentenceContext, SentenceRefiner } from '../../../refiners/sentence-refiner.js';

/**
 * Drops what chrono-node reads as a date but a timeline must not show: durations ("for 45 minutes",
 * "the past two years", "in two weeks"), recurring sets ("every Tuesday"), the present ("now", "right
 * now"), weekends chrono-node reads as one day (ours are Saturday to Sunday), clock times with no day,
 * fractions ("1/2"), a weekday of no week in particular ("on a Sunday"), and words that only look like
 * dates ("she sat down", "troops march", "it may rain").
 */
const DURATION = /^(?:for|within|over|during|throughout)\b/i;
// Units counted in days and more, "days" or "decades" with the plural's "s" after them.
const UNIT = '(?:day|week|month|year|decade)';
const SPAN_OF_UNITS = new RegExp(
  [
    `^(?:(?:the|in|within)\\s+)?(?:(?:past|next|last|previous|coming|recent|following|first|final)\\s+)?(?:(?:couple of|[\\w-]+)\\s+)?${UNIT}s$`,
    // "in two weeks"; "in this year's race" is a date.
    `^(?:in|within|after)\\s+(?!th[ai][st]\\s)[\\w-]+\\s+${UNIT}s?$`,
    '^in the (?:day|week|month|year)$',
    `^(?:a few|several|many|some|a couple of)\\s+${UNIT}s\\s+(?:ago|earlier|later|before|after)$`,
    '^in half',
  ].join('|'),
  'i',
);
const SUB_DAY_UNIT = /\b(?:sec(?:ond)?|min(?:ute)?|hour|hr)s?\b/i;
// "every Tuesday", and the days listed after it: "every Tuesday and Saturday".
const SET_BEFORE = /\b(?:every|each|per)\s+(?:other\s+|single\s+)?(?:[A-Z][a-z]+(?:,\s*|\s+(?:and|or)\s+))*$/;
// "Sun, a maker of workstations" and "she sat down": chrono-node keeps the comma; only "Sun." is a date.
const ABBREVIATED_WEEKDAY = /^(?:on\s+)?(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)[,;:)]?$/i;
const LOWER_CASE_MONTH_WORD = /^(?:in\s+)?(?:may|march|sept?|oct|dec|jan|aug|june?|july?)[,.;:]?$/;
const WEEKEND = /\bweekend\b/i;
// "the annual March for Life", "the March of the Mothers", "a March on Washington": a march's name.
// Sticky, read where the result starts.
const MARCH_NAME = /(?<=\b(?:[Tt]he|a|annual)[\s"`\u201C]+)March\s+(?:for|of|on|to|against)\s+(?:the\s+)?[A-Z]/y;
// "began on a Sunday in early spring", "on a Friday night.": a day of no week in particular. Before its
// noun ("at a Tuesday news conference") the day is the one of the news. Sticky, read where the result starts.
const INDEFINITE_WEEKDAY = /(?<=\b[Aa]n?\s+)[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?(?=\s*[,.;:!?)]|\s+(?:in|on|at|when|and|or|after|before)\b|$)/y;
// "5/8", "112 5/8", "4 5/8 to 112 5/8": stock prices and fractions. News writes dates without a year in words.
const FRACTION = /\d\/\d{1,2}(?!\/?\d)/;
const BARE_DAY_PART = /^(?:(?:in )?the\s+)?(?:morning|afternoon|evening|night|noon|midnight)$/i;

// "today's world", "the people of tomorrow": the present age and the future, not a day.
const GENERIC_DAY = /^(?:today|tomorrow)$/i;
const GENERIC_POSSESSIVE = /^['\u2019]s\s+(?:world|youth|society|generation|children|kids|teenagers|economy|culture)\b/i;
// "of tomorrow" closing a noun phrase; "as of today" is a date.
const GENERIC_OF = /(?<!\bas\s+)\bof\s+$/i;
const PHRASE_END = /^\s*(?:[,.;:!?"\u201D)]|$)/;

function isGenericDay(context: SentenceContext, result: ParsingResult): boolean {
  if (!GENERIC_DAY.test(result.text)) return false;
  const end = result.index + result.text.length;
  const after = context.text.slice(end, end + 24);
  if (GENERIC_POSSESSIVE.test(after)) return true;
  return GENERIC_OF.test(context.text.slice(Math.max(0, result.index - 12), result.index)) && PHRASE_END.test(after);
}

function isNonEvent(context: SentenceContext, result: ParsingResult): boolean {
  const { text } = result;
  const tags = result.tags();
  const relative = tags.has('result/relativeDate');
  const subDay = SUB_DAY_UNIT.test(text);
  return (
    tags.has('casualReference/now') ||
    // Two of: a duration's preposition, chrono-node's relative reading, a unit shorter than a day.
    (DURATION.test(text) ? relative || subDay : relative && subDay) ||
    SPAN_OF_UNITS.test(text) ||
    SET_BEFORE.test(context.text.slice(Math.max(0, result.index - 60), result.index)) ||
    ABBREVIATED_WEEKDAY.test(text) ||
    LOWER_CASE_MONTH_WORD.test(text) ||
    (WEEKEND.test(text) && !tags.has(WEEKEND_TAG)) ||
    ((MARCH_NAME.lastIndex = INDEFINITE_WEEKDAY.lastIndex = result.index), MARCH_NAME.test(context.text) || INDEFINITE_WEEKDAY.test(context.text)) ||
    FRACTION.test(text) ||
    BARE_DAY_PART.test(text) ||
    isGenericDay(context, result) ||
    (!fixesADate(result.start) && tagValue(tags, 'casualReference/') === undefined)
  );
}

export class NonEventRefiner implements SentenceRefiner {
  refine(context: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => !isNonEvent(context, result));
  }
}

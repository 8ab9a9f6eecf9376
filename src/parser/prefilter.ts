/**
 * A cheap test run before the date grammar: most sentences of an article name no date, and skipping them
 * is what makes extraction faster than running the full grammar over the whole text. Every expression
 * any of our parsers or chrono-node's can return contains one of these tokens: a month or weekday name,
 * a calendar unit, a relative day word, a holiday, a clock time, or a four-digit year.
 */
const DATE_TOKEN = new RegExp(
  [
    '\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b',
    '\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satur|sun)(?:day)?\\b|\\bsat\\b',
    '\\b(?:today|tonight|yesterday|tomorrow|noon|midnight|morning|afternoon|evening|night|weekend|christmas|easter|thanksgiving|halloween|eve|q[1-4])\\b',
    '\\b(?:day|week|month|year|quarter|decade|period)s?\\b|year-end',
    '\\d:\\d\\d|\\d\\s*[ap]\\.?m\\b|\\b\\d{4}\\b|\\d/\\d|\\d-\\d',
  ].join('|'),
  'i',
);

export function mayContainDate(sentence: string): boolean {
  return DATE_TOKEN.test(sentence);
}

const FOUR_DIGITS = /\d{4}/;

/** Whether a sentence can hold a bare year at all, so the year pass runs only where it can find one. */
export function mayContainYear(sentence: string): boolean {
  return FOUR_DIGITS.test(sentence);
}

// The words chrono-node's own parsers start from: month and weekday names, day words, clock times and
// numeric dates. A sentence without them is left to our parsers alone.
const CHRONO_TOKEN = new RegExp(
  [
    '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)',
    '\\b(?:today|tonight|tomorrow|yesterday|now|morning|afternoon|evening|night|noon|midnight|midday|end of)\\b',
    '\\d:\\d|\\d\\s*[ap]\\.?m\\b|\\d/\\d|\\d{4}-\\d',
  ].join('|'),
  'i',
);

export function needsFullGrammar(sentence: string): boolean {
  return CHRONO_TOKEN.test(sentence);
}

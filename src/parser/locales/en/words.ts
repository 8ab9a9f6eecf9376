/** Number words, each at its value: news copy spells out one through nine (AP), transcripts more. */
export const BELOW_TWENTY = ' one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
export const TENS = '  twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1 };
BELOW_TWENTY.forEach((word, value) => (NUMBER_WORDS[word] = value));
TENS.forEach((word, value) => (NUMBER_WORDS[word] = value * 10));
delete NUMBER_WORDS[''];
export const NUMBER_PATTERN = `(?:${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,3})`;

export function parseNumber(word: string): number {
  const lower = word.toLowerCase();
  return NUMBER_WORDS[lower] ?? Number(lower);
}

export const ORDINAL_QUARTERS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4,
  // "The March quarter": the one that ends in March, as companies and markets name them.
  march: 1, june: 2, september: 3, sept: 3, december: 4, dec: 4,
};

/** How many periods from publication's "last week", "this year", "the coming month" are. */
export const PERIOD_STEP: Record<string, number> = { last: -1, 'the previous': -1, 'the past': -1, this: 0, 'the current': 0, next: 1, 'the coming': 1 };

/** Bare years news writes as numbers: four digits from 1000 to 2199 (a wider range is mostly counts and prices). */
export const YEAR_PATTERN = '(?:1\\d|2[01])\\d\\d';

/** Weekday names, at their number (0 = Sunday), and as an alternation of a pattern. */
export const WEEKDAYS = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');
export const WEEKDAY_PATTERN = WEEKDAYS.join('|');

/** The months spelled out, as AP writes them without a date. */
export const FULL_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** Month names and the abbreviations AP uses with dates (plus the common "Sep"): each name, then its first three letters. */
export const MONTH_NUMBERS: Record<string, number> = {};
FULL_MONTHS.split('|').forEach((name, index) => {
  MONTH_NUMBERS[name] = index + 1;
  if (name === 'september') MONTH_NUMBERS.sept = 9;
  MONTH_NUMBERS[name.slice(0, 3)] = index + 1;
});
export const MONTH_PATTERN = Object.keys(MONTH_NUMBERS).join('|');

/** The first month of each season's name (see SEASONS in model/calendar.ts). */
export const SEASON_MONTHS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
export const SEASON_PATTERN = Object.keys(SEASON_MONTHS).join('|');

/**
 * Finds an article's publication date in its header: a wire dateline ("KYIV, Feb. 16, 2022 (AP) -") or a
 * byline date ("Published Feb. 16, 2022", "Updated 10:32 AM EST, Wed February 16, 2022", a date alone on
 * its line, "Published: 2022-02-16").
 *
 * Safe on any input: only the head is read, and whitespace is collapsed first so that one character
 * separates tokens. Every pattern then matches a bounded number of characters (groups are at most optional,
 * never repeated; the one `.*` runs to the end of a line the pattern is anchored to), so a scan is linear
 * in the head's length whatever the text holds.
 */
import { formatDay, isValidCalendarDate, toDayNumber, type CalendarDate } from '../model/calendar.js';

/** Datelines and bylines sit above the first paragraph or open it; dates further down are the story's own. */
export const HEAD_LENGTH = 1000;

// After `normalizeHead` one space or one line break separates tokens, so no pattern needs `\s+`.
const SEP = '[ \\n]';
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '([12]\\d{3})';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?';
const TIME = '\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,5}\\b)?';
// A date-time's own offset does not move its calendar date, as in `parsePublished`.
const ISO_TIME = '(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
/** Groups, in order: month, day, year | day, month, year | year, month, day. */
const DATE = `(?:${MONTH}${SEP}${DAY},?${SEP}${YEAR}|${DAY}${SEP}${MONTH},?${SEP}${YEAR}|${YEAR}-(\\d{2})-(\\d{2})${ISO_TIME})(?!\\d)`;
const DATE_GROUPS = 9;

const LABELED = new RegExp(
  `\\b(first published|originally published|published|posted|last updated|updated|modified)(?: on)?:?${SEP}?` +
    `(?:${TIME},?${SEP}(?:on${SEP})?)?(?:${WEEKDAY},?${SEP})?${DATE}`,
  'gi',
);
// Only UI separators may follow the date on a byline line: after a dash or a word it is a sentence.
const BARE_LINE = new RegExp(`^(?:${WEEKDAY},? )?${DATE}(?:(?:,| at| ?[-\u2013\u2014|/·•])? ${TIME})?(?: ?[|/·•] .*)?$`, 'i');
// "PLACE[, REGION], Mon. D[, YYYY] (AGENCY) -"; the place is optional only before an agency ("Feb 16 (Reuters) -").
const DATELINE = new RegExp(
  `^(?:([^,()\\d\\n]{1,40}(?:, [^,()\\d\\n]{1,30})?), )?${MONTH} (\\d{1,2})(?:, ${YEAR})?(?: \\(([^()\\n]{1,40})\\)| ?(?:--|[-\u2013\u2014]))`,
  'i',
);

interface MonthDay {
  month: number;
  day: number;
  year?: number;
}

interface Bylines {
  published?: CalendarDate;
  updated?: CalendarDate;
  bare?: CalendarDate;
}

/**
 * The publication date ('YYYY-MM-DD') stated in the first {@link HEAD_LENGTH} characters, or `undefined`.
 *
 * A dateline wins over a byline: it is when the writer filed, so it is what "on Wednesday" counts from even
 * when a site republishes the story a day later. A dateline without a year takes the year of a byline date
 * (the one that puts it nearest that date, so "Dec. 31" under "Jan. 1, 2023" is 2022-12-31); with no byline
 * date it is not trusted. Bylines rank "Published" over a date alone on its line over "Updated".
 */
export function findPublicationDate(text: string): string | undefined {
  const lines = normalizeHead(text);
  const bylines = findBylines(lines);
  const reference = bylines.published ?? bylines.bare ?? bylines.updated;
  const dateline = findDateline(lines);
  const date = (dateline && completeDateline(dateline, reference)) ?? reference;
  return date && formatDay(date);
}

/**
 * For a dateline without a year and no byline date to give one ("LONDON, March 3 (Reuters) -", the
 * usual wire form): the most recent such day not after `today`, the day it was most likely filed.
 */
export function mostRecentDateline(text: string, today: CalendarDate): CalendarDate | undefined {
  const dateline = findDateline(normalizeHead(text));
  if (!dateline || dateline.year !== undefined) return undefined;
  const target = toDayNumber(today);
  // Feb. 29 may be four years back.
  for (let year = today.year; year >= today.year - 4; year--) {
    const candidate = validDate(year, dateline.month, dateline.day);
    if (candidate && toDayNumber(candidate) <= target) return candidate;
  }
  return undefined;
}

function normalizeHead(text: string): string[] {
  return text
    .slice(0, HEAD_LENGTH)
    .split(/\r\n?|[\n\u2028\u2029]/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

function findBylines(lines: readonly string[]): Bylines {
  const bylines: Bylines = {};
  const head = lines.join('\n');
  for (const match of head.matchAll(LABELED)) {
    const label = match[1] ?? '';
    // Lower case is running text ("the report, published Feb. 16, 2022, said"), not a byline label.
    if (!/^\p{Lu}/u.test(label)) continue;
    const date = dateFromGroups(match, 2);
    if (!date) continue;
    if (/updated|modified/i.test(label)) bylines.updated ??= date;
    else bylines.published ??= date;
  }
  for (const line of lines) {
    const match = BARE_LINE.exec(line);
    const date = match && dateFromGroups(match, 1);
    if (date) {
      bylines.bare = date;
      break;
    }
  }
  return bylines;
}

function findDateline(lines: readonly string[]): MonthDay | undefined {
  for (const line of lines) {
    const match = DATELINE.exec(line);
    if (!match) continue;
    const [, place, monthName, day, year, agency] = groupsOf(match);
    if (!looksLikeDateline(place, agency)) continue;
    return { month: monthNumber(monthName ?? ''), day: Number(day), ...(year === undefined ? {} : { year: Number(year) }) };
  }
  return undefined;
}

/**
 * Sentences ("Officials said, Feb. 16 - ...") and timeline entries ("Feb. 24 - Russia invades") can take the
 * same shape. Wire datelines set the city in capitals ("KYIV, Ukraine,"); an agency credit ("(Reuters)")
 * vouches for a mixed-case place or none.
 */
function looksLikeDateline(place: string | undefined, agency: string | undefined): boolean {
  if (place !== undefined && !/^\p{Lu}/u.test(place)) return false;
  if (agency !== undefined) return true;
  const city = place?.split(',')[0];
  return city !== undefined && !/\p{Ll}/u.test(city);
}

function completeDateline(dateline: MonthDay, reference: CalendarDate | undefined): CalendarDate | undefined {
  if (dateline.year !== undefined) return validDate(dateline.year, dateline.month, dateline.day);
  if (!reference) return undefined;
  const target = toDayNumber(reference);
  let nearest: CalendarDate | undefined;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const candidate = validDate(year, dateline.month, dateline.day);
    if (candidate && (!nearest || Math.abs(toDayNumber(candidate) - target) < Math.abs(toDayNumber(nearest) - target))) {
      nearest = candidate;
    }
  }
  return nearest;
}

/** Reads the {@link DATE} groups starting at `first`; `undefined` for a date the calendar lacks (Feb. 30). */
function dateFromGroups(match: RegExpMatchArray, first: number): CalendarDate | undefined {
  const [mdyMonth, mdyDay, mdyYear, dmyDay, dmyMonth, dmyYear, isoYear, isoMonth, isoDay] = groupsOf(match).slice(first, first + DATE_GROUPS);
  if (mdyMonth !== undefined) return validDate(Number(mdyYear), monthNumber(mdyMonth), Number(mdyDay));
  if (dmyMonth !== undefined) return validDate(Number(dmyYear), monthNumber(dmyMonth), Number(dmyDay));
  return validDate(Number(isoYear), Number(isoMonth), Number(isoDay));
}

/** Typed as the engine fills them: a group that took no part in the match is `undefined`. */
function groupsOf(match: RegExpMatchArray): (string | undefined)[] {
  return [...match];
}

function validDate(year: number, month: number, day: number): CalendarDate | undefined {
  return isValidCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `name` is known to match {@link MONTH}, so its first three letters name the month. */
function monthNumber(name: string): number {
  return MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

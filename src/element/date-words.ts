/**
 * An event's date in words, in the document's language, with where it lies from publication: "Tue, Feb
 * 15, 2022 - the day before publication". Calendar values are formatted in UTC, so the reader's time
 * zone never moves them.
 */
import { periodInterval, tickUnit, type TickUnit } from '../layout/index.js';
import { addMonths, periodBounds, quarterOf, toDayNumber, type CalendarDate, type Period } from '../model/calendar.js';
import { DAY_PARTS } from '../model/day-parts.js';
import type { DayPart, Granularity } from '../model/types.js';
import { message, messagesFor } from './messages.js';

// Building an Intl.DateTimeFormat costs far more than using one, and every label of every frame asks:
// one per set of options (always one of the constant objects here), era or not, and language.
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

function format(lang: string, instant: Date, options: Intl.DateTimeFormatOptions): string {
  return formatter(lang, [instant], options).format(instant);
}

function formatter(lang: string, instants: readonly Date[], options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Intl writes 2500 BC as a bare "2500": a year before AD 1 (astronomical 0 and below) carries its era.
  const era = !!options.year && instants.some((instant) => instant.getUTCFullYear() < 1);
  let byLanguage = formatters.get(options);
  if (!byLanguage) formatters.set(options, (byLanguage = new Map()));
  const key = era ? `${lang}\u0000era` : lang;
  let formatter = byLanguage.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { ...options, ...(era ? { era: 'short' as const } : {}), timeZone: 'UTC' });
    byLanguage.set(key, formatter);
  }
  return formatter;
}

const YEAR_ONLY: Intl.DateTimeFormatOptions = { year: 'numeric' };
const SHORT_DAY: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric' };
const DAY_AND_MONTH: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
// What a period in words shows of its first instant, by granularity (quarter and week add a word).
const PERIOD_FIELDS: Record<Granularity, Intl.DateTimeFormatOptions> = {
  year: YEAR_ONLY,
  season: YEAR_ONLY,
  quarter: YEAR_ONLY,
  month: { month: 'long', year: 'numeric' },
  week: SHORT_DAY,
  day: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
  time: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
};

/** The period itself, at its precision. */
export function periodInWords(period: Period, lang: string): string {
  const words = format(lang, firstInstant(period), PERIOD_FIELDS[period.granularity]);
  if (period.granularity === 'quarter') return message(messagesFor(lang).quarter, { quarter: quarterOf(period.date.month), year: words });
  if (period.granularity === 'season') return seasonInWords(period, words, lang);
  if (period.granularity === 'week') return message(messagesFor(lang).week, { date: words });
  return words;
}

/** "Spring 2026"; a winter names both its years, "Winter 2026–2027". */
function seasonInWords(period: Period, year: string, lang: string): string {
  const { date } = period;
  const years = date.month === 12 ? `${year}\u2013${format(lang, firstInstant({ granularity: 'year', date: addMonths(date, 1) }), YEAR_ONLY)}` : year;
  return message(messagesFor(lang).seasons[date.month / 3 - 1]!, { year: years });
}

/** The period's first instant on the UTC axis: a week's Monday, a time's minute. */
function firstInstant(period: Period): Date {
  return new Date(periodInterval(period)[0]);
}

// What a tick shows of its instant: a year tick "2022", a month tick "February", a day tick "Feb 15".
const TICK_FIELDS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long' },
  day: { month: 'short', day: 'numeric' },
  hour: { hour: 'numeric' },
  minute: { hour: 'numeric', minute: '2-digit' },
};

// The first tick after a break says which year it is in: "Mar 3, 1890", "June 1972".
const TICK_FIELDS_WITH_YEAR: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  day: { month: 'short', day: 'numeric', year: 'numeric' },
  hour: { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric' },
  minute: { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
};

/**
 * An axis tick's label, for the calendar unit it opens (see `tickUnit`); `withYear`, for the first tick
 * of a segment after a break, also names the year (and, for a time, the day).
 */
export function tickLabel(tick: Date, lang: string, withYear = false): string {
  return format(lang, tick, (withYear ? TICK_FIELDS_WITH_YEAR : TICK_FIELDS)[tickUnit(tick)]);
}

/** A break's length in words: "14 years", "3 months". */
export function breakInWords(amount: number, unit: 'year' | 'month' | 'day', lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/** The publication day, short: "Feb 16, 2022". */
export function shortDayInWords(date: CalendarDate, lang: string): string {
  return format(lang, new Date(periodInterval({ granularity: 'day', date })[0]), SHORT_DAY);
}

/** The day and month alone ("Feb 16", "27 de nov."), as Intl writes them without the year. */
export function dayAndMonthInWords(date: CalendarDate, lang: string): string {
  return format(lang, new Date(periodInterval({ granularity: 'day', date })[0]), DAY_AND_MONTH);
}

/**
 * Where the period lies from publication, in days for days and in the period's own unit otherwise, in
 * years once two years or more away.
 * English gets newsroom phrasing ("the day before publication"); other languages Intl's relative words.
 */
export function relationInWords(period: Period, published: CalendarDate, lang: string): string {
  const day = toDayNumber(published);
  const [first, last] = periodBounds(period);
  const english = lang.toLowerCase().startsWith('en');
  if (first <= day && day <= last) {
    if (period.granularity === 'day' || period.granularity === 'time') return english ? 'the day of publication' : publicationWord(lang, 0);
    return english ? 'includes the publication date' : publicationWord(lang, 0);
  }
  const [amount, unit] = calendarDistance(period, published);
  if (!english) return publicationWord(lang, amount, unit);
  const side = amount < 0 ? 'before' : 'after';
  if (Math.abs(amount) === 1) return `the ${unit} ${side} publication`;
  return `${Math.abs(amount)} ${unit}s ${side} publication`;
}

// Two years and more away, a period is as far as its year: "May 4, 1923 - 103 years before
// publication", not 37,000 days (nor 1,236 months).
const YEARS_AWAY = 730;

/**
 * How many of the period's own units lie between publication and the period: 2014 is 8 years before
 * 2022. A period two years or more away is counted in years.
 */
function calendarDistance(period: Period, published: CalendarDate): [number, Intl.RelativeTimeFormatUnit] {
  const { date } = period;
  const [first, last] = periodBounds(period);
  const day = toDayNumber(published);
  if (period.granularity === 'year' || first - day >= YEARS_AWAY || day - last >= YEARS_AWAY) return [date.year - published.year, 'year'];
  switch (period.granularity) {
    case 'quarter':
      return [date.year * 4 + quarterOf(date.month) - (published.year * 4 + quarterOf(published.month)), 'quarter'];
    // Intl has no season unit: a season is as far as its first month, which its date is.
    case 'season':
    case 'month':
      return [date.year * 12 + date.month - (published.year * 12 + published.month), 'month'];
    case 'week':
      return [(first - periodBounds({ granularity: 'week', date: published })[0]) / 7, 'week'];
    default:
      return [toDayNumber(date) - day, 'day'];
  }
}

function publicationWord(lang: string, amount: number, unit: Intl.RelativeTimeFormatUnit = 'day'): string {
  return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(amount, unit);
}

/** Granularities whose ranges Intl writes by itself, sharing what both ends share ("15–17 de mayo de 2022"). */
const INTL_RANGES: ReadonlySet<Granularity> = new Set(['year', 'month', 'day', 'time']);

/**
 * A period, or a range of two: "2019 – 2021", "February – May 2022", "week of Feb 14, 2022 to week of Feb
 * 28, 2022"; a day with its `part`, "Tuesday, February 15, 2022, in the evening".
 */
export function spanInWords(period: Period, end: Period | undefined, lang: string, part?: DayPart): string {
  const words = end ? rangeOfTwo(period, end, lang) : periodInWords(period, lang);
  return part ? message(messagesFor(lang).dayParts[DAY_PARTS.indexOf(part)]!, { date: words }) : words;
}

function rangeOfTwo(period: Period, end: Period, lang: string): string {
  if (end.granularity === period.granularity && INTL_RANGES.has(period.granularity)) {
    const [from, to] = [firstInstant(period), firstInstant(end)];
    return formatter(lang, [from, to], PERIOD_FIELDS[period.granularity]).formatRange(from, to);
  }
  return rangeInWords(periodInWords(period, lang), periodInWords(end, lang), lang);
}

/** Two dates in words as a range, in the language's words: "Feb 3 to Feb 9". */
export function rangeInWords(from: string, to: string, lang: string): string {
  return message(messagesFor(lang).range, { from, to });
}

/**
 * "Tuesday, February 15, 2022 - the day before publication"; a range is placed by its start, after a
 * comma, since Intl joins the range's ends with a dash of its own ("2019 – 2021, 3 years before publication").
 */
export function dateInWords(period: Period, published: CalendarDate, lang: string, end?: Period, part?: DayPart): string {
  return `${spanInWords(period, end, lang, part)}${end ? ', ' : ' \u2013 '}${relationInWords(period, published, lang)}`;
}

/**
 * An event's date in words, in the document's language, with where it lies from publication: "Tue, Feb
 * 15, 2022 - the day before publication". Calendar values are formatted in UTC, so the reader's time
 * zone never moves them.
 */
import { periodInterval, tickUnit, type TickUnit } from '../layout/index.js';
import { periodBounds, quarterOf, toDayNumber, type CalendarDate, type Period } from '../parser/calendar.js';

// Building an Intl.DateTimeFormat costs far more than using one, and every label of every frame asks.
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(lang: string, instant: Date, options: Intl.DateTimeFormatOptions): string {
  // Intl writes 2500 BC as a bare "2500": a year before AD 1 (astronomical 0 and below) carries its era.
  const dated = options.year && instant.getUTCFullYear() < 1 ? { ...options, era: 'short' as const } : options;
  const key = `${lang}\u0000${JSON.stringify(dated)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { ...dated, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(instant);
}

/** The period itself, at its precision. */
export function periodInWords(period: Period, lang: string): string {
  // The period's first instant on the UTC axis: a week's Monday, a time's minute.
  const start = new Date(periodInterval(period)[0]);
  switch (period.granularity) {
    case 'year':
      return format(lang, start, { year: 'numeric' });
    case 'quarter':
      return `Q${quarterOf(period.date.month)} ${format(lang, start, { year: 'numeric' })}`;
    case 'month':
      return format(lang, start, { month: 'long', year: 'numeric' });
    case 'week':
      return `${weekWord(lang)} ${format(lang, start, { month: 'short', day: 'numeric', year: 'numeric' })}`;
    case 'day':
      return format(lang, start, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
    case 'time':
      return format(lang, start, {
        weekday: 'long',
        month: 'long',
        day: 'numeric',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      });
  }
}

// What a tick shows of its instant: a year tick "2022", a month tick "February", a day tick "Feb 15".
const TICK_FIELDS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long' },
  day: { month: 'short', day: 'numeric' },
  hour: { hour: 'numeric' },
  minute: { hour: 'numeric', minute: '2-digit' },
};

/** An axis tick's label, for the calendar unit it opens (see `tickUnit`). */
export function tickLabel(tick: Date, lang: string): string {
  return format(lang, tick, TICK_FIELDS[tickUnit(tick)]);
}

function weekWord(lang: string): string {
  return lang.toLowerCase().startsWith('en') ? 'week of' : '\u2248';
}

/**
 * Where the period lies from publication, in days for days and in the period's own unit otherwise.
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

/** How many of the period's own units lie between publication and the period: 2014 is 8 years before 2022. */
function calendarDistance(period: Period, published: CalendarDate): [number, Intl.RelativeTimeFormatUnit] {
  const { date } = period;
  switch (period.granularity) {
    case 'year':
      return [date.year - published.year, 'year'];
    case 'quarter':
      return [date.year * 4 + quarterOf(date.month) - (published.year * 4 + quarterOf(published.month)), 'quarter'];
    case 'month':
      return [date.year * 12 + date.month - (published.year * 12 + published.month), 'month'];
    case 'week':
      return [(periodBounds(period)[0] - periodBounds({ granularity: 'week', date: published })[0]) / 7, 'week'];
    default:
      return [toDayNumber(date) - toDayNumber(published), 'day'];
  }
}

function publicationWord(lang: string, amount: number, unit: Intl.RelativeTimeFormatUnit = 'day'): string {
  return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(amount, unit);
}

/** A period, or a range of two: "2019 to 2021". */
export function spanInWords(period: Period, end: Period | undefined, lang: string): string {
  const start = periodInWords(period, lang);
  return end ? `${start} to ${periodInWords(end, lang)}` : start;
}

/** "Tuesday, February 15, 2022 - the day before publication"; a range is placed by its start. */
export function dateInWords(period: Period, published: CalendarDate, lang: string, end?: Period): string {
  return `${spanInWords(period, end, lang)} \u2013 ${relationInWords(period, published, lang)}`;
}

/**
 * Shared checks for the parser tests. Everything here is written from the spec, independently of
 * src/ (no imports of the implementation's calendar code), so a bug there cannot hide itself here.
 * All calendar arithmetic goes through UTC so the machine's time zone never matters.
 */
import type { Granularity, Relation, TimelineEvent } from '../../src/parser/index.js';

export const GRANULARITIES: readonly Granularity[] = ['year', 'season', 'quarter', 'month', 'week', 'day', 'time'];

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (works for years 0-99 too). */
export function dayNumber(year: number, month: number, day: number): number {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

export function fromDayNumber(days: number): { year: number; month: number; day: number } {
  const utc = new Date(days * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

export function formatYmd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOfDayNumber(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** Day number of the Monday starting ISO week 1 of `year` (the week holding Jan. 4). */
function isoWeekOneMonday(year: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - ((weekdayOfDayNumber(jan4) + 6) % 7);
}

/** 52 or 53: the number of ISO weeks in an ISO week-numbering year. */
export function isoWeeksInYear(year: number): number {
  return (isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / 7;
}

/** The ISO week value ('2022-W06') of a day. */
export function isoWeekValue(days: number): string {
  const thursday = days - ((weekdayOfDayNumber(days) + 6) % 7) + 3;
  const year = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - isoWeekOneMonday(year)) / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

const PATTERNS: Record<Granularity, RegExp> = {
  year: /^(\d{4})$/,
  season: /^(\d{4})-(SP|SU|FA|WI)$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  week: /^(\d{4})-W(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  time: /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)$/,
};

/**
 * First and last day number of the period a TIMEX3-style value names, or null if the value is not a
 * well-formed, real period of that granularity.
 */
export function valueBounds(value: string, granularity: Granularity): [number, number] | null {
  const match = PATTERNS[granularity].exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  switch (granularity) {
    case 'year':
      return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
    case 'season': {
      // From the 21st of March, June, September or December to the 20th three months on (a winter ends
      // in the next year).
      const first = ['SP', 'SU', 'FA', 'WI'].indexOf(match[2]!) * 3 + 3;
      return [dayNumber(year, first, 21), dayNumber(year, first + 3, 21) - 1];
    }
    case 'quarter': {
      const first = (Number(match[2]) - 1) * 3 + 1;
      return [dayNumber(year, first, 1), dayNumber(year, first + 3, 1) - 1];
    }
    case 'month': {
      const month = Number(match[2]);
      return [dayNumber(year, month, 1), dayNumber(year, month + 1, 1) - 1];
    }
    case 'week': {
      const week = Number(match[2]);
      if (week < 1 || week > isoWeeksInYear(year)) return null;
      const monday = isoWeekOneMonday(year) + (week - 1) * 7;
      return [monday, monday + 6];
    }
    case 'day':
    case 'time': {
      const month = Number(match[2]);
      const day = Number(match[3]);
      if (!isRealDate(year, month, day)) return null;
      const days = dayNumber(year, month, day);
      return [days, days];
    }
  }
}

export function isValidValue(value: string, granularity: Granularity): boolean {
  return valueBounds(value, granularity) !== null;
}

/** The granularity a value's shape implies ('2022-W06' -> 'week'), or null for a malformed value. */
export function granularityOfValue(value: string): Granularity | null {
  for (const granularity of GRANULARITIES) if (isValidValue(value, granularity)) return granularity;
  return null;
}

/** The calendar date written in a valid `published` string ('2022-02-16' or '2022-02-16T23:30:00-08:00'). */
export function publishedDayNumber(published: string | Date): number {
  if (published instanceof Date) {
    return dayNumber(published.getUTCFullYear(), published.getUTCMonth() + 1, published.getUTCDate());
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!match) throw new Error(`test bug: not a publication date: ${published}`);
  return dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The relation the spec defines: past if the period ends before publication, future if it starts after. */
export function relationOf(
  date: string,
  end: string | undefined,
  granularity: Granularity,
  published: number,
): Relation | null {
  const first = valueBounds(date, granularity);
  const last = end === undefined ? first : valueBounds(end, granularity);
  if (!first || !last) return null;
  if (last[1] < published) return 'past';
  if (first[0] > published) return 'future';
  return 'present';
}

/**
 * Structural problems with a result, from the spec: offsets in range and matching the text, the
 * expression inside its sentence, well-formed dates, ranges not running backwards, the relation agreeing
 * with the dates, text order, unique ids. Returns a list of human-readable problems (empty when fine).
 */
export function eventProblems(
  input: string,
  events: readonly TimelineEvent[],
  published?: string | Date,
): string[] {
  const problems: string[] = [];
  const publishedDay = published === undefined ? undefined : publishedDayNumber(published);
  const ids = new Set<string>();
  let previousStart = -1;
  events.forEach((event, index) => {
    const where = `event #${index} ${JSON.stringify(event.expression?.text)}`;
    for (const key of ['expression', 'sentence'] as const) {
      const span = event[key];
      if (
        !span ||
        !Number.isInteger(span.start) ||
        !Number.isInteger(span.end) ||
        span.start < 0 ||
        span.end < span.start ||
        span.end > input.length
      ) {
        problems.push(`${where}: ${key} offsets out of range: ${JSON.stringify(span)} (input length ${input.length})`);
        continue;
      }
      if (input.slice(span.start, span.end) !== span.text) {
        problems.push(
          `${where}: input.slice(${span.start}, ${span.end}) is ${JSON.stringify(input.slice(span.start, span.end))}, ` +
            `${key}.text is ${JSON.stringify(span.text)}`,
        );
      }
    }
    if (event.expression && event.sentence) {
      if (event.expression.end <= event.expression.start) problems.push(`${where}: empty expression`);
      if (event.expression.start < event.sentence.start || event.expression.end > event.sentence.end) {
        problems.push(`${where}: expression [${event.expression.start}, ${event.expression.end}) is outside its sentence [${event.sentence.start}, ${event.sentence.end})`);
      }
      if (event.expression.start < previousStart) problems.push(`${where}: out of text order`);
      previousStart = event.expression.start;
    }
    if (!GRANULARITIES.includes(event.granularity)) {
      problems.push(`${where}: unknown granularity ${JSON.stringify(event.granularity)}`);
    } else {
      if (!isValidValue(event.date, event.granularity)) {
        problems.push(`${where}: date ${JSON.stringify(event.date)} is not a valid ${event.granularity} value`);
      }
      if (event.end !== undefined) {
        if (!isValidValue(event.end, event.granularity)) {
          problems.push(`${where}: end ${JSON.stringify(event.end)} is not a valid ${event.granularity} value`);
        } else if (isValidValue(event.date, event.granularity)) {
          const first = valueBounds(event.date, event.granularity)!;
          const last = valueBounds(event.end, event.granularity)!;
          if (last[0] < first[0]) problems.push(`${where}: range ends (${event.end}) before it starts (${event.date})`);
        }
      }
      if (publishedDay !== undefined) {
        const relation = relationOf(event.date, event.end, event.granularity, publishedDay);
        if (relation !== null && relation !== event.relation) {
          problems.push(`${where}: relation is ${JSON.stringify(event.relation)} but ${event.date}${event.end ? `/${event.end}` : ''} is ${relation} for publication day ${formatDayNumber(publishedDay)}`);
        }
      }
    }
    if (!['past', 'present', 'future'].includes(event.relation)) {
      problems.push(`${where}: unknown relation ${JSON.stringify(event.relation)}`);
    }
    if (typeof event.title !== 'string' || event.title.length > 100) {
      problems.push(`${where}: title must be a string of at most 100 characters: ${JSON.stringify(event.title)}`);
    }
    if (typeof event.id !== 'string' || event.id === '') problems.push(`${where}: id must be a non-empty string`);
    else if (ids.has(event.id)) problems.push(`${where}: duplicate id ${JSON.stringify(event.id)}`);
    else ids.add(event.id);
  });
  return problems;
}

/** The stricter title rules for real news copy: non-empty, at most 100 characters, without the date words. */
export function titleProblems(events: readonly TimelineEvent[]): string[] {
  const problems: string[] = [];
  events.forEach((event, index) => {
    const where = `event #${index} ${JSON.stringify(event.expression.text)}`;
    if (event.title.trim() === '') problems.push(`${where}: empty title`);
    if (event.title.length > 100) problems.push(`${where}: title longer than 100 characters: ${JSON.stringify(event.title)}`);
    if (event.title.includes(event.expression.text)) {
      problems.push(`${where}: title ${JSON.stringify(event.title)} contains the date words`);
    }
  });
  return problems;
}

/**
 * The markup property: the library must never put a '<' into a title or expression that the input did
 * not contain (no HTML invented, nothing unescaped that was not there).
 */
export function markupProblems(input: string, events: readonly Pick<TimelineEvent, 'title' | 'expression'>[]): string[] {
  if (input.includes('<')) return [];
  const problems: string[] = [];
  events.forEach((event, index) => {
    if (event.title.includes('<')) problems.push(`event #${index}: title ${JSON.stringify(event.title)} contains '<' not in the input`);
    if (event.expression.text.includes('<')) {
      problems.push(`event #${index}: expression ${JSON.stringify(event.expression.text)} contains '<' not in the input`);
    }
  });
  return problems;
}

export function formatDayNumber(days: number): string {
  const { year, month, day } = fromDayNumber(days);
  return formatYmd(year, month, day);
}

/** An event without its id, for comparing results of equivalent calls. */
export function withoutId(event: TimelineEvent): Omit<TimelineEvent, 'id'> {
  const { id: _id, ...rest } = event;
  void _id;
  return rest;
}

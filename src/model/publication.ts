import { isValidCalendarDate, type CalendarDate } from './calendar.js';
import { quoteValue } from './quoted-value.js';

// A date, or a date-time: the calendar date of an ISO date-time is the one written in it, in the writer's
// own offset.
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d))?$/;

/** The calendar date of an instant in UTC. */
export const utcDateOf = (instant: Date): CalendarDate => ({ year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() });

function describe(value: unknown): string {
  return value instanceof Date ? 'Invalid Date' : quoteValue(value);
}

/**
 * Reads a publication date as a calendar date. A `Date` is read in UTC so that the same instant gives
 * the same day on every machine.
 */
export function parsePublished(value: unknown): CalendarDate {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) {
      return utcDateOf(value);
    }
  } else if (typeof value === 'string') {
    const match = DATE.exec(value);
    if (match) {
      const [, year, month, day] = match.map(Number) as [number, number, number, number];
      if (isValidCalendarDate(year, month, day)) return { year, month, day };
    }
  }
  throw new TypeError(
    `Invalid publication date ${describe(value)}: expected 'YYYY-MM-DD', an ISO date-time with offset, or a valid Date`,
  );
}

/**
 * Expected instants for the layout tests, written independently of src/ (only `Date`'s UTC methods),
 * so a bug in the calendar code cannot confirm itself.
 */

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** UTC milliseconds of a proleptic Gregorian date and time; `month` is 1-12; works for years 0-99. */
export function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date.getTime();
}

/** An instant as an ISO string, for readable failure messages. */
export const iso = (ms: number): string => (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : String(ms));

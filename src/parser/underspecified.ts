/**
 * Places dates the text leaves open (a weekday, a month, "Dec. 30", "the third quarter") on the calendar,
 * given the direction the sentence points. Pure functions of the publication date.
 */
import { addDays, isValidCalendarDate, periodBounds, toDayNumber, weekdayOf, type CalendarDate, type Period } from '../model/calendar.js';
/** Which way the verbs nearest a date point (tense.ts reads English's; each language has its own reader). */
export type Tense = 'past' | 'future' | 'unknown';

/** Tense, or an explicit modifier: "last Friday" is strictly before, "next Tuesday" strictly after. */
export type Direction = Tense | 'last' | 'next';

/**
 * A bare weekday lies within a week of publication (AP style); the publication's own weekday is that
 * day. Without tense evidence the nearest one wins.
 */
export function resolveWeekday(published: CalendarDate, weekday: number, direction: Direction): CalendarDate {
  // Days on to the weekday, 0 to 6; less 7, the days back to it.
  const forward = (weekday - weekdayOf(published) + 7) % 7;
  const days: Record<Direction, number> = {
    past: forward && forward - 7,
    future: forward,
    // Never the publication's own weekday.
    last: forward - 7,
    next: forward || 7,
    // The nearer one: three days on, or three back.
    unknown: forward > 3 ? forward - 7 : forward,
  };
  return addDays(published, days[direction]);
}

/** How far, in days, a period lies from a day: 0 when it contains it. */
function distance(period: Period, day: number): number {
  const [first, last] = periodBounds(period);
  return day < first ? first - day : day > last ? day - last : 0;
}

// AP writes the year only when it is not the current one, so an undated "Nov. 7" stays in the
// publication year unless that is far away and another year's is close (a year boundary).
// A bare month, season or quarter ("in January", written in November) crosses the boundary more readily
// than a day and month, which AP style would have given a year.
const FAR = 150;
const CLOSE: Record<string, number> = { month: 120, season: 120, quarter: 120 };

// A date set down without its year ("prolongou até 20 de novembro", "had been set to expire Nov. 6",
// published Nov. 2) that falls this near publication on the other side of the tense is this year's: a
// date a year away would have been given its year.
const NEAR_DAYS = 45;

/**
 * Picks the year for a period whose year the text left out. `periodIn(year)` builds the candidate of a
 * year, or undefined when it does not exist that year (Feb. 29). `set`: a day written out, or a month's
 * edge, whose tense gives way within NEAR_DAYS.
 */
export function chooseYear(
  published: CalendarDate,
  periodIn: (year: number) => Period | undefined,
  direction: Direction,
  set = false,
): Period | undefined {
  const day = toDayNumber(published);
  // From two years back: "last winter", written in February, began in the December of the year before last.
  const candidates = [published.year - 2, published.year - 1, published.year, published.year + 1]
    .map(periodIn)
    .filter((period): period is Period => period !== undefined);
  if (candidates.length === 0) return undefined;
  // Within NEAR_DAYS, on either side, is only the nearest candidate.
  const near = set && (direction === 'past' || direction === 'future') && candidates.find((period) => Math.abs(periodBounds(period)[0] - day) <= NEAR_DAYS);
  if (near) return near;
  switch (direction) {
    // Candidates are in year order: the last one started or ended, the first one still open or to come.
    case 'past':
      return candidates.filter((period) => periodBounds(period)[0] <= day).at(-1);
    case 'last':
      return candidates.filter((period) => periodBounds(period)[1] < day).at(-1);
    case 'future':
      return candidates.find((period) => periodBounds(period)[1] >= day);
    case 'next':
      return candidates.find((period) => periodBounds(period)[0] > day);
    case 'unknown': {
      const current = candidates.find((period) => period.date.year === published.year);
      const nearest = candidates.reduce((best, period) => (distance(period, day) < distance(best, day) ? period : best));
      if (!current) return nearest;
      // A day (and any other period) crosses within 75 days.
      return distance(current, day) > FAR && distance(nearest, day) <= (CLOSE[current.granularity] ?? 75) ? nearest : current;
    }
  }
}

/**
 * The year that puts a month and day nearest publication, the publication year on a tie: chrono-node's
 * guess for a date without a year, on the calendar rather than the machine's clock.
 */
export function nearestYear(published: CalendarDate, month: number, day: number): number {
  const at = toDayNumber(published);
  const distance = (year: number) => (isValidCalendarDate(year, month, day) ? Math.abs(toDayNumber({ year, month, day }) - at) : Infinity);
  return [published.year + 1, published.year - 1].reduce((best, year) => (distance(year) < distance(best) ? year : best), published.year);
}

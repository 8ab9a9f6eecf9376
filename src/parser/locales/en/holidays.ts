/**
 * Dates of holidays news dates events by ("Elian was found Thanksgiving Day"), for any year. US federal
 * holidays follow 5 U.S.C. 6103; Election Day follows 2 U.S.C. 7; Easter is the Gregorian computus.
 */
import { addDays, daysInMonth, weekdayOf, type CalendarDate } from '../../../model/calendar.js';
import { easter } from '../../../model/easter.js';

/** A holiday on the `n`th given weekday of a month; n = -1 is the last. */
const nthWeekday = (month: number, weekday: number, n: number) => (year: number): CalendarDate => {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
};

/** A holiday on the same day every year. */
const fixed = (month: number, day: number) => (year: number): CalendarDate => ({ year, month, day });

// Keys are written without apostrophes: news writes "Presidents Day" and "Presidents' Day" alike.
const HOLIDAYS: Record<string, (year: number) => CalendarDate> = {
  'new years day': fixed(1, 1),
  'new years eve': fixed(12, 31),
  'valentines day': fixed(2, 14),
  'martin luther king day': nthWeekday(1, 1, 3),
  'presidents day': nthWeekday(2, 1, 3),
  'easter': easter,
  'easter sunday': easter,
  'good friday': (year) => addDays(easter(year), -2),
  'memorial day': nthWeekday(5, 1, -1),
  'independence day': fixed(7, 4),
  'the fourth of july': fixed(7, 4),
  'july fourth': fixed(7, 4),
  'labor day': nthWeekday(9, 1, 1),
  'halloween': fixed(10, 31),
  'election day': (year) => addDays(nthWeekday(11, 1, 1)(year), 1),
  'veterans day': fixed(11, 11),
  'thanksgiving': nthWeekday(11, 4, 4),
  'thanksgiving day': nthWeekday(11, 4, 4),
  'christmas eve': fixed(12, 24),
  'christmas': fixed(12, 25),
  'christmas day': fixed(12, 25),
  'boxing day': fixed(12, 26),
};

export const HOLIDAY_PATTERN = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/s /g, "['\u2019]?s['\u2019]? ").replace(/ /g, '\\s+'))
  .join('|');

export const holidayKey = (name: string): string => name.toLowerCase().replace(/['\u2019]/g, '').replace(/\s+/g, ' ');

/** The holiday's date in `year`, or undefined for a name that is not a holiday. */
export function holidayIn(name: string, year: number): CalendarDate | undefined {
  return HOLIDAYS[holidayKey(name)]?.(year);
}

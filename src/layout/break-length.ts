/** How much time a break cuts, in the one unit a reader would say it in: "14 years", "3 months", "20 days". */
import { MS_PER_DAY } from '../model/time-units.js';

export type BreakUnit = 'year' | 'month' | 'day';

/** Mean Gregorian year and month, in days: a break's length is an estimate, and says so ("about"). */
const YEAR_DAYS = 365.2425;
const MONTH_DAYS = YEAR_DAYS / 12;

export function breakLength(start: number, end: number): { amount: number; unit: BreakUnit } {
  const days = Math.max(0, end - start) / MS_PER_DAY;
  if (days >= YEAR_DAYS * 1.5) return { amount: Math.round(days / YEAR_DAYS), unit: 'year' };
  // About twelve months reads as a year, not "12 months".
  if (Math.abs(days - YEAR_DAYS) <= MONTH_DAYS / 2) return { amount: 1, unit: 'year' };
  if (days >= MONTH_DAYS * 1.5) return { amount: Math.round(days / MONTH_DAYS), unit: 'month' };
  return { amount: Math.round(days), unit: 'day' };
}

/**
 * Counts of units from a point, as the discourse (discourse.ts) and every language's offset parser share
 * them, and the tags by which a parser tells the discourse how an expression counts.
 */
import { addDays, addMonths, type Period } from '../model/calendar.js';
import { resolveWeekday } from './underspecified.js';

export type OffsetUnit = 'day' | 'week' | 'month' | 'year';

/**
 * A signed count of units, and whether it counts from publication ("ago") rather than from a date told;
 * with a weekday (0 = Sunday), the first such day after or before it ("the following Monday").
 */
export interface Offset {
  unit: OffsetUnit;
  amount: number;
  fromPublication: boolean;
  weekday?: number;
}

/** The period `amount` units from a day: the day, week, month, quarter or year itself. */
export function shiftPeriod(from: Period['date'], unit: OffsetUnit | 'quarter', amount: number): Period {
  const date =
    unit === 'day' || unit === 'week' ? addDays(from, amount * (unit === 'week' ? 7 : 1)) : addMonths(from, amount * (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1));
  return { granularity: unit, date };
}

/** The period an offset reaches from a day. */
export function countFrom(from: Period['date'], offset: Offset): Period {
  const { weekday, amount } = offset;
  return weekday === undefined ? shiftPeriod(from, offset.unit, amount) : { granularity: 'day', date: resolveWeekday(from, weekday, amount > 0 ? 'next' : 'last') };
}

/** An offset counted from the sentence's own event when it has one, else from publication. */
export const ANCHORED_TAG = 'nt/anchored';
/** Set once an anchored offset found its anchor in its own sentence. */
export const ANCHORED_IN_SENTENCE_TAG = 'nt/anchored-in-sentence';
/** Definite forms ("the day before", "the following month") continue the story: they count from the last date told. */
export const NARRATIVE_TAG = 'nt/narrative';
/** A past date whose year the text left out: a passage about another year may give it that year. */
export const OPEN_YEAR_TAG = 'nt/open-year';

/**
 * The tag a parser puts on an expression that refers to what the story is talking about ("the quarter",
 * "that day"), for discourse.ts to resolve. Its own module, so that the parsers and discourse need not
 * import each other.
 */
import { tagValue } from './reference.js';

const FOCUS_TAG = 'nt/focus:';

/**
 * - `quarter`: the quarter under discussion ("the quarter", "this quarter").
 * - `current-quarter`: the quarter under discussion, else the one of publication ("this quarter").
 * - `period`: the same, but vague enough to drop when no quarter is under discussion ("the period").
 * - `year-ago-quarter`: that quarter a year earlier ("the year-ago quarter").
 * - `year-ago`: a year before publication, or that quarter a year earlier when one is under discussion.
 * - `YYYY`: that quarter in the named year ("the 1988 period"), or the year itself.
 * - `that-day` ... `that-year`: the last date told, at that precision; nothing when none was.
 * - `in-that-year`: the month named, in the year of the last date told ("that October").
 * - `the-day`: the day being reported: the last day told, else publication ("later in the day").
 */
export type FocusKind =
  | 'quarter'
  | 'current-quarter'
  | 'period'
  | 'year-ago-quarter'
  | 'year-ago'
  | `${number}`
  | `that-${'day' | 'week' | 'month' | 'year'}`
  | 'in-that-year'
  | 'the-day';

export const focusTag = (kind: FocusKind): string => FOCUS_TAG + kind;

/** The focus kind a result's tags carry, if any. */
export const focusKindOf = (tags: Set<string>) => tagValue(tags, FOCUS_TAG) as FocusKind | undefined;

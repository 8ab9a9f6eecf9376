/**
 * What the article is talking about so far. Business news reports a quarter and then refers back to it:
 * "the quarter", "the latest period", "a year earlier" (the same quarter a year before), "the 1988
 * period". TimeML annotates these at quarter precision, and so does a careful reader. Narrative refers
 * back to the last date told: "that day", "later that year", "the following month".
 */
import { addMonths, periodBounds, quarterOf, toDayNumber, type CalendarDate, type Period } from './calendar.js';
import { ANCHORED_IN_SENTENCE_TAG, NARRATIVE_TAG, readOffset, shiftPeriod } from './parsers/relative-offset-parser.js';

const FOCUS_TAG = 'news-timeline/focus:';

/**
 * - `quarter`: the quarter under discussion ("the quarter", "this quarter").
 * - `current-quarter`: the quarter under discussion, else the one of publication ("this quarter").
 * - `period`: the same, but vague enough to drop when no quarter is under discussion ("the period").
 * - `year-ago-quarter`: that quarter a year earlier ("the year-ago quarter").
 * - `year-ago`: a year before publication, or that quarter a year earlier when one is under discussion.
 * - `YYYY`: that quarter in the named year ("the 1988 period"), or the year itself.
 * - `that-day` ... `that-year`: the last date told, at that precision; nothing when none was.
 */
export type FocusKind =
  | 'quarter'
  | 'current-quarter'
  | 'period'
  | 'year-ago-quarter'
  | 'year-ago'
  | `${number}`
  | `that-${'day' | 'week' | 'month' | 'year'}`;

export const focusTag = (kind: FocusKind): string => FOCUS_TAG + kind;

function focusKindOf(tags: Set<string>): FocusKind | undefined {
  for (const tag of tags) if (tag.startsWith(FOCUS_TAG)) return tag.slice(FOCUS_TAG.length) as FocusKind;
  return undefined;
}

/** The last quarter that has ended by publication: what "the quarter" means when none was named. */
export function lastCompletedQuarter(published: CalendarDate): CalendarDate {
  const previous = addMonths({ ...published, day: 1 }, -3);
  return { year: previous.year, month: (quarterOf(previous.month) - 1) * 3 + 1, day: 1 };
}

export interface Discourse {
  /** The period an expression names given what came before; undefined when it names nothing. */
  resolve(text: string, tags: Set<string>, period: Period): Period | undefined;
}

export function createDiscourse(published: CalendarDate): Discourse {
  let focus: CalendarDate | undefined;
  let last: Period | undefined;
  const publishedDay = toDayNumber(published);
  const quarter = (date: CalendarDate): Period => ({ granularity: 'quarter', date });
  const yearBefore = (date: CalendarDate) => addMonths(date, -12);
  return {
    resolve(text, tags, period) {
      const kind = focusKindOf(tags);
      if (kind === undefined) {
        const offset = tags.has(NARRATIVE_TAG) && !tags.has(ANCHORED_IN_SENTENCE_TAG) ? readOffset(text) : undefined;
        const told = offset && last ? shiftPeriod(last.date, offset.unit, offset.amount) : period;
        // Earnings news reports the latest quarter that has ended; one still running or ahead is a
        // forecast, and an earlier one a comparison ("after a flat second quarter").
        if (told.granularity === 'quarter' && periodBounds(told)[1] < publishedDay && !(focus && toDayNumber(told.date) < toDayNumber(focus))) {
          focus = told.date;
        }
        last = told;
        return told;
      }
      if (kind.startsWith('that-')) return last && { granularity: kind.slice(5) as Period['granularity'], date: last.date };
      switch (kind) {
        case 'quarter':
          return quarter(focus ?? lastCompletedQuarter(published));
        case 'current-quarter':
          return quarter(focus ?? published);
        case 'period':
          return focus && quarter(focus);
        case 'year-ago-quarter':
          return quarter(yearBefore(focus ?? lastCompletedQuarter(published)));
        case 'year-ago':
          return focus ? quarter(yearBefore(focus)) : period;
        default:
          return focus ? quarter({ ...focus, year: Number(kind) }) : period;
      }
    },
  };
}

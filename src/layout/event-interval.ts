/** Where an event lies on a UTC time axis. */
import type { TimelineEvent } from '../model/types.js';
import { parseEventValue, periodInterval } from '../model/event-value.js';

/**
 * How the element draws an event: `point`, a day or a time (a marker); `band`, a whole week, month,
 * quarter or year (a shaded span); `range`, from `date` to `end` ("from Monday to Wednesday").
 */
export type IntervalKind = 'point' | 'band' | 'range';

/** Half-open `[start, end)` in UTC milliseconds. */
export interface EventInterval {
  start: number;
  end: number;
  kind: IntervalKind;
}

/**
 * The event's extent in UTC milliseconds: a day is `[midnight, next midnight)`; a time starts at its
 * instant and lasts an hour; a week, month, quarter or year covers all its days; with `end`, from the
 * start of `date`'s period to the end of `end`'s. An `end` naming the same period as `date` adds
 * nothing. Throws a `RangeError` for a `date` or `end` that `parseEventValue` rejects or an `end`
 * before `date`; check events from outside with `isValidTimelineEvent` first.
 */
export function eventInterval(event: Pick<TimelineEvent, 'id' | 'date' | 'end'>): EventInterval {
  const period = parseEventValue(event.date);
  if (!period) throw new RangeError(`eventInterval: event ${event.id} has an invalid date ${JSON.stringify(event.date)}`);
  const [start, end] = periodInterval(period);
  const kind = period.granularity === 'day' || period.granularity === 'time' ? 'point' : 'band';
  if (event.end === undefined) return { start, end, kind };
  const endPeriod = parseEventValue(event.end);
  if (!endPeriod) throw new RangeError(`eventInterval: event ${event.id} has an invalid end ${JSON.stringify(event.end)}`);
  const [endStart, endEnd] = periodInterval(endPeriod);
  if (endStart < start) throw new RangeError(`eventInterval: event ${event.id} ends (${event.end}) before its date (${event.date})`);
  return endStart === start && endEnd === end ? { start, end, kind } : { start, end: endEnd, kind: 'range' };
}

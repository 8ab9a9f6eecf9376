/**
 * Checks that a value from outside (JSON, a user's script) is a usable `TimelineEvent`, saying what is
 * wrong so the element can report the item. Titles are plain text: markup in them is valid here and
 * must be rendered as text.
 */
import type { DayPart, Granularity } from './types.js';
import { DAY_PARTS } from './day-parts.js';
import { GRANULARITIES, eventValueProblem, parseEventValue, periodInterval } from './event-value.js';
import { quoteValue } from './quoted-value.js';

export type EventCheck = { ok: true } | { ok: false; reason: string };

const RELATIONS: readonly string[] = ['past', 'present', 'future'];

export function isValidTimelineEvent(x: unknown): EventCheck {
  const reason = problemOf(x);
  return reason === undefined ? { ok: true } : { ok: false, reason };
}

function problemOf(x: unknown): string | undefined {
  if (!isRecord(x)) return `expected an event object, got ${describeValue(x)}`;
  if (typeof x.id !== 'string' || x.id === '') return `id must be a non-empty string, got ${describeValue(x.id)}`;
  if (!GRANULARITIES.includes(x.granularity as Granularity)) {
    return `granularity must be one of ${GRANULARITIES.join(', ')}, got ${describeValue(x.granularity)}`;
  }
  const granularity = x.granularity as Granularity;
  const date = valueProblem('date', x.date, granularity);
  if (date) return date;
  if (x.end !== undefined) {
    const end = valueProblem('end', x.end, granularity);
    if (end) return end;
    // Both parse: valueProblem checked them.
    if (periodInterval(parseEventValue(x.end)!)[0] < periodInterval(parseEventValue(x.date)!)[0]) {
      return `end ${describeValue(x.end)} is before date ${describeValue(x.date)}`;
    }
  }
  if (x.part !== undefined && (granularity !== 'day' || !DAY_PARTS.includes(x.part as DayPart))) {
    return `part must be one of ${DAY_PARTS.join(', ')}, on a day, got ${describeValue(x.part)}${granularity === 'day' ? '' : ` on a ${granularity}`}`;
  }
  if (typeof x.title !== 'string') return `title must be a string, got ${describeValue(x.title)}`;
  if (typeof x.relation !== 'string' || !RELATIONS.includes(x.relation)) {
    return `relation must be one of ${RELATIONS.join(', ')}, got ${describeValue(x.relation)}`;
  }
  if (x.url !== undefined && typeof x.url !== 'string') return `url must be a string, got ${describeValue(x.url)}`;
  return spanProblem('expression', x.expression) ?? spanProblem('sentence', x.sentence);
}

function valueProblem(field: string, value: unknown, granularity: Granularity): string | undefined {
  if (typeof value !== 'string') return `${field} must be a string, got ${describeValue(value)}`;
  const period = parseEventValue(value);
  if (period && period.granularity === granularity) return undefined;
  if (period) return `${field} ${describeValue(value)} is a ${period.granularity} value, not a ${granularity}`;
  if (eventValueProblem(value) === 'range') return `${field} ${describeValue(value)} is beyond the dates a JavaScript Date can hold`;
  return `${field} ${describeValue(value)} is not a valid ${granularity} value`;
}

/** A `TextSpan`: offsets into the article, `start <= end`. */
function spanProblem(field: string, span: unknown): string | undefined {
  if (!isRecord(span)) return `${field} must be an object with text, start and end, got ${describeValue(span)}`;
  if (typeof span.text !== 'string') return `${field}.text must be a string, got ${describeValue(span.text)}`;
  for (const key of ['start', 'end'] as const) {
    const offset = span[key];
    if (!Number.isInteger(offset) || (offset as number) < 0) {
      return `${field}.${key} must be a non-negative integer, got ${describeValue(offset)}`;
    }
  }
  if ((span.start as number) > (span.end as number)) return `${field}.start (${span.start}) is after ${field}.end (${span.end})`;
  return undefined;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A short, safe description of a bad value for a message: its type, or a string's first characters. */
export function describeValue(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'string') return quoteValue(x);
  if (typeof x === 'number') return String(x);
  return typeof x;
}

/**
 * Whether two articles' events state the same happening: their dates are compatible (the same value, or
 * one period holding the other: "last week" and "on Tuesday" of that week) and their sentences say
 * much the same once the date words are gone. The threshold was chosen on the labelled pairs of
 * test/fixtures/story-pairs.ts (see test/story/same-happening.test.ts): duplicates from different
 * outlets and days, and events of the same day that are not the same.
 */
import { parseEventValue, periodInterval } from '../model/event-value.js';
import type { TextSpan, TimelineEvent } from '../model/types.js';
import { datelineEnd } from '../parser/locales/en/boilerplate.js';
import { similarity, statementWords, type Skip } from './statement-words.js';

/** One article's telling of an event. */
export interface Telling {
  event: TimelineEvent;
  article: string;
  /** The article's publication day. */
  published: string;
  url?: string;
  source?: string;
  /** The words of its sentence without the date words (see statement-words.ts). */
  words: ReadonlyMap<string, number>;
  /** Its period on the UTC axis, from its date to its end (see `eventSpan`), read once. */
  span: Span | undefined;
}

/** Milliseconds from the start of an event's period to the end of its range's last one. */
export type Span = readonly [start: number, end: number];

/** The least similarity of two statements of one happening. */
export const SAME_HAPPENING = 0.36;

/**
 * The words of an event's sentence that say what happened: without the dateline ("PINEVILLE, Ky., April
 * 8 (Reuters) -") and without the date words the article found in that sentence (`expressions`, offsets
 * into the article like the sentence's).
 */
export function tellingWords(event: TimelineEvent, expressions: readonly TextSpan[], lang?: string): Map<string, number> {
  const { sentence } = event;
  const dateline = datelineEnd(sentence.text) || (DAY_FIRST_DATELINE.exec(sentence.text)?.[0].length ?? 0);
  const skip: Skip[] = [[0, dateline], ...expressions.map(({ start, end }): Skip => [start - sentence.start, end - sentence.start])];
  return statementWords(sentence.text, skip, lang);
}

// Other languages' wires write the day first: "MADRID, 13 mar (EFE) -", "BERLIN, 5. Februar (dpa) -".
const DAY_FIRST_DATELINE = /^\p{Lu}[\p{Lu}\p{L} .'\u2019-]{1,40}?,\s*\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?(?:\s+(?:de\s+)?\d{4})?\s*\([^)]{1,40}\)\s*(?:-{1,2}|\u2013|\u2014)\s*/u;

function interval(value: string | undefined): [number, number] | undefined {
  const period = value === undefined ? undefined : parseEventValue(value);
  return period && periodInterval(period);
}

/** An event's period, to the end of its range; undefined for a value no `Date` can hold. */
export function eventSpan(event: TimelineEvent): Span | undefined {
  const start = interval(event.date);
  return start && [start[0], interval(event.end)?.[1] ?? start[1]];
}

/** One period inside the other. */
function nested(x: Span | undefined, y: Span | undefined): boolean {
  return !!x && !!y && ((x[0] <= y[0] && y[1] <= x[1]) || (y[0] <= x[0] && x[1] <= y[1]));
}

/** The same dates, or one event's period inside the other's. */
export function compatibleDates(a: TimelineEvent, b: TimelineEvent): boolean {
  return (a.date === b.date && a.end === b.end) || nested(eventSpan(a), eventSpan(b));
}

/** How alike two tellings are, when they can be one happening; 0 when they cannot. */
export function sameHappening(a: Telling, b: Telling): number {
  if (!(a.event.date === b.event.date && a.event.end === b.event.end) && !nested(a.span, b.span)) return 0;
  const score = similarity(a.words, b.words);
  return score >= SAME_HAPPENING ? score : 0;
}

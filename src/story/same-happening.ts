/**
 * Whether two articles' events state the same happening: their dates are compatible (the same value, or
 * one period holding the other: "last week" and "on Tuesday" of that week) and their sentences say
 * much the same once the date words are gone. The threshold was chosen on the labelled pairs of
 * test/fixtures/story-pairs.ts (see test/story/same-happening.test.ts): duplicates from different
 * outlets and days, and events of the same day that are not the same.
 */
import { parseEventValue, periodInterval } from '../model/event-value.js';
import type { TimelineEvent } from '../model/types.js';
import { datelineEnd } from '../parser/boilerplate.js';
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
}

/** The least similarity of two statements of one happening. */
export const SAME_HAPPENING = 0.36;

/**
 * The words of an event's sentence that say what happened: without the dateline ("PINEVILLE, Ky., April
 * 8 (Reuters) -") and without the words of every date the article found in it (`events`).
 */
export function tellingWords(event: TimelineEvent, events: readonly TimelineEvent[]): Map<string, number> {
  const { sentence } = event;
  const skip: Skip[] = [[0, datelineEnd(sentence.text)]];
  for (const other of events) {
    if (other.sentence.start === sentence.start) skip.push([other.expression.start - sentence.start, other.expression.end - sentence.start]);
  }
  return statementWords(sentence.text, skip);
}

function interval(value: string | undefined): [number, number] | undefined {
  const period = value === undefined ? undefined : parseEventValue(value);
  return period && periodInterval(period);
}

/** The same dates, or one event's period inside the other's. */
export function compatibleDates(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.date === b.date && a.end === b.end) return true;
  const [x, y] = [interval(a.date), interval(b.date)];
  if (!x || !y) return false;
  const [xEnd, yEnd] = [interval(a.end)?.[1] ?? x[1], interval(b.end)?.[1] ?? y[1]];
  return (x[0] <= y[0] && yEnd <= xEnd) || (y[0] <= x[0] && xEnd <= yEnd);
}

/** How alike two tellings are, when they can be one happening; 0 when they cannot. */
export function sameHappening(a: Telling, b: Telling): number {
  if (!compatibleDates(a.event, b.event)) return 0;
  const score = similarity(a.words, b.words);
  return score >= SAME_HAPPENING ? score : 0;
}

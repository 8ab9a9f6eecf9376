import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidTimelineEvent } from '../../src/model/event-validation.js';
import { eventInterval } from '../../src/layout/event-interval.js';
import { extractEvents } from '../../src/parser/index.js';
import type { TimelineEvent } from '../../src/model/types.js';

const ARTICLE = readFileSync(new URL('../fixtures/russia-troops-2022-02-16.txt', import.meta.url), 'utf8');

const EVENT: TimelineEvent = {
  id: '2022-02-15@120',
  date: '2022-02-15',
  granularity: 'day',
  expression: { text: 'on Tuesday', start: 120, end: 130 },
  sentence: { text: 'Troops left on Tuesday.', start: 100, end: 123 },
  title: 'Troops left',
  relation: 'past',
};

/** The event with `changes` applied; a change to `undefined` deletes the field. */
function withChanges(changes: Record<string, unknown>): unknown {
  const event: Record<string, unknown> = { ...EVENT, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete event[key];
  return event;
}

describe('isValidTimelineEvent', () => {
  it.each([
    ['the base event', {}],
    ['a title with markup, which is plain text', { title: '<script>alert(1)</script><img src=x onerror=alert(1)>' }],
    ['an empty title', { title: '' }],
    ['a range', { end: '2022-02-17' }],
    ['an end equal to the date', { end: '2022-02-15' }],
    ['a leap day', { date: '2024-02-29' }],
    ['a week with week 53', { date: '2020-W53', granularity: 'week' }],
    ['a time', { date: '2022-02-15T09:00', granularity: 'time', end: '2022-02-15T11:00' }],
    ['a quarter range over a year end', { date: '2022-Q4', end: '2023-Q1', granularity: 'quarter' }],
    ['a season range over a year end', { date: '2022-FA', end: '2022-WI', granularity: 'season' }],
    ['a year', { date: '2014', granularity: 'year' }],
    ['a month', { date: '2022-02', granularity: 'month', relation: 'present' }],
    ['extra fields', { score: 0.9, source: { url: 'https://example.com' } }],
    ['empty spans', { expression: { text: '', start: 0, end: 0 } }],
    ['a part of the day', { part: 'evening' }],
  ])('accepts %s', (_name, changes) => {
    const event = withChanges(changes);
    expect(isValidTimelineEvent(event), JSON.stringify(event)).toEqual({ ok: true });
  });

  it.each([
    ['null', null, /expected an event object, got null/],
    ['undefined', undefined, /got undefined/],
    ['a string', '2022-02-15', /expected an event object, got "2022-02-15"/],
    ['a number', 42, /expected an event object, got 42/],
    ['an array', [EVENT], /got an array/],
    ['no id', withChanges({ id: undefined }), /id must be a non-empty string, got undefined/],
    ['an empty id', withChanges({ id: '' }), /id must be a non-empty string/],
    ['a numeric id', withChanges({ id: 7 }), /id must be a non-empty string, got 7/],
    ['no granularity', withChanges({ granularity: undefined }), /granularity must be one of year, season, quarter, month, week, day, time, got undefined/],
    ['an unknown granularity', withChanges({ granularity: 'decade' }), /got "decade"/],
    ['no date', withChanges({ date: undefined }), /date must be a string, got undefined/],
    ['a Date for date', withChanges({ date: new Date(0) }), /date must be a string, got object/],
    ['February 30', withChanges({ date: '2022-02-30' }), /date "2022-02-30" is not a valid day value/],
    ['February 29 in a common year', withChanges({ date: '2023-02-29' }), /not a valid day value/],
    ['week 53 of a 52-week year', withChanges({ date: '2021-W53', granularity: 'week' }), /date "2021-W53" is not a valid week value/],
    ['a date of another granularity', withChanges({ date: '2022-02' }), /date "2022-02" is a month value, not a day/],
    ['a free-text date', withChanges({ date: 'Feb. 15, 2022' }), /not a valid day value/],
    ['a year no Date can hold', withChanges({ date: '999999', granularity: 'year' }), /date "999999" is beyond the dates a JavaScript Date can hold/],
    ['a day before the first a Date holds', withChanges({ date: '-300000-01-01' }), /date "-300000-01-01" is beyond the dates/],
    ['an end no Date can hold', withChanges({ date: '2022', granularity: 'year', end: '275760' }), /end "275760" is beyond the dates/],
    ['a null end', withChanges({ end: null }), /end must be a string, got null/],
    ['an invalid end', withChanges({ end: '2022-02-31' }), /end "2022-02-31" is not a valid day value/],
    ['an end of another granularity', withChanges({ end: '2022-03' }), /end "2022-03" is a month value, not a day/],
    ['an end before the date', withChanges({ end: '2022-02-14' }), /end "2022-02-14" is before date "2022-02-15"/],
    ['a time end before the date', withChanges({ date: '2022-02-15T09:00', granularity: 'time', end: '2022-02-15T08:59' }), /is before date/],
    ['an unknown part of the day', withChanges({ part: 'dusk' }), /part must be one of morning, afternoon, evening, night, on a day, got "dusk"/],
    ['a part of the day on a month', withChanges({ date: '2022-02', granularity: 'month', part: 'night' }), /part must be one of .*, on a day, got "night" on a month/],
    ['a null part', withChanges({ part: null }), /part must be one of .*got null/],
    ['no title', withChanges({ title: undefined }), /title must be a string, got undefined/],
    ['a number title', withChanges({ title: 3 }), /title must be a string, got 3/],
    ['no relation', withChanges({ relation: undefined }), /relation must be one of past, present, future, got undefined/],
    ['an unknown relation', withChanges({ relation: 'ongoing' }), /got "ongoing"/],
    ['no expression', withChanges({ expression: undefined }), /expression must be an object with text, start and end, got undefined/],
    ['a string expression', withChanges({ expression: 'on Tuesday' }), /expression must be an object/],
    ['an expression without text', withChanges({ expression: { start: 0, end: 1 } }), /expression.text must be a string/],
    ['a negative offset', withChanges({ expression: { text: 'x', start: -1, end: 1 } }), /expression.start must be a non-negative integer, got -1/],
    ['a fractional offset', withChanges({ sentence: { text: 'x', start: 0, end: 1.5 } }), /sentence.end must be a non-negative integer, got 1.5/],
    ['a string offset', withChanges({ sentence: { text: 'x', start: '0', end: 1 } }), /sentence.start must be a non-negative integer, got "0"/],
    ['a span that ends before it starts', withChanges({ sentence: { text: 'x', start: 5, end: 4 } }), /sentence.start \(5\) is after sentence.end \(4\)/],
    ['an array sentence', withChanges({ sentence: [] }), /sentence must be an object with text, start and end, got an array/],
  ])('rejects %s', (_name, input, reason) => {
    const result = isValidTimelineEvent(input);
    expect(result.ok, JSON.stringify(input)).toBe(false);
    expect(result.ok ? '' : result.reason, JSON.stringify(input)).toMatch(reason);
  });

  it('shortens a long bad string in the reason', () => {
    const result = isValidTimelineEvent(withChanges({ date: 'x'.repeat(10_000) }));
    expect(result.ok ? '' : result.reason.length).toBeLessThan(100);
  });

  it("accepts every event the parser finds, and can place each of them", () => {
    const events = extractEvents(ARTICLE, { published: '2022-02-16' });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(isValidTimelineEvent(event), JSON.stringify(event)).toEqual({ ok: true });
      expect(() => eventInterval(event), JSON.stringify(event)).not.toThrow();
    }
  });
});

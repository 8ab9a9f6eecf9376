/**
 * The golden test: the article the project started from (see /work/shared/seed/README.md), published
 * Wednesday 2022-02-16, gives exactly four events, in text order, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import type { PublishedInput, TimelineEvent } from '../../src/parser/index.js';
import { eventProblems, markupProblems, titleProblems, withoutId } from './expect-events.js';

const ARTICLE = readFileSync(new URL('../fixtures/russia-troops-2022-02-16.txt', import.meta.url), 'utf8');
const PUBLISHED = '2022-02-16';

interface Golden {
  weekday: string;
  date: string;
  relation: 'past' | 'present';
  /** A phrase of the sentence stating the event, as written in the article. */
  phrase: string;
}

const GOLDEN: readonly Golden[] = [
  { weekday: 'Wednesday', date: '2022-02-16', relation: 'present', phrase: 'defense ministry on Wednesday said' },
  { weekday: 'Tuesday', date: '2022-02-15', relation: 'past', phrase: 'an announcement that it made on Tuesday' },
  { weekday: 'Wednesday', date: '2022-02-16', relation: 'present', phrase: 'The head of NATO said on Wednesday' },
  { weekday: 'Tuesday', date: '2022-02-15', relation: 'past', phrase: 'President Biden on Tuesday had echoed' },
];

function summary(events: readonly TimelineEvent[]): string {
  return JSON.stringify(
    events.map((e) => ({ date: e.date, granularity: e.granularity, expression: e.expression.text, at: e.expression.start })),
    null,
    1,
  );
}

describe('seed article: russia-troops-2022-02-16', () => {
  it('the fixture is the article the README describes', () => {
    for (const { phrase } of GOLDEN) expect(ARTICLE).toContain(phrase);
    expect(ARTICLE).toContain('Copyright 2023 Nexstar Media Inc.');
  });

  it('gives exactly the four golden events, in order', () => {
    const events = extractEvents(ARTICLE, { published: PUBLISHED });
    const message = `published ${PUBLISHED}; actual events:\n${summary(events)}`;
    expect(
      events.map((e) => ({
        weekday: e.expression.text.replace(/^on /, ''),
        date: e.date,
        granularity: e.granularity,
        end: e.end,
        relation: e.relation,
      })),
      message,
    ).toEqual(GOLDEN.map((g) => ({ weekday: g.weekday, date: g.date, granularity: 'day', end: undefined, relation: g.relation })));
  });

  it('places each expression inside the sentence that states the event', () => {
    const events = extractEvents(ARTICLE, { published: PUBLISHED });
    expect(events.length, summary(events)).toBe(GOLDEN.length);
    GOLDEN.forEach((golden, i) => {
      const event = events[i]!;
      const where = `event #${i} (${golden.weekday}, ${JSON.stringify(golden.phrase)}): sentence ${JSON.stringify(event.sentence.text)}`;
      expect(event.sentence.text, where).toContain(golden.phrase);
      const phraseAt = ARTICLE.indexOf(golden.phrase);
      expect(event.expression.start, where).toBeGreaterThanOrEqual(phraseAt);
      expect(event.expression.end, where).toBeLessThanOrEqual(phraseAt + golden.phrase.length);
      expect(event.expression.start, where).toBeGreaterThanOrEqual(event.sentence.start);
      expect(event.expression.end, where).toBeLessThanOrEqual(event.sentence.end);
    });
  });

  it('offsets, titles and ids are well formed', () => {
    const events = extractEvents(ARTICLE, { published: PUBLISHED });
    expect(eventProblems(ARTICLE, events, PUBLISHED)).toEqual([]);
    expect(titleProblems(events)).toEqual([]);
    expect(markupProblems(ARTICLE, events)).toEqual([]);
    for (const e of events) {
      expect(ARTICLE.slice(e.expression.start, e.expression.end)).toBe(e.expression.text);
      expect(ARTICLE.slice(e.sentence.start, e.sentence.end)).toBe(e.sentence.text);
    }
  });

  it('finds nothing in the boilerplate, "right now" or "150,000"', () => {
    const events = extractEvents(ARTICLE, { published: PUBLISHED });
    const spans: Array<[string, number]> = [];
    for (const needle of ['Copyright 2023', 'right now', '150,000']) {
      for (let at = ARTICLE.indexOf(needle); at !== -1; at = ARTICLE.indexOf(needle, at + 1)) spans.push([needle, at]);
    }
    expect(spans.length).toBe(4); // "150,000" appears twice
    for (const e of events) {
      for (const [needle, at] of spans) {
        const overlaps = e.expression.start < at + needle.length && at < e.expression.end;
        expect(overlaps, `event ${JSON.stringify(e.expression.text)} at ${e.expression.start} overlaps ${JSON.stringify(needle)}`).toBe(false);
      }
      expect(e.date).not.toBe('2023');
      expect(e.expression.text).not.toMatch(/now|150|Copyright/i);
    }
    const copyrightLine = ARTICLE.indexOf('Copyright 2023');
    expect(events.every((e) => e.sentence.end <= copyrightLine)).toBe(true);
  });

  it('ids are unique and identical across calls', () => {
    const first = extractEvents(ARTICLE, { published: PUBLISHED });
    const second = extractEvents(ARTICLE, { published: PUBLISHED });
    expect(first.length).toBe(GOLDEN.length);
    expect(new Set(first.map((e) => e.id)).size).toBe(first.length);
    expect(second).toEqual(first);
    expect(second.map((e) => e.id)).toEqual(first.map((e) => e.id));
  });

  const SAME_DAY: readonly PublishedInput[] = [
    new Date(Date.UTC(2022, 1, 16, 23, 30)),
    '2022-02-16T23:30:00-08:00',
    '2022-02-16T00:15:00+09:00',
  ];
  for (const published of SAME_DAY) {
    const label = published instanceof Date ? `Date(${published.toISOString()})` : published;
    it(`gives the same events when published is ${label}`, () => {
      const reference = extractEvents(ARTICLE, { published: PUBLISHED });
      const events = extractEvents(ARTICLE, { published });
      expect(events.map((e) => e.date)).toEqual(GOLDEN.map((g) => g.date));
      expect(events.map(withoutId)).toEqual(reference.map(withoutId));
    });
  }
});

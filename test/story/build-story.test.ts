/**
 * buildStory on a story told by three outlets over four days (test/fixtures/story/harlan-flood.ts), and
 * on the cases its contract names: one article, bad input, ids.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import { buildStory } from '../../src/story/index.js';
import { HARLAN_FLOOD } from '../fixtures/story/harlan-flood.js';

const story = buildStory(HARLAN_FLOOD);
const told = (date: string, words: string) => story.filter((event) => event.date === date && event.sources!.some((source) => source.sentence.text.includes(words)));

describe('a story from three outlets', () => {
  it('makes one event of a happening every outlet tells, its sources in publication order', () => {
    const [crest, ...others] = told('2026-04-07', 'crest');
    expect(others).toEqual([]);
    expect(crest!.sources!.map((source) => [source.article, source.source, source.published])).toEqual([
      ['courier-0406', 'The Harlan Courier', '2026-04-06'],
      ['reuters-0408', 'Reuters', '2026-04-08'],
      ['herald-0409', 'Lexington Herald', '2026-04-09'],
    ]);
    // Each source points into its own article's text.
    for (const source of crest!.sources!) {
      const text = HARLAN_FLOOD.find((article) => article.id === source.article)!.text;
      expect(text.slice(source.sentence.start, source.sentence.end)).toBe(source.sentence.text);
      expect(text.slice(source.expression.start, source.expression.end)).toBe(source.expression.text);
    }
    expect(crest!.sources!.map((source) => source.expression.text)).toEqual(['on Tuesday', 'on Tuesday', 'April 7']);
  });

  it('takes date, title and words from the earliest of the most precise tellings, and the relation from the latest', () => {
    const [crest] = told('2026-04-07', 'crest');
    expect(crest!.article).toBe('courier-0406');
    expect(crest!.id).toBe(`courier-0406:${extractEvents(HARLAN_FLOOD[0]!.text, { published: '2026-04-06' })[1]!.id}`);
    // Told as ahead on April 6, it had happened by the last report.
    expect(crest!.relation).toBe('past');
  });

  it('takes the part of the day from the telling that gives it, as the most precise', () => {
    const [meeting, ...others] = buildStory([
      { id: 'first', text: 'The county council voted to close the bridge on Tuesday.', published: '2026-04-09' },
      { id: 'second', text: 'The county council voted Tuesday evening to close the bridge.', published: '2026-04-10' },
    ]);
    expect(others).toEqual([]);
    expect([meeting!.date, meeting!.part, meeting!.article, meeting!.sources!.length]).toEqual(['2026-04-07', 'evening', 'second', 2]);
  });

  it('makes one event of a plan and the report of it, and keeps another act of the same day apart', () => {
    const wednesday = story.filter((event) => event.date === '2026-04-08');
    expect(wednesday.map((event) => event.sources!.map((source) => source.article))).toEqual([['courier-0406', 'herald-0409'], ['herald-0409']]);
    expect(wednesday[1]!.title).toMatch(/rename the courthouse square/);
    expect(wednesday[0]!.relation).toBe('past');
  });

  it('never merges two events of one article, and keeps events only one outlet tells', () => {
    for (const event of story) {
      const articles = event.sources!.map((source) => source.article);
      expect(new Set(articles).size).toBe(articles.length);
    }
    // Reuters tells the closing on Monday, and that schools stayed shut on Tuesday: another event.
    expect(told('2026-04-06', 'Schools').flatMap((event) => event.sources!.map((source) => source.article))).toEqual(['courier-0406', 'reuters-0408']);
    expect(told('2026-04-07', 'stayed shut').map((event) => event.sources!.length)).toEqual([1]);
    expect(story.filter((event) => event.date === '1977')).toHaveLength(1);
  });

  it('gives ids unique across articles, each with its article id', () => {
    const ids = story.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const event of story) expect(event.id.startsWith(`${event.article}:`)).toBe(true);
  });

  it('is the same whatever order the articles are given in', () => {
    const reversed = buildStory([...HARLAN_FLOOD].reverse());
    const key = (events: typeof story) => events.map((event) => `${event.id} ${event.sources!.map((source) => source.article).join(',')}`).sort();
    expect(key(reversed)).toEqual(key(story));
  });
});

describe('one article', () => {
  it("gives extractEvents' events and ids, each with its one source", () => {
    const [article] = HARLAN_FLOOD;
    const events = extractEvents(article!.text, { published: article!.published });
    const single = buildStory([article!]);
    expect(single.map(({ sources, ...event }) => event)).toEqual(events);
    expect(single.map((event) => event.sources!.map((source) => source.article))).toEqual(events.map(() => ['courier-0406']));
  });

  it('names an article without an id by its place in the list', () => {
    const [event] = buildStory([{ text: 'Schools closed on Monday.', published: '2026-04-08' }, { text: 'Roads reopened on Tuesday.', published: '2026-04-08' }]);
    expect(event!.sources![0]!.article).toBe('a1');
    expect(event!.id.startsWith('a1:')).toBe(true);
  });
});

describe('bad input', () => {
  it('throws a TypeError naming the problem', () => {
    expect(() => buildStory('text' as never)).toThrow(/articles must be an array/);
    expect(() => buildStory([{ published: '2026-04-08' } as never])).toThrow(/article "a1" has no text/);
    expect(() => buildStory([{ text: 'x', published: 'soon' }])).toThrow(TypeError);
    expect(() => buildStory([{ id: 'x', text: 'a', published: '2026-04-08' }, { id: 'x', text: 'b', published: '2026-04-08' }])).toThrow(/two articles have the id "x"/);
  });

  it('gives an empty story for no articles', () => {
    expect(buildStory([])).toEqual([]);
  });
});

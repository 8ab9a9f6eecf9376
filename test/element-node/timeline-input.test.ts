import { describe, expect, it } from 'vitest';
import { formatOutput } from '../../src/cli/output.js';
import { resolveTimeline, textToRead } from '../../src/element/timeline-input.js';
import { extractEvents } from '../../src/parser/index.js';

const ARTICLE = 'The board met on Tuesday. The prophecy speaks of the year 999999. Prices rose in 2014.';
const FEB_16 = { year: 2022, month: 2, day: 16 };

/** What `news-timeline extract --published DATE` prints, read back as a page would. */
function cliOutput(text: string, published: string): unknown {
  return JSON.parse(formatOutput(published, extractEvents(text, { published }), 'json'));
}

describe('resolveTimeline', () => {
  it('keeps the events of a text that the axis can draw, and lists the one beyond any Date', () => {
    const resolved = resolveTimeline({ published: '2022-02-16', text: ARTICLE }, extractEvents);
    expect(resolved.events.map((event) => event.date)).toEqual(['2022-02-15', '2014']);
    expect(resolved.rejected).toEqual([{ index: 1, reason: 'date "999999" is beyond the dates a JavaScript Date can hold ("the year 999999")' }]);
    expect(resolved.published).toEqual(FEB_16);
    expect(resolved.error).toBeUndefined();
  });

  it("takes the CLI's { published, events } object, with its publication date when none is given", () => {
    const output = cliOutput('The board met on Tuesday.', '2022-02-16');
    expect(resolveTimeline({ events: output })).toMatchObject({ published: FEB_16, rejected: [], events: [{ date: '2022-02-15' }] });
    expect(resolveTimeline({ events: output, published: '' })).toMatchObject({ published: FEB_16 });
    expect(resolveTimeline({ events: output, published: '2022-03-01' })).toMatchObject({ published: { year: 2022, month: 3, day: 1 } });
  });

  it('reads text against the date its page states when the element has none, and against its own over that', () => {
    const text = 'The board met on Tuesday.';
    expect(textToRead({ text, pagePublished: '2022-02-16T10:00:00-05:00' })).toEqual({ text, published: '2022-02-16T10:00:00-05:00' });
    expect(resolveTimeline({ text, pagePublished: '2022-02-16' }, extractEvents)).toMatchObject({ published: FEB_16, events: [{ date: '2022-02-15' }] });
    expect(resolveTimeline({ text, published: '2022-03-02', pagePublished: '2022-02-16' }, extractEvents)).toMatchObject({ events: [{ date: '2022-03-01' }] });
    // A stated value that is no date is passed over: the element asks for `published`.
    expect(textToRead({ text, pagePublished: 'soon' })).toBeUndefined();
    expect(resolveTimeline({ text, pagePublished: 'soon' }).error).toMatch(/Set the published attribute/);
    // Events made elsewhere keep their own date.
    expect(resolveTimeline({ events: cliOutput(text, '2022-02-16'), pagePublished: '2022-05-05' })).toMatchObject({ published: FEB_16 });
  });

  it("reports an invalid published inside the CLI's object as the error", () => {
    expect(resolveTimeline({ events: { published: '2022-02-30', events: [] } }).error).toMatch(/2022-02-30/);
  });

  it.each([
    ['a string', '[]', /got "\[\]"/],
    ['a number', 7, /got 7/],
    ['true', true, /got boolean/],
    ['an object without events', { published: '2022-02-16' }, /got an object without an events array/],
    ['an object with events not an array', { events: { 0: {} } }, /got an object without an events array/],
  ])('gives an error, not a throw, for events that are %s', (_name, events, got) => {
    const resolved = resolveTimeline({ published: '2022-02-16', events });
    expect(resolved.events).toEqual([]);
    expect(resolved.error).toMatch(/^events must be an array of events, or the \{ published, events \} object that news-timeline extract prints; /);
    expect(resolved.error).toMatch(got);
  });

  it('treats null and undefined events as not given', () => {
    expect(resolveTimeline({ published: '2022-02-16', events: null, text: 'It rained on Tuesday.' }, extractEvents).events.map((event) => event.date)).toEqual(['2022-02-15']);
  });
});

describe('textToRead', () => {
  it('names the text and date that need the parser: a text or article with a valid publication date', () => {
    expect(textToRead({ published: '2022-02-16', text: 'It rained on Tuesday.' })).toEqual({ text: 'It rained on Tuesday.', published: '2022-02-16' });
    expect(textToRead({ published: '2022-02-16', articleText: 'It rained.' })).toEqual({ text: 'It rained.', published: '2022-02-16' });
    expect(textToRead({ published: '2022-02-16', text: 'Given.', articleText: 'Ignored.' })?.text).toBe('Given.');
  });

  it('needs no parser for events, blank text, or a missing or invalid date, which resolveTimeline answers alone', () => {
    const inputs = [
      { published: '2022-02-16', text: 'It rained on Tuesday.', events: [] },
      { published: '2022-02-16', text: ' \n ' },
      { text: 'It rained on Tuesday.' },
      { published: '2022-02-30', text: 'It rained on Tuesday.' },
    ];
    for (const input of inputs) {
      expect(textToRead(input), JSON.stringify(input)).toBeUndefined();
      expect(() => resolveTimeline(input)).not.toThrow();
    }
  });
});

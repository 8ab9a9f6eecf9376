// A page that copied news-timeline.bundle.js without the parser chunk beside it: the bundle is loaded
// here from a blob: URL, where its relative import of news-timeline.parser.js cannot resolve. Text then
// gives a visible error naming the parser, never a blank element, and events made elsewhere still draw.
// (This file imports nothing of src/: the bundle's definition is the only one.)
import { expect, waitUntil } from '@open-wc/testing';

interface BundledTimeline extends HTMLElement {
  updateComplete: Promise<boolean>;
  text?: string;
  events?: unknown;
}

before(async () => {
  const code = await (await fetch('/dist/news-timeline.bundle.js')).text();
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  await import(/* @vite-ignore */ url);
});

function timeline(): BundledTimeline {
  const el = document.createElement('news-timeline') as BundledTimeline;
  el.setAttribute('published', '2022-02-16');
  document.body.append(el);
  return el;
}

describe('news-timeline.bundle.js without its parser chunk', () => {
  afterEach(() => document.querySelectorAll('news-timeline').forEach((el) => el.remove()));

  it('shows an error naming the parser for text, not a blank element', async () => {
    const el = timeline();
    el.text = 'The board met on Tuesday.';
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]'), 'the error state shows', { timeout: 5000 });
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.match(/the parser could not load/);
  });

  it('still draws events made elsewhere', async () => {
    const el = timeline();
    const sentence = 'The board met on Tuesday.';
    el.events = [
      {
        id: 'a',
        date: '2022-02-15',
        granularity: 'day',
        expression: { text: 'on Tuesday', start: 14, end: 24 },
        sentence: { text: sentence, start: 0, end: sentence.length },
        title: 'The board met.',
        relation: 'past',
      },
    ];
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot?.querySelector('li[part~="event"]'), 'the event is drawn', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal('The board met.');
  });
});

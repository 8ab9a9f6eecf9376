// An event's `url` is linked only when it is a web address; anything else is shown as text.
import { expect } from '@open-wc/testing';
import { clickElement, eventButton, eventItems, eventsTimeline, makeEvent, part, resetPage, settle } from './helpers.js';

describe('<news-timeline> source links', () => {
  afterEach(resetPage);

  async function cardFor(url: string) {
    const el = await eventsTimeline([{ ...makeEvent({ date: '2022-02-15', granularity: 'day', title: 'The board met.' }), url }]);
    await clickElement(el, eventButton(eventItems(el)[0]!));
    await settle(el);
    return part(el, 'card')!;
  }

  it('links an https source', async () => {
    const card = await cardFor('https://example.com/story');
    const link = card.querySelector('a');
    expect(link?.getAttribute('href')).to.equal('https://example.com/story');
    expect(link?.getAttribute('rel')).to.contain('noopener');
  });

  it.each ?? null;

  for (const url of ['javascript:window.__xss=1', 'data:text/html,<script>window.__xss=1</script>', '" onmouseover="window.__xss=1', 'not a url']) {
    it(`shows ${JSON.stringify(url)} as text, never as a link`, async () => {
      const card = await cardFor(url);
      expect(card.querySelector('a'), 'no link').to.be.null;
      expect(card.textContent).to.contain(url);
      card.querySelector('[part~="source"]')?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      expect((window as unknown as { __xss?: number }).__xss).to.be.undefined;
    });
  }

  it('skips an event whose url is not a string, and reports it', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await eventsTimeline([{ ...makeEvent({ date: '2022-02-15', granularity: 'day', title: 'The board met.' }), url: 42 }]);
      expect(eventItems(el)).to.have.length(0);
      expect(errors.map((args) => String(args[0]))).to.satisfy((lines: string[]) => lines.some((line) => line.includes('#0') && line.includes('url')));
    } finally {
      console.error = original;
    }
  });
});

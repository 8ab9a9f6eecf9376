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

  for (const url of ['https://example.com/story', 'http://example.com/story?id=1&part=2', 'HTTPS://EXAMPLE.COM/Story#top']) {
    it(`links the web address ${JSON.stringify(url)}, in a new tab without an opener`, async () => {
      const card = await cardFor(url);
      const links = card.querySelectorAll('a');
      expect(links, 'one link').to.have.length(1);
      expect(links[0]!.getAttribute('href')).to.equal(url);
      expect(links[0]!.getAttribute('rel')?.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(links[0]!.getAttribute('target')).to.equal('_blank');
      expect(links[0]!.textContent).to.equal('Source');
    });
  }

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

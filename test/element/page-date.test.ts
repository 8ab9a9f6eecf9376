// An element without `published` takes the date its page states: the article's <time datetime>, else
// the page's article:published_time; its own attribute always wins, and a stated value that is no date
// is passed over (the element then asks for `published`).
import { expect, fixture, html } from '@open-wc/testing';
import { dates as drawnDates, part, settle, type NewsTimeline } from './helpers.js';

describe('the publication date a page states', () => {
  let meta: HTMLMetaElement | undefined;
  afterEach(() => {
    meta?.remove();
    meta = undefined;
  });

  it("takes the article's <time datetime> when the element has no published", async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline>
      <article>
        <p class="byline">By June Alder, <time datetime="2026-04-10T07:45:00-04:00">April 10, 2026</time></p>
        <p>Crews will begin repairing the levee on Monday. The river crested on Tuesday.</p>
      </article>
    </news-timeline>`);
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
    expect(drawnDates(el)).to.include.members(['2026-04-13', '2026-04-07']);
  });

  it("takes the page's article:published_time when the article has no <time>, and its own attribute over both", async () => {
    meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.content = '2026-04-10';
    document.head.append(meta);
    const el = await fixture<NewsTimeline>(html`<news-timeline><article><p>The river crested on Tuesday.</p></article></news-timeline>`);
    await settle(el);
    expect(drawnDates(el)).to.deep.equal(['2026-04-07']);
    el.published = '2026-04-16';
    await settle(el);
    expect(drawnDates(el)).to.deep.equal(['2026-04-14']);
  });

  it('passes over a stated value that is no date, and asks for published', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline><article><p><time datetime="soon">Soon</time> The river crested on Tuesday.</p></article></news-timeline>`);
    await settle(el);
    expect(part(el, 'error')?.textContent).to.match(/Set the published attribute/);
  });
});

// A story told by three outlets, as three <article> children or the `articles` property: one timeline
// where what several tell is one event, the card listing each source with its outlet, day and link;
// a source's button highlights its sentence in its own article. Screenshots at desktop and phone width.
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { buildStory } from '../../src/story/index.js';
import { HARLAN_FLOOD } from '../fixtures/story/harlan-flood.js';
import { eventItems, part, screenshot, settle, type NewsTimeline } from './helpers.js';

const STORY = buildStory(HARLAN_FLOOD);
const CREST = STORY.find((event) => event.date === '2026-04-07' && event.sources!.length === 3)!;

function storyPage(): HTMLElement {
  const el = document.createElement('news-timeline');
  for (const article of HARLAN_FLOOD) {
    const element = document.createElement('article');
    element.id = article.id!;
    element.dataset.published = String(article.published);
    element.dataset.source = article.source!;
    element.dataset.url = article.url!;
    // The outlet's name closes the article, so that its text (and the events' offsets) open as buildStory's.
    const outlet = Object.assign(document.createElement('p'), { className: 'outlet', textContent: `\u2014 ${article.source}` });
    element.append(...article.text.split('\n').map((line) => Object.assign(document.createElement('p'), { textContent: line })), outlet);
    el.append(element);
  }
  return el;
}

function selectedSentence(): string {
  const entry = [...CSS.highlights].find(([name]) => name.startsWith('news-timeline-sentence-'));
  return entry ? ([...entry[1]] as Range[]).map((range) => range.toString()).join(' ') : '';
}

async function select(el: NewsTimeline, id: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="event-button"][data-id="${CSS.escape(id)}"]`)!.click();
  await settle(el);
}

describe('a story of several articles', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1280, 390]) {
    it(`draws the merged story from three <article> children and lists each source (${width} px)`, async () => {
      await setViewport({ width, height: 900 });
      const el = await fixture<NewsTimeline>(html`${storyPage()}`);
      await settle(el);
      expect(part(el, 'error')).to.equal(null);
      expect(eventItems(el).map((item) => item.dataset.id).sort()).to.deep.equal(STORY.map((event) => event.id).sort());
      await select(el, CREST.id);
      const items = [...el.shadowRoot!.querySelectorAll('[part~="source-item"]')];
      expect(items.map((item) => item.querySelector('[part~="source-button"]')?.textContent)).to.deep.equal(['The Harlan Courier', 'Reuters', 'Lexington Herald']);
      expect(items.map((item) => item.querySelector('a[part~="source"]')?.getAttribute('href'))).to.deep.equal(HARLAN_FLOOD.map((article) => article.url));
      // The event's own sentence first; then the one of the source the reader picks, in its own article.
      expect(selectedSentence()).to.equal(CREST.sentence.text);
      items[1]!.querySelector<HTMLButtonElement>('[part~="source-button"]')!.click();
      await settle(el);
      expect(selectedSentence()).to.equal(CREST.sources![1]!.sentence.text);
      // The card reads the picked source's sentence, its date words marked.
      expect(el.shadowRoot!.querySelector('[part~="card"] [part~="expression"]')!.parentElement!.textContent).to.equal(CREST.sources![1]!.sentence.text);
      // The card holds its sources in view: its slot is tall enough for them.
      const slot = el.shadowRoot!.querySelector('.card-slot')!;
      expect(slot.scrollHeight, 'the card needs no scrolling').to.be.at.most(slot.clientHeight + 1);
      expect(items[1]!.querySelector('[part~="source-button"]')!.getAttribute('aria-pressed')).to.equal('true');
      // Every source's sentence of every event is underlined, in its own article.
      const underlined = [...CSS.highlights].find(([name]) => name.startsWith('news-timeline-event-sentences-'))![1];
      expect(underlined.size).to.equal(STORY.reduce((count, event) => count + event.sources!.length, 0));
      // Clicking a sentence in an article selects the event it tells, shown as that article's source.
      const herald = el.querySelector('#herald-0409 p:last-of-type')!.previousElementSibling!;
      expect(herald.textContent).to.match(/crested on April 7/);
      herald.scrollIntoView({ block: 'center' });
      const box = herald.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
      await settle(el);
      expect(selectedSentence()).to.equal(CREST.sources![2]!.sentence.text);
      expect(el.shadowRoot!.querySelector('[part~="card"]'), 'the card stays open').to.exist;
      window.scrollTo(0, 0);
      await screenshot(`story-sources-${width}`);
      await expect(el).to.be.accessible();
    });
  }

  it('reads the articles property the same way, naming sources without light-DOM articles', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline .articles=${HARLAN_FLOOD}></news-timeline>`);
    await settle(el);
    expect(eventItems(el).map((item) => item.dataset.id).sort()).to.deep.equal(STORY.map((event) => event.id).sort());
    await select(el, CREST.id);
    const names = [...el.shadowRoot!.querySelectorAll('[part~="source-item"] .source-name')].map((name) => name.textContent);
    expect(names).to.deep.equal(['The Harlan Courier', 'Reuters', 'Lexington Herald']);
    expect(el.shadowRoot!.querySelector('[part~="source-button"]')).to.equal(null);
  });

  it('shows an error for articles it cannot read, and links only web addresses', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline .articles=${[{ id: 'x', text: 'a', published: 'soon' }]}></news-timeline>`);
    await settle(el);
    expect(part(el, 'error')?.textContent).to.match(/These articles cannot be read/);
    el.articles = HARLAN_FLOOD.map((article) => ({ ...article, url: 'javascript:alert(1)' }));
    await settle(el);
    await select(el, CREST.id);
    expect(el.shadowRoot!.querySelector('a[part~="source"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.source-url')?.textContent).to.equal('javascript:alert(1)');
  });
});

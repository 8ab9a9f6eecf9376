// Server-rendered <news-timeline> hydrated in the browser: HTML that @lit-labs/ssr made in Node (the
// config's `ssr-render` command) is put into the page with its declarative shadow roots, and only then
// are lit's hydrate support and the element loaded, as a page that server-renders does.
// Hydrate support must come before lit-element: this file imports lit only through what follows it,
// and the element (with helpers.ts, which defines it) only once the server's HTML is in the page.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { extractEvents } from '../../src/parser/index.js';
import { captureConsole, type ConsoleCapture } from './console-capture.js';
import type { NewsTimeline, TimelineEvent } from './helpers.js';

const PUBLISHED = '2022-02-16';
const TEXT = 'The council said on Tuesday that it would vote on the plan next Monday. Protests began on February 1.';
const ARTICLE = '<article><h2>Talks</h2><p>The talks began on February 3.</p><p>The envoys met again on Friday.</p></article>';
const EVENTS = extractEvents('Troops withdrew on Monday. The summit is set for March 3.', { published: PUBLISHED });
const TEXT_EVENTS = extractEvents(TEXT, { published: PUBLISHED });

/** Drawn in time order. */
function inTimeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date));
}

type Input = 'text' | 'article' | 'events';

let helpers: typeof import('./helpers.js');
const elements = {} as Record<Input, NewsTimeline>;
/** What the server's HTML held before the element was defined: its shadow root and first list item or status. */
const served = {} as Record<Input, { root: ShadowRoot; first: Element }>;
/** The light-DOM article the server's HTML put in the page. */
let servedArticle: Element;
const logged: ConsoleCapture[] = [];
const uncaught: string[] = [];
const onError = (event: ErrorEvent): void => void uncaught.push(event.message);
const onRejection = (event: PromiseRejectionEvent): void => void uncaught.push(String(event.reason));

before(async () => {
  const html = await executeServerCommand<Record<Input, string>, object>('ssr-render', { published: PUBLISHED, text: TEXT, article: ARTICLE, events: EVENTS });
  const container = document.createElement('div');
  // The parser's way in, as for a served page: declarative shadow roots are attached, scripts are not run.
  container.setHTMLUnsafe(`${html.text}${html.article}${html.events}`);
  document.body.append(container);
  for (const [index, input] of (['text', 'article', 'events'] as const).entries()) {
    const el = container.children[index] as NewsTimeline;
    elements[input] = el;
    const root = el.shadowRoot!;
    served[input] = { root, first: root.querySelector('li[part~="event"], [part~="status"]')! };
  }
  servedArticle = elements.article.querySelector('article')!;
  // The page's language, which the server did not know: dates are in American English until hydration is
  // done. British, so that the articles (in English) are read with the grammar the server read them with.
  document.documentElement.lang = 'en-GB';
  // A property is not in the server's HTML: the page sets it before the element loads (or hydrates the
  // template that sets it), so that the first update renders what the server did.
  elements.events.events = EVENTS;
  logged.push(captureConsole('error'), captureConsole('warn'));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  await import('../../src/element/define.js');
  helpers = await import('./helpers.js');
  for (const el of Object.values(elements)) await helpers.settle(el);
  // The article is read after hydration, in the background: wait for its events.
  for (let frame = 0; frame < 100 && helpers.eventItems(elements.article).length === 0; frame++) await new Promise(requestAnimationFrame);
});

after(() => {
  document.documentElement.lang = '';
  for (const capture of logged) capture.restore();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

describe('<news-timeline> rendered on the server, hydrated in the browser', () => {
  it('served declarative shadow roots: the events of text and events drawn, "Reading the article…" for the article', () => {
    expect(served.text.first.getAttribute('data-id')).to.equal(inTimeOrder(TEXT_EVENTS)[0]!.id);
    expect(served.events.first.getAttribute('data-id')).to.equal(inTimeOrder(EVENTS)[0]!.id);
    expect(served.article.first.textContent).to.equal('Reading the article\u2026');
  });

  it('hydrates without errors or warnings, keeping the shadow roots and the nodes the server made', () => {
    expect(uncaught).to.deep.equal([]);
    expect(logged.flatMap((capture) => capture.messages())).to.deep.equal([]);
    for (const input of ['text', 'events'] as const) {
      const el = elements[input];
      expect(el.shadowRoot, input).to.equal(served[input].root);
      // Hydrated, not rendered anew: the server's list item is the element's own.
      expect(helpers.eventItems(el)[0], input).to.equal(served[input].first);
      expect(el.shadowRoot!.querySelectorAll('[part~="timeline"]'), input).to.have.length(1);
    }
    expect(elements.article.shadowRoot).to.equal(served.article.root);
  });

  it('then draws as the browser shows it: its own width and language, the events of its light-DOM article, the article untouched', () => {
    const { text, article, events } = elements;
    expect(helpers.text(served.text.first.querySelector('[part~="date"]'))).to.equal('Tuesday, 1 February 2022');
    // The server's view has no width (a 120 px axis); the page gives the element all of its 800 px.
    for (const el of [text, events]) expect(Number(helpers.part(el, 'viewport')!.querySelector('svg')!.getAttribute('width'))).to.be.above(600);
    expect(helpers.dates(text)).to.deep.equal(inTimeOrder(TEXT_EVENTS).map((event) => event.date));
    expect(helpers.dates(events)).to.deep.equal(inTimeOrder(EVENTS).map((event) => event.date));
    expect(article.querySelector('article')).to.equal(servedArticle);
    expect(servedArticle.outerHTML).to.equal(ARTICLE);
    expect(helpers.dates(article)).to.deep.equal(inTimeOrder(helpers.expectedArticleEvents(article, PUBLISHED)).map((event) => event.date));
    expect(helpers.dates(article)).to.have.length(2);
  });

  it('is interactive: clicking an event selects it and opens its card', async () => {
    for (const el of Object.values(elements)) {
      const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('news-timeline-select', resolve as EventListener, { once: true }));
      const button = helpers.nthEventButton(el, 0);
      await helpers.clickElement(el, button);
      expect((await selected).detail.event.id).to.equal(button.dataset.id);
      await el.updateComplete;
      expect(helpers.isSelected(button)).to.equal(true);
      expect(helpers.text(helpers.part(el, 'card')!.querySelector('h3'))).to.equal(helpers.text(button.querySelector('[part~="label"]')));
    }
  });
});

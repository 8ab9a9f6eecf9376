// Markup and script in an article, in `text` or in `events` must render as text: nothing runs and
// no element is created from it, before or after a reader clicks, hovers and types.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  articleTimeline,
  clickElement,
  eventButton,
  eventButtons,
  eventItems,
  eventsTimeline,
  hoverElement,
  makeEvent,
  part,
  resetPage,
  settle,
  shadow,
  text,
  textTimeline,
  type NewsTimeline,
} from './helpers.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '" onmouseover="window.__xss=1',
  'javascript:window.__xss=1',
  '<svg onload="window.__xss=1"><circle r="5"/></svg>',
  '<svg><a href="javascript:window.__xss=1"><text>x</text></a></svg>',
];

/** One dated sentence per payload, so every payload reaches a title, a sentence and a card. */
const HOSTILE_LINES = PAYLOADS.map((payload, i) => `On Tuesday the minister wrote ${payload} in memo number ${i + 1}.`);

function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

function checkNothingInjected(el: NewsTimeline, context: string): void {
  expect(window.__xss, `${context}: window.__xss`).to.equal(undefined);
  const elements = allElements(shadow(el));
  const dangerous = elements.filter((e) => ['img', 'script', 'iframe', 'object', 'embed'].includes(e.localName));
  expect(dangerous.map((e) => e.outerHTML), `${context}: img/script/iframe/object/embed in the shadow root`).to.deep.equal([]);
  const handlers = elements.flatMap((e) =>
    [...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `<${e.localName} ${a.name}="${a.value}">`),
  );
  expect(handlers, `${context}: on* attributes in the shadow root`).to.deep.equal([]);
  const scriptUrls = elements.flatMap((e) =>
    [...e.attributes]
      .filter((a) => ['href', 'src', 'xlink:href', 'action', 'formaction'].includes(a.name.toLowerCase()))
      .filter((a) => a.value.trim().toLowerCase().startsWith('javascript:'))
      .map((a) => `<${e.localName} ${a.name}="${a.value}">`),
  );
  expect(scriptUrls, `${context}: javascript: URLs in the shadow root`).to.deep.equal([]);
  expect(document.querySelectorAll('img').length, `${context}: img elements in the page`).to.equal(0);
  const pageScripts = [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__xss'));
  expect(pageScripts.length, `${context}: script elements carrying the payload in the page`).to.equal(0);
}

/** Clicks and hovers every event, presses the keys the element handles, and checks after each step. */
async function interact(el: NewsTimeline, context: string): Promise<void> {
  const count = eventItems(el).length;
  for (let i = 0; i < count; i += 1) {
    const button = eventButtons(el)[i]!;
    await hoverElement(button);
    await clickElement(el, button);
    await settle(el);
    const card = part(el, 'card');
    if (card) await hoverElement(card);
    checkNothingInjected(el, `${context}, after clicking event ${i + 1}`);
  }
  eventButtons(el)[0]?.focus();
  for (const key of ['ArrowRight', 'End', 'Home', 'Enter', '+', '-', '0']) await sendKeys({ press: key });
  await settle(el);
  checkNothingInjected(el, `${context}, after keyboard use`);
}

describe('<news-timeline> safety', () => {
  beforeEach(() => {
    delete window.__xss;
  });
  afterEach(resetPage);

  it('renders markup in a light-DOM article as text', async () => {
    const el = await articleTimeline(HOSTILE_LINES);
    expect(eventItems(el).length, 'the hostile article still yields events').to.be.greaterThan(0);
    checkNothingInjected(el, 'article');
    await interact(el, 'article');
    const card = part(el, 'card');
    expect(text(card), 'the card shows the payload as text').to.match(/<img|<script|onmouseover|javascript:/);
  });

  it('renders markup in `text` as text', async () => {
    const el = await textTimeline(HOSTILE_LINES.join(' '));
    expect(eventItems(el).length, 'the hostile text still yields events').to.be.greaterThan(0);
    checkNothingInjected(el, 'text');
    await interact(el, 'text');
  });

  it('renders markup in event titles, sentences, expressions and ids as text', async () => {
    const events = PAYLOADS.map((payload, i) =>
      makeEvent({
        id: `2022-02-1${i}@${payload}`,
        date: `2022-02-1${i}`,
        granularity: 'day',
        title: payload,
        expression: `on ${payload}`,
        sentence: `Officials said ${payload} on ${payload} and left.`,
      }),
    );
    const el = await eventsTimeline(events);
    checkNothingInjected(el, 'events');
    for (const event of events) {
      const item = eventItems(el).find((li) => li.dataset['id'] === event.id);
      expect(item, `li with data-id exactly ${JSON.stringify(event.id)}`).to.exist;
      const button = eventButton(item!);
      expect(text(button.querySelector('[part~="label"]')), 'label shows the title verbatim').to.equal(event.title);
      expect(button.getAttribute('aria-label')?.startsWith(`${event.title}, `), 'aria-label starts with the title verbatim').to.be.true;
    }
    await interact(el, 'events');
  });
});

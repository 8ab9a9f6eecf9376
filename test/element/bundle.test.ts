// The bundle as a page without a bundler takes it: dist/news-timeline.bundle.js loaded by
// itself (this file imports nothing of src/, so the bundle's definition is the only one), the seed
// article in its light DOM, and the interactions that run through its copies of lit, d3 and (in the
// parser chunk beside it) chrono-node.
// npm test builds the bundle first; test/run-browser-tests.mjs builds it when it is missing or stale.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { longWireTimeline } from './long-wire-article.js';

const BUNDLE_URL = '/dist/news-timeline.bundle.js';
const SEED_URL = '/test/fixtures/russia-troops-2022-02-16.txt';

interface BundledTimeline extends HTMLElement {
  updateComplete: Promise<boolean>;
  visibleDomain: [Date, Date];
}

let el: BundledTimeline;

async function settle(): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

const root = () => el.shadowRoot!;
const eventButtons = () => [...root().querySelectorAll<HTMLButtonElement>('button[part~="event-button"]')];
const span = () => el.visibleDomain[1].getTime() - el.visibleDomain[0].getTime();

before(async () => {
  await import(BUNDLE_URL);
  const lines = (await (await fetch(SEED_URL)).text()).split('\n').filter((line) => line.trim() !== '');
  el = document.createElement('news-timeline') as BundledTimeline;
  el.setAttribute('published', '2022-02-16');
  el.style.width = '900px';
  const article = document.createElement('article');
  for (const line of lines) article.append(Object.assign(document.createElement('p'), { textContent: line }));
  el.append(article);
  document.body.append(el);
  await settle();
});

describe('news-timeline.bundle.js in a page', () => {
  it('defines <news-timeline> from the one file', () => {
    expect(customElements.get('news-timeline')).to.be.a('function');
    expect(el.shadowRoot).to.not.equal(null);
  });

  it("draws the seed article's four events on a d3 axis", () => {
    expect(eventButtons()).to.have.length(4);
    const dates = [...root().querySelectorAll('li[part~="event"]')].map((item) => item.getAttribute('data-date'));
    expect([...dates].sort()).to.deep.equal(['2022-02-15', '2022-02-15', '2022-02-16', '2022-02-16']);
    expect(root().querySelectorAll('[part~="axis"] .tick').length).to.be.greaterThan(1);
  });

  it('zooms with its buttons and with a double-click (d3-zoom)', async () => {
    const before = span();
    root().querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
    await settle();
    // Zoom scales the story axis, whose days and breaks have room by their events, not by their length:
    // a doubled scale shows less time, by a factor that depends on where the view is.
    expect(span()).to.be.lessThan(before * 0.75);
    const zoomed = span();
    const viewport = root().querySelector<HTMLElement>('[part~="viewport"]')!;
    const box = viewport.getBoundingClientRect();
    viewport.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, clientX: box.left + box.width / 2, clientY: box.top + 10, view: window }));
    await settle();
    expect(span()).to.be.lessThan(zoomed * 0.75);
    root().querySelector<HTMLButtonElement>('[part~="zoom-fit"]')!.click();
    await settle();
    expect(span()).to.be.closeTo(before, before * 0.01);
  });

  // Wheel and drag start by interrupting transitions: in the bundle, d3-transition's stand-in does that.
  it('zooms with the wheel and pans with a drag', async () => {
    const viewport = root().querySelector<HTMLElement>('[part~="viewport"]')!;
    const box = viewport.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + 10)];
    const before = span();
    viewport.dispatchEvent(new WheelEvent('wheel', { bubbles: true, composed: true, cancelable: true, deltaY: -500, clientX: x, clientY: y, view: window }));
    await settle();
    expect(span(), 'a wheel turn of -500 pixels doubles the scale').to.be.lessThan(before * 0.75);
    const [start] = el.visibleDomain;
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 200, y] });
    await sendMouse({ type: 'up' });
    await settle();
    expect(el.visibleDomain[0].getTime(), 'dragging right shows earlier times').to.be.lessThan(start!.getTime());
    root().querySelector<HTMLButtonElement>('[part~="zoom-fit"]')!.click();
    await settle();
  });

  it("reads the article's text with news-timeline.parser.js, the chunk beside the bundle, loaded once", () => {
    const chunks = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === '/dist/news-timeline.parser.js');
    expect(chunks, 'the parser chunk was loaded').to.have.length(1);
  });

  it('reads a long article in news-timeline.worker.js, the worker beside the bundle', async () => {
    const long = longWireTimeline();
    try {
      await waitUntil(() => long.shadowRoot?.querySelectorAll('li[part~="event"], li[part~="cluster"]').length, 'the events arrive', { timeout: 10_000 });
      const dates = [...long.shadowRoot!.querySelectorAll('li[part~="event"]')].map((item) => item.getAttribute('data-date'));
      expect(new Set(dates)).to.deep.equal(new Set(['2021-03-02']));
      const workers = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === '/dist/news-timeline.worker.js');
      expect(workers, 'the worker script was loaded').to.have.length(1);
    } finally {
      long.remove();
    }
  });

  it('moves focus with the arrow keys and selects with Enter, showing the sentence', async () => {
    eventButtons()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle();
    const focused = root().activeElement as HTMLButtonElement;
    expect(eventButtons().indexOf(focused)).to.equal(1);
    await sendKeys({ press: 'Enter' });
    await settle();
    const card = root().querySelector('[part~="card"]')!;
    expect(focused.getAttribute('aria-pressed')).to.equal('true');
    expect(card.querySelector('[part~="expression"]')!.textContent).to.match(/Tuesday|Wednesday/);
  });
});

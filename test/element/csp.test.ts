// Under a strict style policy (`Content-Security-Policy: style-src 'self'`, no 'unsafe-inline') a page
// forbids style attributes. The element places its labels through the CSSOM, which such a policy
// allows, so they stand at their own positions instead of all at one point.
import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { makeEvent, resetPage, screenshot, type NewsTimeline } from './helpers.js';

const PAGE = '/test/element/pages/strict-style-csp.html';
const POLICY = "style-src 'self'";

interface StrictPage {
  frame: HTMLIFrameElement;
  document: Document;
  /** `violatedDirective: blocked sample` of every CSP violation in the page so far. */
  violations: string[];
}

/** The strict page in an iframe filling the viewport's width, with its element defined. */
async function openStrictPage(width: number): Promise<StrictPage> {
  const frame = document.createElement('iframe');
  frame.title = 'strict style policy';
  frame.style.cssText = `display: block; border: 0; width: ${width}px; height: 700px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  const inner = frame.contentWindow!;
  await inner.customElements.whenDefined('news-timeline');
  const violations: string[] = [];
  inner.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`));
  return { frame, document: inner.document, violations };
}

async function frames(page: StrictPage, count: number): Promise<void> {
  for (let index = 0; index < count; index++) await new Promise((resolve) => page.frame.contentWindow!.requestAnimationFrame(resolve));
}

const EVENTS = [
  makeEvent({ date: '2022-01-10', granularity: 'day', title: 'The talks began.' }),
  makeEvent({ date: '2022-01-24', granularity: 'day', title: 'Troops moved north.' }),
  makeEvent({ date: '2022-02-07', granularity: 'day', title: 'The envoys met.' }),
  makeEvent({ date: '2022-02-15', granularity: 'day', title: 'Some troops withdrew.' }),
];

async function strictTimeline(page: StrictPage): Promise<NewsTimeline> {
  const el = page.document.createElement('news-timeline') as NewsTimeline;
  el.setAttribute('published', '2022-02-16');
  el.events = EVENTS;
  page.document.body.append(el);
  await el.updateComplete;
  await frames(page, 3);
  await el.updateComplete;
  return el;
}

function boxes(el: NewsTimeline, selector: string): DOMRect[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((item) => item.getBoundingClientRect());
}

describe('<news-timeline> under a strict style CSP', () => {
  let page: StrictPage | undefined;
  afterEach(async () => {
    page?.frame.remove();
    page = undefined;
    await resetPage();
  });

  it('is served with the policy, which really blocks a style attribute', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
    page = await openStrictPage(800);
    const probe = page.document.createElement('div');
    probe.setAttribute('style', 'width: 123px');
    page.document.body.append(probe);
    await frames(page, 2);
    expect(probe.getBoundingClientRect().width, 'the blocked style attribute has no effect').to.not.equal(123);
    expect(page.violations.join('\n'), 'the browser reported the blocked attribute').to.match(/style-src/);
  });

  for (const width of [1280, 390]) {
    it(`puts every label at its own position at ${width} px, with no CSP violation`, async () => {
      await setViewport({ width, height: 800 });
      page = await openStrictPage(width);
      const el = await strictTimeline(page);
      expect(el.getAttribute('orientation'), 'orientation').to.equal(width < 600 ? 'vertical' : 'horizontal');
      const labels = boxes(el, 'li[part~="event"]');
      expect(labels, 'labels drawn').to.have.length(EVENTS.length);
      const along = labels.map((box) => Math.round(width < 600 ? box.top : box.left));
      expect(new Set(along).size, `label positions along the axis: ${JSON.stringify(along)}`).to.equal(EVENTS.length);
      // In time order along the axis, as the events are.
      expect([...along].sort((a, b) => a - b), 'in time order').to.deep.equal(along);
      const viewport = el.shadowRoot!.querySelector('[part~="viewport"]')!.getBoundingClientRect();
      expect(viewport.height, 'the viewport has its height').to.be.greaterThan(100);
      for (const box of labels) {
        expect(box.bottom, 'each label inside the viewport').to.be.at.most(viewport.bottom + 0.5);
      }
      expect(page.violations, 'CSP violations').to.deep.equal([]);
      await nextFrame();
      await screenshot(`strict-style-csp-${width}`);
    });
  }

  it('keeps the positions on zoom, and clusters too', async () => {
    await setViewport({ width: 1280, height: 800 });
    page = await openStrictPage(1280);
    const el = await strictTimeline(page);
    const before = boxes(el, 'li[part~="event"]').map((box) => Math.round(box.left));
    el.zoomIn();
    await el.updateComplete;
    await frames(page, 2);
    const after = boxes(el, 'li[part~="event"]').map((box) => Math.round(box.left));
    expect(after, 'zooming in moves the labels').to.not.deep.equal(before);
    // Forty events of a day now all fit (lanes and labels slid along them); four hundred cannot.
    el.events = Array.from({ length: 400 }, (_, index) => makeEvent({ date: '2022-02-15', granularity: 'day', title: `Same day ${index}.` }));
    await el.updateComplete;
    await frames(page, 3);
    const clusters = boxes(el, 'li[part~="cluster"]');
    expect(clusters, 'a "+N more" cluster').to.have.length(1);
    const places = [...boxes(el, 'li[part~="event"]'), clusters[0]!].map((box) => `${Math.round(box.left)},${Math.round(box.top)}`);
    expect(new Set(places).size, `the stacked labels and the cluster each have a place of their own: ${JSON.stringify(places)}`).to.equal(places.length);
    expect(page.violations, 'CSP violations').to.deep.equal([]);
  });
});

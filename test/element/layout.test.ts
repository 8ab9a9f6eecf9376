// Layout by the element's own width (vertical below 600px), and the user's media preferences.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import {
  buildArticle,
  clusterItems,
  currentDomain,
  domainAfter,
  eventButtons,
  eventItems,
  resetPage,
  seedLines,
  seedTimeline,
  settle,
  showDomain,
  span,
  text,
  type NewsTimeline,
} from './helpers.js';

async function waitForOrientation(el: NewsTimeline, vertical: boolean, context: string): Promise<void> {
  const deadline = performance.now() + 2000;
  const isVertical = (): boolean => el.getAttribute('orientation') === 'vertical';
  while (isVertical() !== vertical && performance.now() < deadline) await nextFrame();
  await settle(el);
  expect(
    el.getAttribute('orientation'),
    `${context}: host width ${el.getBoundingClientRect().width}px, orientation attribute`,
  )[vertical ? 'to' : 'not'].equal('vertical');
}

/** Every event button lies within the host horizontally and the page does not scroll sideways. */
function checkNoHorizontalOverflow(el: NewsTimeline, context: string): void {
  const host = el.getBoundingClientRect();
  for (const button of eventButtons(el)) {
    const box = button.getBoundingClientRect();
    expect(
      box.left >= host.left - 1 && box.right <= host.right + 1,
      `${context}: "${button.getAttribute('aria-label')}" spans x ${box.left}..${box.right}, host ${host.left}..${host.right}`,
    ).to.be.true;
  }
  expect(document.documentElement.scrollWidth, `${context}: page scroll width`).to.be.at.most(innerWidth);
}

async function seedInContainer(width: string): Promise<{ container: HTMLDivElement; el: NewsTimeline }> {
  const article = buildArticle(await seedLines());
  const container = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}"><news-timeline published="2022-02-16">${article}</news-timeline></div>`,
  );
  const el = container.querySelector('news-timeline') as NewsTimeline;
  await settle(el);
  return { container, el };
}

describe('<news-timeline> layout', () => {
  afterEach(resetPage);

  it('is horizontal on a wide page', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await seedTimeline();
    await waitForOrientation(el, false, '1280px viewport');
  });

  it('switches to vertical at a 360px viewport and keeps all events inside it', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await seedTimeline();
    await waitForOrientation(el, true, '360px viewport');
    const clusters = clusterItems(el).map((c) => text(c));
    expect(
      eventItems(el),
      `each of the 4 events (2 per day) is its own item in vertical layout; clusters instead: ${JSON.stringify(clusters)}`,
    ).to.have.length(4);
    checkNoHorizontalOverflow(el, '360px viewport');
  });

  it('switches to vertical in a 360px container on a wide page, and back when the container widens', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { container, el } = await seedInContainer('360px');
    await waitForOrientation(el, true, '360px container in a 1280px page');
    checkNoHorizontalOverflow(el, '360px container');
    container.style.width = '900px';
    await waitForOrientation(el, false, 'container widened to 900px');
    container.style.width = '560px';
    await waitForOrientation(el, true, 'container narrowed to 560px');
    container.style.width = '640px';
    await waitForOrientation(el, false, 'container widened to 640px');
  });

  it('switches when the viewport is resized after rendering', async () => {
    await setViewport({ width: 1024, height: 768 });
    const el = await seedTimeline();
    await waitForOrientation(el, false, '1024px viewport');
    await setViewport({ width: 360, height: 768 });
    await waitForOrientation(el, true, 'viewport resized to 360px');
    await setViewport({ width: 1024, height: 768 });
    await waitForOrientation(el, false, 'viewport resized back to 1024px');
  });

  it('zooms in vertical layout too', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await seedTimeline();
    await waitForOrientation(el, true, '360px viewport');
    const fit = currentDomain(el);
    const zoomed = await domainAfter(el, () => el.zoomIn());
    expect(span(zoomed), `vertical zoomIn: ${showDomain(zoomed)} vs ${showDomain(fit)}`).to.be.lessThan(span(fit));
  });

  it('changes zoom without animation when the user prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await seedTimeline();
    const fit = currentDomain(el);
    el.zoomIn();
    await el.updateComplete;
    await nextFrame();
    const first = currentDomain(el);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const later = currentDomain(el);
    expect(span(later), `zoomIn under reduced motion: ${showDomain(later)} vs ${showDomain(fit)}`).to.be.lessThan(span(fit));
    expect(showDomain(first), 'with reduced motion the zoomed domain is final by the next frame').to.equal(showDomain(later));
  });
});

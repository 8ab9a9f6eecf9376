// The timeline as a reader first sees it, on realistic articles of every beat (a flood with a history,
// an earnings report, a court story, a housing feature): every event has a readable label at the
// default view, on a desktop and on a phone; no two texts are drawn over each other; no hour ticks
// for a story of days; and nothing below the timeline jumps when zooming or selecting.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { articleTimeline, clusterItems, eventButtons, expectedArticleEvents, resetPage, screenshot, settle, shadow, text, type NewsTimeline } from './helpers.js';

const FIXTURES = [
  ['flood-millbrook-2024-04-18', '2024-04-18'],
  ['earnings-harlow-2023-10-26', '2023-10-26'],
  ['court-dorsey-2025-03-07', '2025-03-07'],
  ['housing-eastgate-2024-11-10', '2024-11-10'],
  ['russia-troops-2022-02-16', '2022-02-16'],
] as const;

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

async function lines(name: string): Promise<string[]> {
  const response = await fetch(`/test/fixtures/${name}.txt`);
  if (!response.ok) throw new Error(`GET ${name} answered ${response.status}`);
  return (await response.text()).split('\n').map((line) => line.trimEnd()).filter((line) => line !== '');
}

interface Drawn {
  what: string;
  box: DOMRect;
}

/** Every text the timeline draws, with its box: labels, dates, ticks, the publication label, breaks, clusters. */
function drawnTexts(el: NewsTimeline): Drawn[] {
  const root = shadow(el);
  const html = [...root.querySelectorAll('[part~="label"], [part~="date"], li[part~="cluster"] button')];
  const svg = [...root.querySelectorAll('[part~="axis"] .tick text, [part~="publication"] text, [part~="break"] text')];
  return [...html, ...svg]
    .filter((node) => text(node) !== '')
    .map((node) => ({ what: `${node.getAttribute('part') ?? node.localName} "${text(node)}"`, box: node.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
}

/** Pairs of drawn texts whose boxes overlap by more than a pixel each way. */
function overlaps(drawn: readonly Drawn[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const [a, b] = [drawn[i]!.box, drawn[j]!.box];
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 1 && y > 1) found.push(`${drawn[i]!.what} over ${drawn[j]!.what}`);
    }
  }
  return found;
}

function tickTexts(el: NewsTimeline): string[] {
  return [...shadow(el).querySelectorAll('[part~="axis"] .tick text')].map((tick) => text(tick)).filter((tick) => tick !== '');
}

const HOUR_TICK = /\d\s?(AM|PM)\b|\d:\d\d/i;

describe('<news-timeline> tells an article at first sight', () => {
  afterEach(resetPage);

  for (const [name, published] of FIXTURES) {
    for (const size of SIZES) {
      it(`${name} at ${size.width}x${size.height}: every event labelled, nothing drawn over anything, no jumps`, async () => {
        await setViewport(size);
        const el = await articleTimeline(await lines(name), { published });
        await screenshot(`story-${name}-${size.width}`);
        const expected = expectedArticleEvents(el, published);
        expect(expected.length, 'the article has events').to.be.greaterThan(3);

        // Every event has a visible label inside the timeline, none folded into "+N more".
        expect(clusterItems(el).map((cluster) => text(cluster)), 'no "+N more"').to.deep.equal([]);
        const buttons = eventButtons(el);
        expect(buttons.length, 'one label per event').to.equal(expected.length);
        const viewport = shadow(el).querySelector('[part~="viewport"]')!.getBoundingClientRect();
        for (const button of buttons) {
          const box = button.getBoundingClientRect();
          const where = `${text(button)} at ${Math.round(box.left)},${Math.round(box.top)} in ${Math.round(viewport.left)}..${Math.round(viewport.right)} x ${Math.round(viewport.top)}..${Math.round(viewport.bottom)}`;
          expect(box.left >= viewport.left - 1 && box.right <= viewport.right + 1 && box.top >= viewport.top - 1 && box.bottom <= viewport.bottom + 1, where).to.be.true;
        }

        expect(overlaps(drawnTexts(el)), 'texts drawn over each other').to.deep.equal([]);
        const timed = expected.some((event) => event.granularity === 'time');
        if (!timed) expect(tickTexts(el).filter((tick) => HOUR_TICK.test(tick)), `hour ticks for a story of days: ${tickTexts(el).join(' | ')}`).to.deep.equal([]);

        // Zooming and the card never change the element's height.
        const height = el.getBoundingClientRect().height;
        const heights: string[] = [];
        const note = async (what: string) => {
          await settle(el);
          heights.push(`${what}: ${el.getBoundingClientRect().height}`);
          expect(overlaps(drawnTexts(el)), `texts drawn over each other after ${what}`).to.deep.equal([]);
        };
        el.zoomIn();
        await note('zoomIn');
        el.zoomIn();
        await note('zoomIn twice');
        if (!timed) expect(tickTexts(el).filter((tick) => HOUR_TICK.test(tick)), 'hour ticks zoomed in').to.deep.equal([]);
        el.zoomOut();
        await note('zoomOut');
        el.zoomOut();
        el.zoomOut();
        await note('zoomOut past the fit');
        el.fit();
        await note('fit');
        eventButtons(el)[Math.floor(expected.length / 2)]!.click();
        await note('select');
        expect(shadow(el).querySelector('[part~="card"]'), 'the card opened').to.exist;
        expect(heights.every((entry) => entry.endsWith(`: ${height}`)), `height ${height}, then ${heights.join(', ')}`).to.be.true;
        await expect(el).to.be.accessible();
      });
    }
  }
});

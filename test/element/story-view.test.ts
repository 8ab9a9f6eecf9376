// The timeline as a reader first sees it, on realistic articles of every beat (a flood with a history,
// an earnings report, a court story, a housing feature): every event has a readable label at the
// default view, on a desktop and on a phone; no two texts are drawn over each other; no hour ticks
// for a story of days; and nothing below the timeline jumps when zooming or selecting.
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import { articleTimeline, clusterItems, fixtureLines, hoverElement, eventButtons, expectedArticleEvents, resetPage, screenshot, settle, shadow, text, type NewsTimeline } from './helpers.js';

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

/**
 * How many characters of a label's title a reader sees: those laid out inside the label's box (a title
 * longer than two lines goes on below it, clipped).
 */
function visibleCharacters(label: Element): number {
  const box = label.getBoundingClientRect();
  const range = document.createRange();
  let seen = 0;
  const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let offset = 0; offset < node.textContent!.length; offset++) {
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const char = range.getBoundingClientRect();
      if (char.bottom <= box.bottom + 0.5 && char.right <= box.right + 0.5 && char.top >= box.top - 0.5) seen++;
    }
  }
  return seen;
}

/** Titles that show fewer than `least` characters (or fewer than they have, when shorter). */
function shortTitles(el: NewsTimeline, least: number): string[] {
  return [...shadow(el).querySelectorAll('[part~="label"]')]
    .map((label) => ({ title: text(label), seen: visibleCharacters(label) }))
    .filter(({ title, seen }) => seen < Math.min(least, title.length))
    .map(({ title, seen }) => `${seen} of ${title.length}: ${title}`);
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
        const el = await articleTimeline(await fixtureLines(name), { published });
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
        const least = size.width >= 1280 ? 60 : 40;
        expect(shortTitles(el, least), `titles showing fewer than ${least} characters`).to.deep.equal([]);
        const cutDates = [...shadow(el).querySelectorAll<HTMLElement>('[part~="date"]')].filter((date) => date.scrollWidth > date.clientWidth + 1).map((date) => text(date));
        expect(cutDates, 'date lines cut short').to.deep.equal([]);
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
        const chosen = eventButtons(el)[Math.floor(expected.length / 2)]!;
        chosen.scrollIntoView({ block: 'center' });
        chosen.click();
        await note('select');
        expect(shadow(el).querySelector('[part~="card"]'), 'the card opened').to.exist;
        // Selecting may scroll toward the sentence, never so far that the label or the card leaves the window.
        // The card scrolls inside its slot: the slot is what must be on screen.
        for (const [what, node] of [['the selected label', chosen], ['the card', shadow(el).querySelector('[part~="card"]')!.parentElement!]] as const) {
          const box = node.getBoundingClientRect();
          expect(box.top >= 0 && box.bottom <= innerHeight, `${what} at ${Math.round(box.top)}..${Math.round(box.bottom)} of ${innerHeight}`).to.be.true;
        }
        // After the checks: a full-page screenshot resizes the window for a moment, which moves the page.
        await screenshot(`story-${name}-${size.width}-selected`);
        chosen.focus();
        await sendKeys({ press: 'Escape' });
        // A focused label shows its whole title over the lane below, by design: measure without focus.
        chosen.blur();
        await note('Escape');
        expect(shadow(el).querySelector('[part~="card"]'), 'Escape closed the card').to.not.exist;
        expect(heights.every((entry) => entry.endsWith(`: ${height}`)), `height ${height}, then ${heights.join(', ')}`).to.be.true;
        await expect(el).to.be.accessible();
      });
    }
  }

  it('shows a long title whole on hover and on keyboard focus, and cut after two lines otherwise', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await articleTimeline(await fixtureLines('earnings-harlow-2023-10-26'), { published: '2023-10-26' });
    const labels = [...shadow(el).querySelectorAll('[part~="label"]')];
    const long = labels.find((label) => visibleCharacters(label) < text(label).length);
    expect(long, 'a title longer than two lines').to.exist;
    const whole = text(long!).length;
    const button = long!.closest('button')!;
    await hoverElement(button);
    expect(visibleCharacters(long!), 'characters shown on hover').to.equal(whole);
    await resetMouse();
    expect(visibleCharacters(long!), 'cut again once the pointer leaves').to.be.lessThan(whole);
    // Focus from the keyboard: Tab into the events, then arrow keys to the long one.
    button.focus();
    await sendKeys({ press: 'Shift' });
    expect(button.matches(':focus-visible'), 'keyboard focus is visible').to.be.true;
    expect(visibleCharacters(long!), 'characters shown on focus').to.equal(whole);
  });
});

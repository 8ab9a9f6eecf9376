// A printed timeline is a list: every event with its date, title and sentence, and no controls, axis or
// card; the list exists only while printing, so the screen's DOM stays small.
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { articleTimeline, expectedArticleEvents, fixtureLines, part, resetPage, screenshot, settle, shadow, text, type NewsTimeline } from './helpers.js';

const FIXTURE = 'flood-millbrook-2024-04-18';
const PUBLISHED = '2024-04-18';

async function floodTimeline(): Promise<NewsTimeline> {
  return articleTimeline(await fixtureLines(FIXTURE), { published: PUBLISHED });
}

function shown(node: Element | null): boolean {
  return !!node && getComputedStyle(node).display !== 'none' && node.getBoundingClientRect().height > 0;
}

describe('<news-timeline> in print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await resetPage();
  });

  it('prints every event as a list of date, title and sentence, without controls, axis or card', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await floodTimeline();
    const expected = expectedArticleEvents(el, PUBLISHED);
    expect(part(el, 'print-list'), 'no printed list on screen').to.not.exist;

    await emulateMedia({ media: 'print' });
    await settle(el);
    const list = part(el, 'print-list');
    expect(shown(list), 'the printed list shows').to.be.true;
    const items = [...list!.querySelectorAll('li')];
    expect(items, 'one item per event').to.have.length(expected.length);
    const printed = new Set(items.map((item) => `${text(item.querySelector('.print-title'))} | ${text(item.querySelector('.print-sentence'))}`));
    for (const event of expected) expect(printed.has(`${event.title} | ${event.sentence.text}`), `${event.title} is printed with its sentence`).to.be.true;
    for (const item of items) expect(text(item.querySelector('.print-date')), 'each item has its date').to.not.equal('');
    for (const name of ['controls', 'viewport']) expect(shown(part(el, name)), `${name} hidden in print`).to.be.false;
    expect(shown(shadow(el).querySelector('.card-slot')), 'card hidden in print').to.be.false;
    await screenshot(`print-${FIXTURE}`);

    await emulateMedia({ media: 'screen' });
    await settle(el);
    expect(part(el, 'print-list'), 'the list is gone after printing').to.not.exist;
    expect(shown(part(el, 'viewport')), 'the axis is back').to.be.true;
  });

  it('renders the list from beforeprint to afterprint, the events a real print dialog fires', async () => {
    const el = await floodTimeline();
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect(part(el, 'print-list'), 'rendered for the printout').to.exist;
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(part(el, 'print-list'), 'gone afterwards').to.not.exist;
  });
});

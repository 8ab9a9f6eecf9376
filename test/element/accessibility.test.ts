// axe (through @open-wc/testing) in every state the element can be in, with a full-page screenshot of
// the main ones in test/screenshots/ for a person to look at.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import {
  clickElement,
  domainAfter,
  eventButton,
  eventItems,
  eventsTimeline,
  isSelected,
  nthEventButton,
  part,
  resetPage,
  screenshot,
  seedTimeline,
  settle,
  textTimeline,
  type NewsTimeline,
} from './helpers.js';

async function waitForVertical(el: NewsTimeline): Promise<void> {
  const deadline = performance.now() + 2000;
  while (el.getAttribute('orientation') !== 'vertical' && performance.now() < deadline) await nextFrame();
  await settle(el);
  expect(el.getAttribute('orientation'), `orientation at host width ${el.getBoundingClientRect().width}px`).to.equal('vertical');
}

describe('<news-timeline> accessibility', () => {
  afterEach(resetPage);

  it('seed article', async () => {
    const el = await seedTimeline();
    await screenshot('seed');
    await expect(el).to.be.accessible();
  });

  it('with an event selected', async () => {
    const el = await seedTimeline();
    const item = eventItems(el)[1]!;
    await clickElement(el, eventButton(item));
    await settle(el);
    expect(isSelected(eventButton(item)), 'precondition: the clicked event is selected').to.be.true;
    expect(part(el, 'card'), 'precondition: the card is shown').to.exist;
    window.scrollTo(0, 0);
    await screenshot('selected');
    await expect(el).to.be.accessible();
  });

  it('zoomed in', async () => {
    const el = await seedTimeline();
    await domainAfter(el, () => el.zoomIn());
    await domainAfter(el, () => el.zoomIn());
    await expect(el).to.be.accessible();
  });

  it('empty', async () => {
    const el = await textTimeline('Nothing in this text says when anything happened.');
    expect(part(el, 'empty'), 'precondition: [part~="empty"]').to.exist;
    await screenshot('empty');
    await expect(el).to.be.accessible();
  });

  it('error (invalid published)', async () => {
    const original = console.error;
    console.error = () => {}; // the one expected error is checked in states.test.ts
    try {
      const el = await fixture<NewsTimeline>(html`<news-timeline published="not-a-date" text="The board met on Tuesday."></news-timeline>`);
      await settle(el);
      expect(part(el, 'error'), 'precondition: [part~="error"]').to.exist;
      await screenshot('error');
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('vertical at a 360px viewport, with an event selected', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await seedTimeline();
    await waitForVertical(el);
    await screenshot('vertical-360');
    await expect(el).to.be.accessible();
    await clickElement(el, nthEventButton(el, 0));
    await settle(el);
    window.scrollTo(0, 0);
    await screenshot('vertical-360-selected');
    await expect(el).to.be.accessible();
  });

  it('dark color scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await seedTimeline();
    await screenshot('dark');
    await expect(el).to.be.accessible();
    await clickElement(el, nthEventButton(el, 0));
    await settle(el);
    window.scrollTo(0, 0);
    await screenshot('dark-selected');
    await expect(el).to.be.accessible();
  });

  it('dark color scheme, empty and error', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const empty = await eventsTimeline([]);
    await expect(empty).to.be.accessible();
    const original = console.error;
    console.error = () => {};
    try {
      const error = await textTimeline('The board met on Tuesday.', '2022-02-30');
      await expect(error).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('forced colors (high contrast)', async () => {
    await executeServerCommand('forced-colors', { active: true });
    try {
      const el = await seedTimeline();
      expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.be.true;
      await expect(el).to.be.accessible();
      await clickElement(el, nthEventButton(el, 1));
      await settle(el);
      window.scrollTo(0, 0);
      await screenshot('forced-colors-selected');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await seedTimeline();
    await expect(el).to.be.accessible();
    await clickElement(el, nthEventButton(el, 2));
    await settle(el);
    await expect(el).to.be.accessible();
  });
});

// Using <news-timeline> as a reader would: real clicks and key presses select events, show the card,
// highlight the sentence in the article, move focus in time order, and zoom.
import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  clickElement,
  closeDomains,
  currentDomain,
  domainAfter,
  eventButtons,
  eventItems,
  fixtureLines,
  eventKey,
  eventsTimeline,
  expectedArticleEvents,
  expectedFor,
  focusedId,
  ids,
  isSelected,
  isVisible,
  itemById,
  itemKey,
  eventButton,
  makeEvent,
  part,
  resetPage,
  sameEventContent,
  seedLines,
  seedTimeline,
  settle,
  shadow,
  showDomain,
  span,
  text,
  textTimeline,
  type NewsTimeline,
  type TimelineEvent,
} from './helpers.js';

/** The selected sentence's highlight of the element on the page (each element's is named for it). */
const selectedHighlight = () => [...CSS.highlights].find(([name]) => name.startsWith('news-timeline-sentence-'))?.[1];

function selectedIds(el: NewsTimeline): string[] {
  return eventItems(el)
    .filter((li) => isSelected(eventButton(li)))
    .map((li) => li.dataset['id'] ?? '(none)');
}

/** Runs `act` (one activation), checks that exactly one well-formed select event came of it, returns its event. */
async function selectEventFrom(el: NewsTimeline, act: () => Promise<void>): Promise<TimelineEvent> {
  const seen: Array<CustomEvent<{ event: TimelineEvent }>> = [];
  const record = (event: Event) => seen.push(event as CustomEvent<{ event: TimelineEvent }>);
  document.addEventListener('news-timeline-select', record);
  try {
    const fired = oneEvent(el, 'news-timeline-select') as Promise<CustomEvent<{ event: TimelineEvent }>>;
    await act();
    await fired;
    await settle(el);
  } finally {
    document.removeEventListener('news-timeline-select', record);
  }
  expect(seen.map((e) => e.detail?.event?.id), 'news-timeline-select events reaching document for one activation').to.have.length(1);
  const event = seen[0]!;
  expect(event.bubbles, 'news-timeline-select bubbles').to.be.true;
  expect(event.composed, 'news-timeline-select is composed').to.be.true;
  return event.detail.event;
}

function checkCard(el: NewsTimeline, event: TimelineEvent): void {
  const card = part(el, 'card');
  expect(card, '[part~="card"] after selecting').to.exist;
  expect(isVisible(card), 'the card is visible').to.be.true;
  const sentence = event.sentence.text.replace(/\s+/g, ' ').trim();
  expect(text(card), 'card text contains the sentence').to.contain(sentence);
  const marks = card!.querySelectorAll('mark[part~="expression"]');
  expect(marks, 'mark[part~="expression"] in the card').to.have.length(1);
  expect(text(marks[0]), 'marked expression').to.equal(event.expression.text.replace(/\s+/g, ' ').trim());
}

describe('<news-timeline> interaction', () => {
  afterEach(resetPage);

  describe('selection', () => {
    it('selects an event on click: pressed, card with the sentence and marked expression, select event', async () => {
      const el = await seedTimeline();
      const item = eventItems(el)[1]!;
      const id = item.dataset['id']!;
      const want = expectedFor(item, expectedArticleEvents(el));
      const detail = await selectEventFrom(el, () => clickElement(el, eventButton(item)));
      expect(detail.id, 'detail.event.id is the clicked item\'s data-id').to.equal(id);
      expect(sameEventContent(detail, want), `detail.event ${JSON.stringify(detail)} should be ${JSON.stringify(want)} (offsets aside)`).to.be.true;
      expect(selectedIds(el), 'selected items (aria-pressed/aria-current="true")').to.deep.equal([id]);
      checkCard(el, want);
    });

    it('selects with Enter and with Space, one event at a time', async () => {
      const el = await seedTimeline();
      const expected = expectedArticleEvents(el);
      const [firstId, , thirdId] = ids(el);
      const thirdEvent = expectedFor(itemById(el, thirdId!), expected);
      eventButton(itemById(el, firstId!)).focus();
      expect(focusedId(el), 'precondition: focus on the first event').to.equal(firstId);
      const byEnter = await selectEventFrom(el, () => sendKeys({ press: 'Enter' }));
      expect(byEnter.id, 'Enter selects the focused event').to.equal(firstId);
      expect(selectedIds(el), 'selected after Enter').to.deep.equal([firstId]);
      expect(focusedId(el), 'focus stays on the selected event').to.equal(firstId);

      eventButton(itemById(el, thirdId!)).focus();
      expect(focusedId(el), 'precondition: focus on the third event').to.equal(thirdId);
      const bySpace = await selectEventFrom(el, () => sendKeys({ press: 'Space' }));
      expect(bySpace.id, 'Space selects the focused event').to.equal(thirdId);
      expect(selectedIds(el), 'only the last selected event is selected').to.deep.equal([thirdId]);
      checkCard(el, thirdEvent);
    });

    it('selects an event given through the events property and passes it in detail.event', async () => {
      const events = [
        makeEvent({ date: '2022-02-15', granularity: 'day', title: 'The board met.', expression: 'on Tuesday' }),
        makeEvent({ date: '2022-01', granularity: 'month', title: 'Prices fell.', expression: 'in January' }),
      ];
      const el = await eventsTimeline(events);
      const item = itemById(el, events[0]!.id);
      const detail = await selectEventFrom(el, () => clickElement(el, eventButton(item)));
      expect(detail, 'detail.event').to.deep.equal(events[0]);
      checkCard(el, events[0]!);
    });

    /** The seed timeline with the Biden paragraph `spacer` pixels further down, scrolled to the top. */
    async function bidenBelow(spacer: number): Promise<{ el: NewsTimeline; event: TimelineEvent; item: HTMLLIElement }> {
      const lines = await seedLines();
      const biden = lines.findIndex((line) => line.startsWith('President Biden'));
      expect(biden, 'the seed article has the "President Biden on Tuesday" paragraph').to.be.greaterThan(0);
      const el = await seedTimeline({ spacerBefore: biden, spacerHeight: spacer });
      const event = expectedArticleEvents(el).find((e) => e.sentence.text.startsWith('President Biden'));
      expect(event, 'an extracted event in the Biden sentence').to.exist;
      window.scrollTo(0, 0);
      await nextFrame();
      const item = eventItems(el).find((li) => itemKey(li) === eventKey(event!));
      expect(item, `the drawn item for "${eventKey(event!)}"`).to.exist;
      return { el, event: event!, item: item! };
    }

    function onScreen(node: Element, what: string): void {
      const box = node.getBoundingClientRect();
      expect(box.top >= 0 && box.bottom <= innerHeight, `${what} at ${Math.round(box.top)}..${Math.round(box.bottom)} in a window of ${innerHeight} (scrollY ${scrollY})`).to.be.true;
    }

    it('highlights the sentence in the article and scrolls it into view, keeping the label and card on screen', async () => {
      // A window tall enough for the label, the card and the sentence at once.
      await setViewport({ width: 800, height: 900 });
      const { el, event, item } = await bidenBelow(0);
      const sentence = () => {
        const ranges = [...(selectedHighlight() ?? [])] as AbstractRange[];
        expect(ranges, 'ranges in the highlight').to.have.length(1);
        expect(ranges[0], 'the highlight holds a live Range').to.be.instanceOf(Range);
        return ranges[0] as Range;
      };
      // Just below the fold: as far down as the window's foot leaves it.
      const paragraph = [...el.querySelectorAll('article p')].find((p) => p.textContent!.startsWith('President Biden'))!;
      const spacer = document.createElement('div');
      spacer.style.height = `${Math.max(0, innerHeight + 40 - paragraph.getBoundingClientRect().top)}px`;
      paragraph.before(spacer);
      await nextFrame();
      expect(paragraph.getBoundingClientRect().top, 'precondition: the sentence starts below the fold').to.be.greaterThan(innerHeight);
      await selectEventFrom(el, () => clickElement(el, eventButton(item)));
      expect(sentence().toString(), 'highlighted text').to.equal(event.sentence.text);
      const box = sentence().getBoundingClientRect();
      expect(box.top, `sentence top after selecting (viewport height ${innerHeight}, scrollY ${scrollY})`).to.be.within(0, innerHeight - 10);
      onScreen(eventButton(item), 'the selected label');
      onScreen(part(el, 'card')!, 'the card');
    });

    it('scrolls no further than keeps the label and the card on screen, for a sentence far below', async () => {
      const { el, item } = await bidenBelow(3000);
      await selectEventFrom(el, () => clickElement(el, eventButton(item)));
      onScreen(eventButton(item), 'the selected label');
      onScreen(part(el, 'card')!, 'the card');
    });

    it('keeps the card in view on a timeline taller than the window, and the selected label clear of it', async () => {
      // A story of nearly 40 events draws a timeline about as tall as a laptop's window. Given as text, no
      // sentence in the page leads the scroll.
      await setViewport({ width: 1280, height: 800 });
      const el = await textTimeline((await fixtureLines('flood-millbrook-2024-04-18')).join('\n\n'), '2024-04-18');
      const buttons = eventButtons(el);
      const label = buttons.reduce((a, b) => (b.getBoundingClientRect().bottom > a.getBoundingClientRect().bottom ? b : a));
      // The lowest label just above the window's foot, where the card opens.
      window.scrollBy(0, label.getBoundingClientRect().bottom - innerHeight + 4);
      await nextFrame();
      expect(el.shadowRoot!.querySelector('.card-slot')!.getBoundingClientRect().bottom, 'precondition: the card slot ends below the fold').to.be.greaterThan(innerHeight);
      await selectEventFrom(el, () => label.click());
      onScreen(label, 'the selected label');
      const card = part(el, 'card')!;
      onScreen(card, 'the card');
      expect(label.getBoundingClientRect().bottom, 'the label above the card').to.be.at.most(card.parentElement!.getBoundingClientRect().top);
    });

    it('does not scroll for a card that opens below a timeline that fits the window, under a hovered label', async () => {
      const long = 'The council voted to rebuild the levee along the river road, raise the bridge by two feet, buy out the flooded farms and move the school.';
      // Hovered, the whole title reaches past the timeline's foot, over the card.
      const events = [makeEvent({ date: '2022-02-15', granularity: 'day', title: `${long} ${long}`, expression: 'on Tuesday' })];
      const el = await eventsTimeline(events);
      // Room to scroll: a scroll the reveal made would show.
      const spacer = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'height: 2000px' }));
      try {
        window.scrollTo(0, 0);
        await nextFrame();
        const label = eventButton(itemById(el, events[0]!.id));
        await selectEventFrom(el, () => clickElement(el, label));
        const slot = el.shadowRoot!.querySelector('.card-slot')!.getBoundingClientRect();
        expect(slot.top, 'precondition: the card opens below the timeline').to.be.greaterThan(part(el, 'viewport')!.getBoundingClientRect().bottom);
        expect(scrollY, 'the page did not move').to.equal(0);
      } finally {
        spacer.remove();
      }
    });

    it('does not scroll for a sentence already in view', async () => {
      const { el } = await bidenBelow(0);
      const expected = expectedArticleEvents(el);
      const first = eventItems(el).reduce((a, b) => (expectedFor(b, expected).sentence.start < expectedFor(a, expected).sentence.start ? b : a));
      const paragraph = [...el.querySelectorAll('article p')].find((p) => p.textContent!.includes(expectedFor(first, expected).sentence.text))!;
      expect(paragraph.getBoundingClientRect().bottom, "precondition: the first event's paragraph is in view").to.be.below(innerHeight);
      await selectEventFrom(el, () => clickElement(el, eventButton(first)));
      expect(scrollY, 'the page did not move').to.equal(0);
    });

    it("selects the event the page's URL links to (#<event id>), on load and when the link changes", async () => {
      const events = [
        makeEvent({ date: '2022-02-15', granularity: 'day', title: 'The board met.', expression: 'on Tuesday' }),
        makeEvent({ date: '2021-06', granularity: 'month', title: 'Prices fell.', expression: 'in June' }),
      ];
      history.replaceState(null, '', `#${encodeURIComponent(events[1]!.id)}`);
      try {
        const el = await eventsTimeline(events);
        await settle(el);
        expect(selectedIds(el), 'the linked event is selected on load').to.deep.equal([events[1]!.id]);
        expect(text(part(el, 'card')?.querySelector('h3')), 'its card is open').to.equal('Prices fell.');
        const selected = oneEvent(el, 'news-timeline-select');
        location.hash = encodeURIComponent(events[0]!.id);
        expect(((await selected) as CustomEvent<{ event: TimelineEvent }>).detail.event.id, 'a new link selects its event').to.equal(events[0]!.id);
        await settle(el);
        expect(selectedIds(el)).to.deep.equal([events[0]!.id]);
        location.hash = 'not-an-event';
        await settle(el);
        expect(selectedIds(el), 'a link to no event of ours changes nothing').to.deep.equal([events[0]!.id]);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('closes the card with its close button, with Escape and with a second click on the event', async () => {
      const el = await seedTimeline();
      const item = eventItems(el)[0]!;
      const open = async () => {
        await clickElement(el, eventButton(item));
        await settle(el);
        expect(part(el, 'card'), 'the card opened').to.exist;
      };
      const closed = async (how: string) => {
        await settle(el);
        expect(part(el, 'card'), `closed by ${how}`).to.not.exist;
        expect(selectedIds(el), `nothing selected after ${how}`).to.deep.equal([]);
      };
      await open();
      await clickElement(el, part(el, 'card-close')!);
      await closed('the close button');
      expect(focusedId(el), 'focus goes back to the event').to.equal(item.dataset['id']);
      await open();
      await sendKeys({ press: 'Escape' });
      await closed('Escape');
      await open();
      await clickElement(el, eventButton(item));
      await closed('a second click');
      await open();
      eventButton(item).focus();
      await sendKeys({ press: 'Enter' });
      await closed('Enter on the selected event');
    });
  });

  describe('keyboard', () => {
    it('moves focus in time order: ArrowRight/ArrowDown next, ArrowLeft/ArrowUp previous, Home/End ends', async () => {
      const el = await seedTimeline();
      const order = ids(el);
      const start = eventButtons(el).find((b) => b.getAttribute('tabindex') === '0');
      expect(start, 'the event button with tabindex 0').to.exist;
      start!.focus();
      const steps: Array<[string, number]> = [
        ['Home', 0],
        ['ArrowRight', 1],
        ['ArrowDown', 2],
        ['ArrowLeft', 1],
        ['ArrowUp', 0],
        ['End', order.length - 1],
        ['ArrowLeft', order.length - 2],
        ['Home', 0],
      ];
      for (const [key, index] of steps) {
        await sendKeys({ press: key });
        await settle(el);
        expect(focusedId(el), `after ${key}, focus should be on item ${index} of ${JSON.stringify(order)}`).to.equal(order[index]);
        const tabbable = eventButtons(el).filter((b) => b.getAttribute('tabindex') === '0');
        expect(tabbable, `after ${key}: exactly one event button with tabindex 0`).to.have.length(1);
        expect(tabbable[0]!.closest('li')!.dataset['id'], `after ${key}: the focused button has tabindex 0`).to.equal(order[index]);
      }
    });

    it('zooms with + and = (in), - (out) and 0 (fit) while an event has focus', async () => {
      const el = await seedTimeline();
      const fit = currentDomain(el);
      eventButtons(el)[0]!.focus();
      const plus = await domainAfter(el, () => sendKeys({ press: '+' }));
      expect(span(plus), `after +: ${showDomain(plus)} vs fit ${showDomain(fit)}`).to.be.lessThan(span(fit));
      const equals = await domainAfter(el, () => sendKeys({ press: '=' }));
      expect(span(equals), `after =: ${showDomain(equals)} vs ${showDomain(plus)}`).to.be.lessThan(span(plus));
      const minus = await domainAfter(el, () => sendKeys({ press: '-' }));
      expect(span(minus), `after -: ${showDomain(minus)} vs ${showDomain(equals)}`).to.be.greaterThan(span(equals));
      const zero = await domainAfter(el, () => sendKeys({ press: '0' }));
      expect(closeDomains(zero, fit), `after 0: ${showDomain(zero)} should be the fit ${showDomain(fit)}`).to.be.true;
      expect(shadow(el).activeElement, 'focus stays inside the element while zooming').to.exist;
    });
  });

  describe('zoom', () => {
    it('zoomIn() narrows, zoomOut() widens and fit() restores the visible domain', async () => {
      const el = await seedTimeline();
      const fit = currentDomain(el);
      const once = await domainAfter(el, () => el.zoomIn());
      expect(span(once), `zoomIn: ${showDomain(once)} vs fit ${showDomain(fit)}`).to.be.lessThan(span(fit));
      const twice = await domainAfter(el, () => el.zoomIn());
      expect(span(twice), `second zoomIn: ${showDomain(twice)} vs ${showDomain(once)}`).to.be.lessThan(span(once));
      const out = await domainAfter(el, () => el.zoomOut());
      expect(span(out), `zoomOut: ${showDomain(out)} vs ${showDomain(twice)}`).to.be.greaterThan(span(twice));
      const back = await domainAfter(el, () => el.fit());
      expect(closeDomains(back, fit), `fit(): ${showDomain(back)} should equal ${showDomain(fit)}`).to.be.true;
    });

    it('zoomTo(start, end) shows that range', async () => {
      const el = await seedTimeline();
      const start = new Date(Date.UTC(2022, 1, 15, 6));
      const end = new Date(Date.UTC(2022, 1, 16, 18));
      const shown = await domainAfter(el, () => el.zoomTo(start, end));
      expect(closeDomains(shown, [start, end], 0.01), `zoomTo: ${showDomain(shown)} vs ${showDomain([start, end])}`).to.be.true;
    });

    it('zooms with the zoom-in, zoom-out and zoom-fit buttons', async () => {
      const el = await seedTimeline();
      const fit = currentDomain(el);
      const button = (name: string): HTMLElement => part(el, name)!;
      const zoomedIn = await domainAfter(el, () => clickElement(el, button('zoom-in')));
      expect(span(zoomedIn), `zoom-in button: ${showDomain(zoomedIn)} vs ${showDomain(fit)}`).to.be.lessThan(span(fit));
      const again = await domainAfter(el, () => clickElement(el, button('zoom-in')));
      const zoomedOut = await domainAfter(el, () => clickElement(el, button('zoom-out')));
      expect(span(zoomedOut), `zoom-out button: ${showDomain(zoomedOut)} vs ${showDomain(again)}`).to.be.greaterThan(span(again));
      const fitted = await domainAfter(el, () => clickElement(el, button('zoom-fit')));
      expect(closeDomains(fitted, fit), `zoom-fit button: ${showDomain(fitted)} vs ${showDomain(fit)}`).to.be.true;
    });

    it('redraws the axis when zoomed', async () => {
      const el = await seedTimeline();
      const ticks = (): string => [...shadow(el).querySelectorAll('svg [part~="axis"] text')].map((t) => text(t)).join('|');
      const before = ticks();
      await domainAfter(el, () => el.zoomTo(new Date(Date.UTC(2022, 1, 15, 9)), new Date(Date.UTC(2022, 1, 15, 15))));
      expect(ticks(), 'tick labels after zooming to six hours').to.not.equal(before);
    });
  });
});

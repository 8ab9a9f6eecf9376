// What <news-timeline> draws from each kind of input: the seed article, `text`, `events`; its parts,
// their order and labels; and that changing an input redraws.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { NewsTimeline } from '../../src/element/news-timeline.js';
import { extractEvents } from '../../src/parser/index.js';
import {
  SEED_PUBLISHED,
  articleTimeline,
  buildArticle,
  clusterItems,
  currentDomain,
  dateInWords,
  dates,
  eventButton,
  eventButtons,
  eventItems,
  eventKey,
  eventsTimeline,
  expectedArticleEvents,
  expectedFor,
  ids,
  isVisible,
  itemKey,
  makeEvent,
  part,
  parts,
  resetPage,
  seedLines,
  seedTimeline,
  settle,
  shadow,
  showDomain,
  text,
  textTimeline,
  timexStart,
  type TimelineEvent,
} from './helpers.js';

const BOARD = 'The board met on Tuesday.';

describe('<news-timeline> rendering', () => {
  afterEach(resetPage);

  it('registers <news-timeline> as the exported NewsTimeline class', () => {
    expect(customElements.get('news-timeline'), 'customElements.get("news-timeline")').to.equal(NewsTimeline);
    expect(document.createElement('news-timeline')).to.be.instanceOf(NewsTimeline);
  });

  describe('the seed article (published 2022-02-16)', () => {
    it('draws exactly 4 events on 2 dates, 2022-02-15 and 2022-02-16, plus the publication marker', async () => {
      const el = await seedTimeline();
      const drawn = dates(el);
      expect(drawn, `event items (data-date) for the seed article published ${SEED_PUBLISHED}`).to.have.length(4);
      expect([...new Set(drawn)].sort(), 'distinct data-date values').to.deep.equal(['2022-02-15', '2022-02-16']);
      expect(clusterItems(el), 'clusters for 4 events at 800px').to.have.length(0);
      const marker = part(el, 'publication');
      expect(marker, '[part~="publication"]').to.exist;
      expect(text(marker), 'publication marker text').to.contain('Published');
      expect(isVisible(marker), 'publication marker is visible').to.be.true;
    });

    it('shows the whole publication label inside the timeline (not clipped at an edge)', async () => {
      const el = await seedTimeline();
      const marker = part(el, 'publication');
      expect(marker, '[part~="publication"]').to.exist;
      const labels = [...marker!.querySelectorAll('text')];
      const svg = marker!.closest('svg');
      const frame = (svg ?? el).getBoundingClientRect();
      for (const label of labels.length > 0 ? labels : [marker!]) {
        const box = label.getBoundingClientRect();
        expect(
          box.left >= frame.left - 1 && box.right <= frame.right + 1,
          `"${text(label)}" spans x ${Math.round(box.left)}..${Math.round(box.right)}, its frame ${Math.round(frame.left)}..${Math.round(frame.right)}`,
        ).to.be.true;
      }
    });

    it('draws the events extractEvents finds in the article text, each with a unique data-id', async () => {
      const el = await seedTimeline();
      const expected = expectedArticleEvents(el);
      const drawn = eventItems(el).map(itemKey).sort();
      expect(drawn, 'data-date | label of each item').to.deep.equal(expected.map(eventKey).sort());
      const drawnIds = ids(el);
      expect(new Set(drawnIds).size, `data-id values ${JSON.stringify(drawnIds)} are unique`).to.equal(drawnIds.length);
      for (const item of eventItems(el)) {
        expect(item.dataset['id'], `data-id of "${itemKey(item)}"`).to.match(new RegExp(`^${item.dataset['date']}@\\d+$`));
      }
    });

    it('keeps the article in the page, visible, with its text unchanged', async () => {
      const lines = await seedLines();
      const el = await seedTimeline();
      const article = el.querySelector('article');
      expect(article, 'light-DOM article').to.exist;
      expect(isVisible(article), 'the article is rendered (slotted) and visible').to.be.true;
      expect(article!.textContent, 'article text').to.equal(lines.join('\n'));
    });

    it('lists the events in time order, each with a title label and a button named "title, date in words"', async () => {
      const el = await seedTimeline();
      const expected = expectedArticleEvents(el);
      const items = eventItems(el);
      const starts = items.map((li) => timexStart(li.dataset['date'] ?? ''));
      expect(starts, `list order by date: ${JSON.stringify(dates(el))}`).to.deep.equal([...starts].sort((a, b) => a - b));
      const list = shadow(el).querySelector('ol[part~="events"]');
      expect(list?.getAttribute('aria-label')?.trim(), 'ol[part~="events"] aria-label').to.be.a('string').and.not.equal('');
      for (const item of items) {
        const event = expectedFor(item, expected);
        const name = eventButton(item).getAttribute('aria-label') ?? '';
        const prefix = `${event.title}, ${dateInWords(event.date)}`;
        expect(name.startsWith(prefix), `aria-label of ${item.dataset['id']}: expected to start with "${prefix}", got "${name}"`).to
          .be.true;
      }
    });

    it('has exactly one event button in the tab order (roving tabindex)', async () => {
      const el = await seedTimeline();
      const tabindexes = eventButtons(el).map((b) => b.getAttribute('tabindex'));
      expect(tabindexes.filter((t) => t === '0'), `tabindex values ${JSON.stringify(tabindexes)}`).to.have.length(1);
      expect(tabindexes.filter((t) => t === '-1'), `tabindex values ${JSON.stringify(tabindexes)}`).to.have.length(3);
    });

    it('has zoom-in, zoom-out and zoom-fit buttons with accessible names inside the controls', async () => {
      const el = await seedTimeline();
      const controls = part(el, 'controls');
      expect(controls, '[part~="controls"]').to.exist;
      for (const name of ['zoom-in', 'zoom-out', 'zoom-fit']) {
        const button = controls!.querySelector(`[part~="${name}"]`);
        expect(button?.localName, `[part~="${name}"] inside the controls`).to.equal('button');
        expect(button!.getAttribute('aria-label')?.trim(), `${name} aria-label`).to.be.a('string').and.not.equal('');
        expect(isVisible(button), `${name} is visible`).to.be.true;
      }
    });

    it('draws a d3 axis with tick labels inside the svg', async () => {
      const el = await seedTimeline();
      const axis = shadow(el).querySelector('svg [part~="axis"]');
      expect(axis, 'svg [part~="axis"]').to.exist;
      const ticks = [...axis!.querySelectorAll('text')].map((t) => text(t)).filter((t) => t !== '');
      expect(ticks.length, `tick labels: ${JSON.stringify(ticks)}`).to.be.at.least(2);
    });

    it('fits every event and the publication date in the initial visible domain', async () => {
      const el = await seedTimeline();
      const domain = currentDomain(el);
      // Zone-agnostic bounds: a calendar day may start at local or UTC midnight, up to 14 hours apart.
      const slack = 14 * 3_600_000;
      expect(domain[0].getTime(), `start of ${showDomain(domain)}`).to.be.at.most(Date.UTC(2022, 1, 15) + slack);
      expect(domain[1].getTime(), `end of ${showDomain(domain)}`).to.be.at.least(Date.UTC(2022, 1, 16) - slack);
      const host = el.getBoundingClientRect();
      for (const button of eventButtons(el)) {
        const box = button.getBoundingClientRect();
        expect(
          box.left >= host.left - 1 && box.right <= host.right + 1,
          `button "${button.getAttribute('aria-label')}" at x ${box.left}..${box.right} inside the host ${host.left}..${host.right}`,
        ).to.be.true;
      }
    });
  });

  describe('placement', () => {
    function timelineBox(el: NewsTimeline): DOMRect {
      const svg = part(el, 'axis')?.closest('svg');
      const controls = part(el, 'controls');
      if (!svg || !controls) throw new Error('no svg with [part~="axis"] or no [part~="controls"]');
      const a = svg.getBoundingClientRect();
      const b = controls.getBoundingClientRect();
      const top = Math.min(a.top, b.top);
      const bottom = Math.max(a.bottom, b.bottom);
      return new DOMRect(Math.min(a.left, b.left), top, Math.max(a.right, b.right) - Math.min(a.left, b.left), bottom - top);
    }

    it('draws the timeline before the article by default', async () => {
      const el = await seedTimeline();
      const timeline = timelineBox(el);
      const article = el.querySelector('article')!.getBoundingClientRect();
      expect(timeline.bottom, `timeline bottom ${timeline.bottom} vs article top ${article.top}`).to.be.at.most(article.top + 1);
    });

    it('draws it after the article with placement="after", and moves it when placement changes', async () => {
      const el = await seedTimeline({ placement: 'after' });
      let timeline = timelineBox(el);
      let article = el.querySelector('article')!.getBoundingClientRect();
      expect(timeline.top, `timeline top ${timeline.top} vs article bottom ${article.bottom}`).to.be.at.least(article.bottom - 1);
      el.removeAttribute('placement');
      await settle(el);
      timeline = timelineBox(el);
      article = el.querySelector('article')!.getBoundingClientRect();
      expect(timeline.bottom, 'after removing placement, timeline bottom vs article top').to.be.at.most(article.top + 1);
    });
  });

  describe('text input', () => {
    it('draws events from the text attribute', async () => {
      const el = await fixture<NewsTimeline>(html`<news-timeline published="2022-02-16" text=${BOARD}></news-timeline>`);
      await settle(el);
      const expected = extractEvents(BOARD, { published: '2022-02-16' });
      expect(ids(el), `ids for "${BOARD}" published 2022-02-16`).to.deep.equal(expected.map((e) => e.id));
      expect(dates(el)).to.deep.equal(['2022-02-15']);
    });

    it('draws events from the text property, and redraws when it changes', async () => {
      const el = await textTimeline(BOARD);
      expect(dates(el), `dates for "${BOARD}"`).to.deep.equal(['2022-02-15']);
      const next = 'Prices fell in January. The vote is set for next Tuesday.';
      el.text = next;
      await settle(el);
      const expected = extractEvents(next, { published: SEED_PUBLISHED });
      expect(ids(el).sort(), `ids after text = "${next}"`).to.deep.equal(expected.map((e) => e.id).sort());
    });

    it('redraws when published changes', async () => {
      const el = await textTimeline(BOARD);
      el.setAttribute('published', '2022-03-02');
      await settle(el);
      expect(dates(el), `"${BOARD}" published 2022-03-02 (a Wednesday)`).to.deep.equal(['2022-03-01']);
    });

    it('accepts published as an ISO date-time with offset and counts its own calendar day', async () => {
      const published = '2022-02-16T23:30:00-08:00';
      const el = await textTimeline(BOARD, published);
      expect(dates(el), `"${BOARD}" published ${published}`).to.deep.equal(['2022-02-15']);
      const name = eventButtons(el)[0]!.getAttribute('aria-label') ?? '';
      expect(name, 'event aria-label').to.contain(dateInWords('2022-02-15'));
      const marker = text(part(el, 'publication'));
      expect(marker, `publication marker for ${published} names Feb. 16, not the local day`).to.match(/\b16\b/).and.not.match(/\b17\b/);
    });
  });

  describe('article input', () => {
    it('redraws when the article text changes', async () => {
      const el = await articleTimeline([BOARD]);
      expect(dates(el)).to.deep.equal(['2022-02-15']);
      const added = document.createElement('p');
      added.textContent = 'Prices fell in January.';
      el.querySelector('article')!.append('\n', added);
      const deadline = performance.now() + 2000;
      while (eventItems(el).length < 2 && performance.now() < deadline) await nextFrame();
      await settle(el);
      expect(dates(el).sort(), 'dates after a dated paragraph is appended to the article').to.deep.equal(['2022-01', '2022-02-15']);
    });

    it('redraws when the article is replaced', async () => {
      const el = await articleTimeline([BOARD]);
      el.querySelector('article')!.replaceWith(buildArticle(['The company was founded in 2014.']));
      const deadline = performance.now() + 2000;
      while (dates(el)[0] !== '2014' && performance.now() < deadline) await nextFrame();
      await settle(el);
      expect(dates(el), 'dates after replacing the article').to.deep.equal(['2014']);
    });
  });

  describe('events input', () => {
    const week = makeEvent({ date: '2022-W06', granularity: 'week', title: 'Sales rose.', expression: 'last week' });
    const month = makeEvent({ date: '2022-01', granularity: 'month', title: 'Prices fell.', expression: 'in January' });
    const quarter = makeEvent({ date: '2021-Q3', granularity: 'quarter', title: 'Profit grew.', expression: 'in the third quarter of 2021' });
    const year = makeEvent({ date: '2014', granularity: 'year', title: 'The company was founded.', expression: 'in 2014' });
    const season = makeEvent({ date: '2021-WI', granularity: 'season', title: 'Heating bills doubled.', expression: 'last winter' });
    const range = makeEvent({ date: '2022-02-14', end: '2022-02-16', granularity: 'day', title: 'The talks ran.', expression: 'from Monday to Wednesday', relation: 'present' });
    const day = makeEvent({ date: '2022-02-15', granularity: 'day', title: 'The board met.', expression: 'on Tuesday' });
    const all = [week, month, quarter, year, season, range, day];

    it('draws every given event, in time order', async () => {
      const el = await eventsTimeline([day, range, season, year, quarter, month, week]);
      expect(ids(el).sort(), 'data-id of the items').to.deep.equal(all.map((e) => e.id).sort());
      const starts = dates(el).map(timexStart);
      expect(starts, `list order ${JSON.stringify(dates(el))}`).to.deep.equal([...starts].sort((a, b) => a - b));
      for (const item of eventItems(el)) {
        const event = all.find((e) => e.id === item.dataset['id'])!;
        expect(item.dataset['date'], `data-date of ${event.id}`).to.equal(event.date);
        expect(text(eventButton(item).querySelector('[part~="label"]')), `label of ${event.id}`).to.equal(event.title);
      }
    });

    it('draws week, month, season, quarter and year events as bands and an event with an end as a range, in the svg', async () => {
      const el = await eventsTimeline(all);
      const svg = part(el, 'axis')?.closest('svg');
      expect(svg, 'the timeline svg').to.exist;
      expect(svg!.querySelectorAll('[part~="band"]'), 'bands for 2022-W06, 2022-01, 2021-Q3, 2014, 2021-WI').to.have.length(5);
      // The winter of 2021 runs from December 2021 to February 2022, and says so.
      const winter = eventItems(el).find((item) => item.dataset['id'] === season.id)!;
      expect(eventButton(winter).getAttribute('aria-label'), 'the winter in words').to.contain('Winter 2021\u20132022');
      expect(svg!.querySelectorAll('[part~="range"]'), 'ranges for 2022-02-14..2022-02-16').to.have.length(1);
    });

    it('redraws when events change', async () => {
      const el = await eventsTimeline([day]);
      expect(ids(el)).to.deep.equal([day.id]);
      el.events = [year, month];
      await settle(el);
      expect(ids(el).sort(), 'ids after events = [year, month]').to.deep.equal([year.id, month.id].sort());
      expect(parts(el, 'band'), 'bands after the change').to.have.length(2);
    });

    it('collapses a crowd of same-day events into "+N more" clusters that account for every event', async () => {
      // An article's forty events of a day all get labels now; a crowd of four hundred cannot.
      const crowd: TimelineEvent[] = Array.from({ length: 400 }, (_, i) =>
        makeEvent({ date: '2022-02-15', granularity: 'day', title: `Statement number ${i + 1} was issued.`, expression: 'on Tuesday' }),
      );
      const el = await eventsTimeline(crowd);
      const clusters = clusterItems(el);
      expect(clusters.length, '400 events on one day at 800px should need at least one cluster').to.be.at.least(1);
      let hidden = 0;
      for (const cluster of clusters) {
        const label = text(cluster.querySelector('button'));
        const match = label.match(/^\+(\d+) more$/);
        expect(match, `cluster button text "${label}"`).to.not.equal(null);
        hidden += Number(match![1]);
      }
      expect(eventItems(el).length + hidden, `${eventItems(el).length} items + ${hidden} in clusters`).to.equal(400);
    });
  });
});

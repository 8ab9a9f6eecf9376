// Dense timelines: labels and "+N more" buttons never overlap on screen, at any zoom; and the
// element follows its own lang attribute.
import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { clickElement, clusterItems, eventItems, eventsTimeline, makeEvent, resetPage, settle, shadow, type TimelineEvent } from './helpers.js';

function overlaps(el: Element): string[] {
  const boxes = [...shadow(el as never).querySelectorAll('li[part~="event"] button, li[part~="cluster"] button')].map((button) => ({
    name: button.textContent!.trim().slice(0, 30),
    box: button.getBoundingClientRect(),
  }));
  const problems: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const apart = a.box.right <= b.box.left + 0.5 || b.box.right <= a.box.left + 0.5 || a.box.bottom <= b.box.top + 0.5 || b.box.bottom <= a.box.top + 0.5;
      if (!apart) problems.push(`"${a.name}" overlaps "${b.name}"`);
    }),
  );
  return problems;
}

describe('<news-timeline> dense layouts', () => {
  afterEach(resetPage);

  it('never overlaps labels and clusters, zoomed out and zoomed in', async () => {
    await setViewport({ width: 1000, height: 800 });
    const events = Array.from({ length: 300 }, (_, index) =>
      makeEvent({ date: `2022-0${1 + (index % 3)}-${String(1 + ((index * 7) % 27)).padStart(2, '0')}`, granularity: 'day', title: `Event number ${index} happened` }),
    );
    const el = await eventsTimeline(events);
    expect(clusterItems(el).length, 'clusters at fit').to.be.greaterThan(0);
    expect(overlaps(el)).to.deep.equal([]);
    for (let step = 0; step < 4; step++) {
      el.zoomIn();
      await nextFrame();
      await settle(el);
      expect(overlaps(el), `after ${step + 1} zoom-ins`).to.deep.equal([]);
    }
    expect(eventItems(el).length, 'events shown once zoomed in').to.be.greaterThan(0);
  });

  it('writes dates in the language of its lang attribute, and follows a change of it', async () => {
    const el = await eventsTimeline([makeEvent({ date: '2022-02-15', granularity: 'day', title: 'The board met.' })]);
    el.setAttribute('lang', 'de');
    await settle(el);
    const label = () => eventItems(el)[0]!.querySelector('button')!.getAttribute('aria-label')!;
    expect(label()).to.contain('Dienstag, 15. Februar 2022');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(label()).to.contain('Tuesday, February 15, 2022');
  });

  it('labels the axis ticks in its language, with the calendar unit each tick opens', async () => {
    await setViewport({ width: 1000, height: 800 });
    // A month or so apart: one stretch of time, no break, so the months between are on the axis.
    // Published on the first meeting's day: the publication label ("Erschienen 1. Feb. 2022" in German),
    // which ticks give way to, stays clear of March.
    const el = await eventsTimeline(
      ['2022-02-01', '2022-03-01', '2022-03-30', '2022-04-28', '2022-05-27', '2022-06-20'].map((date, index) =>
        makeEvent({ date, granularity: 'day', title: `The board met, meeting ${index + 1}.` }),
      ),
      '2022-02-01',
    );
    const ticks = () => [...shadow(el).querySelectorAll('[part~="axis"] .tick text')].map((tick) => tick.textContent);
    el.setAttribute('lang', 'de');
    await settle(el);
    expect(ticks(), 'monthly ticks in German').to.include.members(['März', 'April', 'Mai']);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(ticks(), 'monthly ticks in English').to.include.members(['March', 'April', 'May']);
    // Zoomed to a day with no clock time in view, ticks stay days: hours would claim a precision no event has.
    el.zoomTo(new Date(Date.UTC(2022, 2, 14, 18)), new Date(Date.UTC(2022, 2, 15, 6)));
    await settle(el);
    expect(ticks().filter((tick) => /AM|PM/.test(tick ?? '')), 'no hourly ticks for a story of days').to.deep.equal([]);
    // With an event at a clock time in view, ticks are hours and the day itself opens with its date.
    el.events = [...(el.events as TimelineEvent[]), makeEvent({ date: '2022-03-15T02:00', granularity: 'time', title: 'The vote was counted.' })];
    await settle(el);
    el.zoomTo(new Date(Date.UTC(2022, 2, 14, 18)), new Date(Date.UTC(2022, 2, 15, 6)));
    await settle(el);
    expect(ticks(), `hourly ticks around midnight: ${ticks().join(' | ')}`).to.include.members(['Mar 15', '3 AM']);
  });
});

describe('<news-timeline> huge clusters', () => {
  afterEach(resetPage);

  it('zooms into a cluster of 250,000 events on a click', async function () {
    this.timeout(60_000);
    await setViewport({ width: 1000, height: 800 });
    // A year apart two lone events; between them one day of 250,000, every minute of it many times over.
    const crowd = Array.from({ length: 250_000 }, (_, index) => {
      const minute = index % 1440;
      const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      return makeEvent({ date: `2022-02-15T${time}`, granularity: 'time', title: `Crowd ${index}.`, id: `crowd-${index}` });
    });
    const el = await eventsTimeline([
      makeEvent({ date: '2021-06-01', granularity: 'day', title: 'Long before.' }),
      ...crowd,
      makeEvent({ date: '2022-08-01', granularity: 'day', title: 'Long after.' }),
    ]);
    const clusters = clusterItems(el);
    // "+249,840 more": the count as the element's language writes numbers.
    const counts = clusters.map((cluster) => Number(/\+([\d,]+)/.exec(cluster.textContent ?? '')?.[1]?.replaceAll(',', '')));
    const biggest = clusters[counts.indexOf(Math.max(...counts))]!;
    // The crowded day gets most of the axis (room goes where the events are), yet still folds by the 100,000.
    expect(Math.max(...counts), `cluster sizes ${JSON.stringify(counts)}`).to.be.greaterThan(100_000);
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    window.addEventListener('error', onError);
    try {
      await clickElement(el, biggest.querySelector('button')!);
      await settle(el);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    const [start, end] = el.visibleDomain.map(Number) as [number, number];
    const day = Date.UTC(2022, 1, 15);
    const shown = `${new Date(start).toISOString()} .. ${new Date(end).toISOString()}`;
    expect(start < day + 86_400_000 && end > day, `the view ${shown} shows the crowded day`).to.be.true;
    expect(end - start, 'zoomed to at most about that day').to.be.lessThan(3 * 86_400_000);
  });
});

describe('<news-timeline> pointer zoom', () => {
  afterEach(resetPage);

  it('zooms in on a double-click in the timeline, but not on a double-click on an event', async () => {
    const el = await eventsTimeline([
      makeEvent({ date: '2022-02-10', granularity: 'day', title: 'The board met.' }),
      makeEvent({ date: '2022-02-20', granularity: 'day', title: 'The board voted.' }),
    ]);
    const span = () => el.visibleDomain[1].getTime() - el.visibleDomain[0].getTime();
    const before = span();
    const button = eventItems(el)[0]!.querySelector('button')!;
    button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
    await settle(el);
    expect(span(), 'a double-click on an event selects, it does not zoom').to.equal(before);
    const viewport = shadow(el).querySelector<HTMLElement>('[part~="viewport"]')!;
    const box = viewport.getBoundingClientRect();
    viewport.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, clientX: box.left + box.width / 2, clientY: box.top + 10, view: window }));
    await settle(el);
    expect(span(), 'a double-click on the timeline zooms in').to.be.lessThan(before * 0.75);
  });
});

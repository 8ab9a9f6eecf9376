// Publication years 0-99 are the years they say: `Date.UTC` reads a year below 100 as 1900 + year, so a
// conversion through it put the publication day of 0044-03-15 in 1944, two thousand years from its events.
import { expect } from '@open-wc/testing';
import { dates, eventItems, eventsTimeline, makeEvent, part, resetPage, textTimeline, type NewsTimeline } from './helpers.js';

const DAY = 86_400_000;

/** UTC midnight of a `YYYY-MM-DD` day, years 0-99 included (which `Date.UTC` would put in 19xx). */
function midnight(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(0).setUTCFullYear(year, month - 1, date);
}

/** x of the publication line and of each event's point, in viewport pixels. */
function positions(el: NewsTimeline): { publication: number; points: number[] } {
  const line = part<SVGLineElement>(el, 'publication')?.querySelector('line');
  expect(line, 'the publication line').to.exist;
  const publication = line!.getBoundingClientRect().left;
  const points = [...el.shadowRoot!.querySelectorAll('circle.point')].map((point) => {
    const box = point.getBoundingClientRect();
    return box.left + box.width / 2;
  });
  return { publication, points };
}

describe('<news-timeline> publication years 0-99', () => {
  afterEach(resetPage);

  for (const [published, before, after] of [
    ['0044-03-15', '0044-03-14', '0044-03-16'],
    ['0001-01-02', '0001-01-01', '0001-01-03'],
    ['0099-12-30', '0099-12-29', '0099-12-31'],
  ]) {
    it(`puts the publication day ${published} between the days before and after it`, async () => {
      const el = await eventsTimeline(
        [
          makeEvent({ date: before!, granularity: 'day', title: 'The senate met.' }),
          makeEvent({ date: after!, granularity: 'day', title: 'The senate voted.' }),
        ],
        published,
      );
      expect(dates(el), 'both events in view').to.deep.equal([before, after]);
      const [start, end] = el.visibleDomain.map(Number) as [number, number];
      const shown = `${new Date(start).toISOString()} .. ${new Date(end).toISOString()}`;
      expect(start <= midnight(before!) && end >= midnight(after!) + DAY, `the visible span ${shown} holds both days`).to.be.true;
      expect(end - start, `the visible span ${shown} is days, not centuries`).to.be.lessThan(10 * DAY);
      const { publication, points } = positions(el);
      expect(publication, `publication line at ${publication}, points at ${points}`).to.be.greaterThan(points[0]!).and.lessThan(points[1]!);
      expect(eventItems(el)[0]!.querySelector('button')!.getAttribute('aria-label')).to.contain('the day before publication');
    });
  }

  it('reads an article published in the year 99 against that year', async () => {
    const el = await textTimeline('The council met on Tuesday. The senate sat yesterday.', '0099-06-01');
    expect(dates(el)).to.deep.equal(['0099-05-26', '0099-05-31']);
    const { publication, points } = positions(el);
    expect(publication, `publication line at ${publication}, points at ${points}`).to.be.greaterThan(points[1]!);
  });
});

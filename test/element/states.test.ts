// Nothing to draw, a bad publication date, bad items in `events`: the element says so and never
// shows a blank box.
import { expect, fixture, html } from '@open-wc/testing';
import {
  articleTimeline,
  captureConsoleError,
  clusterItems,
  eventItems,
  eventsTimeline,
  ids,
  isVisible,
  makeEvent,
  part,
  settle,
  text,
  textTimeline,
  type ConsoleCapture,
  type NewsTimeline,
} from './helpers.js';

function checkEmpty(el: NewsTimeline, context: string): void {
  const empty = part(el, 'empty');
  expect(empty, `${context}: [part~="empty"]`).to.exist;
  expect(isVisible(empty), `${context}: the empty message is visible`).to.be.true;
  expect(text(empty).length, `${context}: the empty message has words ("${text(empty)}")`).to.be.greaterThan(10);
  expect(eventItems(el), `${context}: event items`).to.have.length(0);
  expect(clusterItems(el), `${context}: clusters`).to.have.length(0);
  expect(part(el, 'error'), `${context}: no [part~="error"] when there is simply nothing dated`).to.equal(null);
}

function checkError(el: NewsTimeline, context: string): void {
  const error = part(el, 'error');
  expect(error, `${context}: [part~="error"]`).to.exist;
  expect(error!.getAttribute('role'), `${context}: error role`).to.equal('alert');
  expect(isVisible(error), `${context}: the error is visible`).to.be.true;
  expect(text(error).length, `${context}: the error has words ("${text(error)}")`).to.be.greaterThan(10);
  expect(eventItems(el), `${context}: event items`).to.have.length(0);
  expect(el.getBoundingClientRect().height, `${context}: host height (never a blank box)`).to.be.greaterThan(0);
}

describe('<news-timeline> states', () => {
  let errors: ConsoleCapture;
  beforeEach(() => {
    errors = captureConsoleError();
  });
  afterEach(() => errors.restore());

  describe('empty', () => {
    it('shows a friendly message for text without dates', async () => {
      const el = await textTimeline('Nothing in this text says when anything happened.');
      checkEmpty(el, 'undated text');
      expect(errors.messages(), 'console.error calls').to.deep.equal([]);
    });

    it('shows it for an article without dates', async () => {
      const el = await articleTimeline(['A headline without a date', 'A paragraph that never says when.']);
      checkEmpty(el, 'undated article');
    });

    it('shows it for events = []', async () => {
      const el = await eventsTimeline([]);
      checkEmpty(el, 'events = []');
      expect(errors.messages(), 'console.error calls').to.deep.equal([]);
    });

    it('leaves the empty state when events arrive', async () => {
      const el = await textTimeline('Nothing dated here at all.');
      checkEmpty(el, 'before');
      el.text = 'The board met on Tuesday.';
      await settle(el);
      expect(part(el, 'empty'), '[part~="empty"] after a dated text arrives').to.equal(null);
      expect(eventItems(el), 'event items').to.have.length(1);
    });
  });

  describe('invalid published', () => {
    for (const published of ['not-a-date', '2022-02-30', '16/02/2022']) {
      it(`shows an alert and logs exactly one console.error for published="${published}"`, async () => {
        const el = await fixture<NewsTimeline>(
          html`<news-timeline published=${published} text="The board met on Tuesday."></news-timeline>`,
        );
        await settle(el);
        checkError(el, `published="${published}"`);
        expect(errors.calls.length, `console.error calls: ${JSON.stringify(errors.messages())}`).to.equal(1);
      });
    }

    it('recovers when published becomes valid', async () => {
      const el = await textTimeline('The board met on Tuesday.', 'yesterday-ish');
      checkError(el, 'published="yesterday-ish"');
      el.setAttribute('published', '2022-02-16');
      await settle(el);
      expect(part(el, 'error'), '[part~="error"] after published="2022-02-16"').to.equal(null);
      expect(eventItems(el).map((li) => li.dataset['date']), 'dates after recovery').to.deep.equal(['2022-02-15']);
    });

    it('shows the error for an article too', async () => {
      const el = await articleTimeline(['The board met on Tuesday.'], { published: '2022-13-01' });
      checkError(el, 'article with published="2022-13-01"');
      expect(errors.calls.length, `console.error calls: ${JSON.stringify(errors.messages())}`).to.equal(1);
    });
  });

  describe('invalid items in events', () => {
    it('skips them, draws the rest, and reports each bad index in one console.error', async () => {
      const good1 = makeEvent({ date: '2022-02-15', granularity: 'day', title: 'The board met.', expression: 'on Tuesday' });
      const good2 = makeEvent({ date: '2022-01', granularity: 'month', title: 'Prices fell.', expression: 'in January' });
      const badDate = { ...makeEvent({ date: '2022-02-14', granularity: 'day', title: 'Bad date.' }), date: 'banana' };
      const items: unknown[] = [good1, null, good2, 'not an event', badDate];
      const el = await eventsTimeline(items);
      expect(ids(el).sort(), 'drawn ids (the valid items 0 and 2)').to.deep.equal([good1.id, good2.id].sort());
      expect(errors.calls.length, `console.error calls: ${JSON.stringify(errors.messages())}`).to.equal(1);
      const message = errors.messages()[0]!;
      for (const index of [1, 3, 4]) {
        expect(message, `the report names bad index ${index}`).to.match(new RegExp(`\\b${index}\\b`));
      }
      expect(message, 'the report gives a reason for the bad date ("banana")').to.match(/date|banana/i);
      expect(part(el, 'error'), 'bad items do not turn the whole element into an error').to.equal(null);
    });

    it('reports nothing when every item is valid', async () => {
      const el = await eventsTimeline([makeEvent({ date: '2014', granularity: 'year', title: 'Founded.', expression: 'in 2014' })]);
      expect(eventItems(el)).to.have.length(1);
      expect(errors.messages(), 'console.error calls').to.deep.equal([]);
    });
  });
});

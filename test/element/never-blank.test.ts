// Input a page really sends never blanks the element: a `lang` that Intl rejects, a date beyond what a
// JavaScript Date holds among the article's events, `events` given the CLI's `{ published, events }`
// object or some other value. It draws what it can, or shows its error state.
import { expect, fixture, fixtureCleanup, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { formatOutput } from '../../src/cli/output.js';
import { extractEvents } from '../../src/parser/index.js';
import {
  captureConsoleError,
  dates,
  eventItems,
  eventsTimeline,
  isVisible,
  makeEvent,
  part,
  resetPage,
  screenshot,
  settle,
  text,
  textTimeline,
  type ConsoleCapture,
  type NewsTimeline,
} from './helpers.js';

const TUESDAY = makeEvent({ date: '2022-02-15', granularity: 'day', title: 'The board met.', expression: 'on Tuesday' });

function ariaLabels(el: NewsTimeline): string[] {
  return eventItems(el).map((li) => li.querySelector('button')!.getAttribute('aria-label')!);
}

function tickTexts(el: NewsTimeline): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick text')].map((tick) => tick.textContent ?? '');
}

/** Uncaught errors and rejections while `action` runs and the element settles. */
async function uncaughtDuring(action: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await action();
    await nextFrame();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

describe('<news-timeline> never blank', () => {
  let errors: ConsoleCapture;
  beforeEach(() => {
    errors = captureConsoleError();
  });
  afterEach(async () => {
    errors.restore();
    await resetPage();
  });

  describe('a lang that Intl rejects', () => {
    const cases: Array<[lang: string, words: string]> = [
      ['en_US', 'Tuesday, February 15, 2022'],
      ['en_GB', '15 February 2022'],
      ['de_DE.UTF-8', 'Dienstag, 15. Februar 2022'],
      ['fr_FR@euro', 'mardi 15 février 2022'],
    ];
    for (const [lang, words] of cases) {
      it(`reads lang="${lang}" as the language it names`, async () => {
        const el = await eventsTimeline([TUESDAY]);
        const uncaught = await uncaughtDuring(async () => {
          el.setAttribute('lang', lang);
          await settle(el);
        });
        expect(uncaught, 'uncaught errors').to.deep.equal([]);
        expect(ariaLabels(el)[0], `the event's accessible name under lang="${lang}"`).to.contain(words);
        expect(tickTexts(el).filter((tick) => tick !== '').length, 'axis ticks are labelled').to.be.greaterThan(1);
      });
    }

    it("falls back to the page's language for a tag with no valid reading", async () => {
      const page = document.documentElement;
      const pageLang = page.getAttribute('lang');
      page.setAttribute('lang', 'de');
      try {
        for (const lang of ['en-', '!!', 'x']) {
          const el = await fixture<NewsTimeline>(html`<news-timeline lang=${lang} published="2022-02-16" .events=${[TUESDAY]}></news-timeline>`);
          await settle(el);
          expect(ariaLabels(el), `lang="${lang}" inside <html lang="de">`).to.deep.equal([`The board met., Dienstag, 15. Februar 2022 \u2013 gestern`]);
        }
      } finally {
        if (pageLang === null) page.removeAttribute('lang');
        else page.setAttribute('lang', pageLang);
      }
    });

    it('renders a light-DOM article under lang="en_US" from the first frame', async () => {
      const uncaught = await uncaughtDuring(async () => {
        const el = await fixture<NewsTimeline>(
          html`<news-timeline lang="en_US" published="2022-02-16"><article><p>The board met on Tuesday.</p></article></news-timeline>`,
        );
        await settle(el);
        expect(dates(el)).to.deep.equal(['2022-02-15']);
      });
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
    });
  });

  describe('a date no JavaScript Date can hold', () => {
    const ARTICLE = 'The council met on Tuesday. The prophecy speaks of the year 999999. Prices rose in 2014.';

    it('drops only that event of a text, draws the rest and says which one it dropped', async () => {
      const el = await textTimeline(ARTICLE);
      expect(dates(el), 'the other events').to.deep.equal(['2014', '2022-02-15']);
      expect(errors.calls.length, `console errors: ${JSON.stringify(errors.messages())}`).to.equal(1);
      expect(errors.messages()[0], 'the report names the date and why').to.match(/999999.*beyond the dates a JavaScript Date can hold \("the year 999999"\)/);
    });

    it('drops it from a long article read in the worker too', async () => {
      const filler = 'Officials reviewed the plans in detail and published a long report with many findings. '.repeat(300);
      const el = await textTimeline(`${filler}${ARTICLE}`);
      const deadline = performance.now() + 5000;
      while (dates(el).length === 0 && performance.now() < deadline) await nextFrame();
      await settle(el);
      expect(dates(el), 'the other events').to.deep.equal(['2014', '2022-02-15']);
      expect(errors.messages().join('\n'), 'the report').to.match(/999999/);
    });

    it('skips given events beyond either end of the Date range and draws the rest', async () => {
      const far = { ...makeEvent({ date: '2022', granularity: 'year', title: 'Far future.' }), date: '300000' };
      const early = { ...makeEvent({ date: '2022-01', granularity: 'month', title: 'Far past.' }), date: '-300000-01' };
      const el = await eventsTimeline([far, TUESDAY, early]);
      expect(dates(el)).to.deep.equal(['2022-02-15']);
      const report = errors.messages().join('\n');
      expect(report, 'both are reported with their index').to.match(/#0 .*300000.*beyond/).and.match(/#2 .*-300000-01.*beyond/);
    });
  });

  describe("events given the CLI's { published, events } object", () => {
    const ARTICLE = 'The board met on Tuesday. Prices rose in January.';

    /** What `news-timeline extract --published DATE` prints, parsed as a page would fetch it. */
    function cliOutput(published: string): unknown {
      return JSON.parse(formatOutput(published, extractEvents(ARTICLE, { published }), 'json'));
    }

    it('draws its events and takes its publication date when the element has none', async () => {
      const el = await fixture<NewsTimeline>(html`<news-timeline .events=${cliOutput('2022-02-16') as never}></news-timeline>`);
      await settle(el);
      expect(dates(el)).to.deep.equal(['2022-01', '2022-02-15']);
      expect(part(el, 'publication'), 'the publication marker').to.exist;
      expect(ariaLabels(el)[1], 'placed against its publication date').to.contain('the day before publication');
      expect(errors.messages(), 'console errors').to.deep.equal([]);
    });

    it("keeps the element's own publication date over the object's", async () => {
      const el = await fixture<NewsTimeline>(html`<news-timeline published="2022-02-22" .events=${cliOutput('2022-02-16') as never}></news-timeline>`);
      await settle(el);
      expect(dates(el)).to.deep.equal(['2022-01', '2022-02-15']);
      expect(ariaLabels(el)[1]).to.contain('7 days before publication');
    });

    it("shows the error state for an invalid published inside the object", async () => {
      const el = await fixture<NewsTimeline>(html`<news-timeline .events=${{ published: '2022-02-30', events: [TUESDAY] } as never}></news-timeline>`);
      await settle(el);
      expect(part(el, 'error'), 'the error state').to.exist;
      expect(text(part(el, 'error'))).to.contain('2022-02-30');
    });
  });

  describe('events that are neither', () => {
    const values: Array<[name: string, value: unknown]> = [
      ['a string', '[{"id":"a"}]'],
      ['a number', 42],
      ['an object without events', { published: '2022-02-16' }],
      ['an object whose events is not an array', { published: '2022-02-16', events: 'none' }],
    ];
    for (const [name, value] of values) {
      it(`shows the error state and one console error for ${name}`, async () => {
        const el = await fixture<NewsTimeline>(html`<news-timeline published="2022-02-16" .events=${value as never}></news-timeline>`);
        await settle(el);
        const error = part(el, 'error');
        expect(error, 'the error state').to.exist;
        expect(error!.getAttribute('role')).to.equal('alert');
        expect(isVisible(error), 'the error is visible').to.be.true;
        expect(text(error), 'it says what events must be').to.match(/events must be an array of events, or the \{ published, events \} object/);
        expect(errors.calls.length, `console errors: ${JSON.stringify(errors.messages())}`).to.equal(1);
      });
    }

    it('recovers when events becomes an array', async () => {
      const el = await fixture<NewsTimeline>(html`<news-timeline published="2022-02-16" .events=${{ events: null } as never}></news-timeline>`);
      await settle(el);
      expect(part(el, 'error')).to.exist;
      el.events = [TUESDAY];
      await settle(el);
      expect(part(el, 'error')).to.equal(null);
      expect(dates(el)).to.deep.equal(['2022-02-15']);
    });

    it('looks like an error at 1280 px and at 390 px', async () => {
      for (const width of [1280, 390]) {
        await setViewport({ width, height: 400 });
        const el = await fixture<NewsTimeline>(html`<news-timeline published="2022-02-16" .events=${{ published: '2022-02-16' } as never}></news-timeline>`);
        await settle(el);
        expect(isVisible(part(el, 'error')), `the error at ${width} px`).to.be.true;
        await screenshot(`events-object-error-${width}`);
        fixtureCleanup();
      }
    });
  });
});

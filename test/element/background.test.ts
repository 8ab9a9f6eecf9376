// Long articles are read off the main thread (a module worker), and the last input wins: an answer
// for an older input (text, article, events, published) never replaces a newer one, on the worker and
// on the main-thread fallback alike, and leaving the page mid-read never leaves "Reading…" behind.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import {
  buildArticle,
  captureConsoleError,
  dates,
  eventItems,
  makeEvent,
  part,
  resetPage,
  SEED_PUBLISHED,
  settle,
  textTimeline,
  type NewsTimeline,
} from './helpers.js';

const FILLER = 'Officials reviewed the plans in detail and published a long report with many findings. ';

function longArticle(dated: string): string {
  return `${FILLER.repeat(300)}The council voted ${dated}.`;
}

async function waitForDates(el: NewsTimeline, expected: string[]): Promise<void> {
  const deadline = performance.now() + 5000;
  while (JSON.stringify(dates(el)) !== JSON.stringify(expected) && performance.now() < deadline) await nextFrame();
  await settle(el);
  expect(dates(el), 'event dates once the background read is done').to.deep.equal(expected);
}

async function waitUntil(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + 5000;
  while (!condition() && performance.now() < deadline) await nextFrame();
  expect(condition(), what).to.be.true;
}

interface WorkerSpy {
  /** URLs of the workers the element started. */
  started: string[];
  /** Requests posted to them, and answers and load errors received, over all of them. */
  requests: number;
  answers: number;
  errors: number;
  restore(): void;
}

/**
 * Replaces window.Worker with a subclass that counts what goes through it, so a test can wait until
 * the answer to an overtaken request has surely arrived. `url` replaces the worker's script, e.g. one
 * that does not exist, to take the main-thread fallback after a load error.
 */
function spyOnWorkers(url?: string): WorkerSpy {
  const Original = window.Worker;
  const spy: WorkerSpy = { started: [], requests: 0, answers: 0, errors: 0, restore: () => (window.Worker = Original) };
  window.Worker = class extends Original {
    constructor(scriptUrl: string | URL, options?: WorkerOptions) {
      super(url ?? scriptUrl, options);
      spy.started.push(String(scriptUrl));
      this.addEventListener('message', () => spy.answers++);
      this.addEventListener('error', () => spy.errors++);
    }
    override postMessage(message: unknown, transfer?: unknown): void {
      spy.requests++;
      super.postMessage(message, transfer as Transferable[]);
    }
  };
  return spy;
}

/** A connected timeline with `published` and nothing to read yet. */
async function emptyTimeline(published = SEED_PUBLISHED): Promise<NewsTimeline> {
  const el = await fixture<NewsTimeline>(html`<news-timeline published=${published}></news-timeline>`);
  await settle(el);
  return el;
}

/** Sets a long text and waits until its read is posted to the worker (the answer cannot have come yet). */
async function startLongRead(el: NewsTimeline, spy: WorkerSpy, text: string): Promise<void> {
  const before = spy.requests;
  el.text = text;
  await el.updateComplete;
  expect(spy.requests, 'the long text was sent to the worker').to.equal(before + 1);
}

/**
 * Starts reading a long text, changes the input with `change` before the worker can answer, and waits
 * until the answer to the long text (or the worker's load error) has come: it must have changed nothing.
 */
async function changeMidRead(spy: WorkerSpy, change: (el: NewsTimeline) => void, arrived = () => spy.answers === 1): Promise<NewsTimeline> {
  const el = await emptyTimeline();
  await startLongRead(el, spy, longArticle('on Monday'));
  change(el);
  await settle(el);
  await waitUntil(arrived, 'the worker answered the long text, or failed to load');
  await settle(el);
  return el;
}

describe('<news-timeline> long articles', () => {
  let spy: WorkerSpy;
  afterEach(async () => {
    spy?.restore();
    await resetPage();
  });

  it('reads a long article in a worker and draws its events', async () => {
    spy = spyOnWorkers();
    const text = longArticle('on Tuesday');
    expect(text.length).to.be.greaterThan(20_000);
    const el = await textTimeline(text);
    await waitForDates(el, ['2022-02-15']);
    expect(spy.started.filter((url) => url.includes('extract-worker')), 'a worker started').to.have.length(1);
    expect(spy.errors, 'worker errors').to.equal(0);
    expect(spy.answers, 'answers from the worker').to.equal(1);
  });

  it('keeps the last of several long texts, each sent before the previous one was answered', async () => {
    spy = spyOnWorkers();
    const el = await emptyTimeline();
    await startLongRead(el, spy, longArticle('on Monday'));
    await startLongRead(el, spy, longArticle('on Tuesday'));
    await startLongRead(el, spy, longArticle('in March'));
    await waitUntil(() => spy.answers === 3, `the worker answered all three requests (answers: ${spy.answers})`);
    await waitForDates(el, ['2021-03']);
    expect(part(el, 'status'), 'no "Reading" message left').to.not.exist;
  });

  it('keeps a short text set while a long one is read', async () => {
    spy = spyOnWorkers();
    const el = await changeMidRead(spy, (timeline) => (timeline.text = 'The board met in January.'));
    expect(dates(el), 'after the long text\'s answer arrived').to.deep.equal(['2022-01']);
    expect(part(el, 'status'), 'no "Reading" message').to.not.exist;
  });

  it('keeps events set while a long text is read', async () => {
    spy = spyOnWorkers();
    const given = makeEvent({ date: '2020-07-04', granularity: 'day', title: 'The fair opened.' });
    const el = await changeMidRead(spy, (timeline) => (timeline.events = [given]));
    expect(eventItems(el).map((li) => li.dataset['id']), 'the given event, not the long text\'s').to.deep.equal([given.id]);
  });

  it('keeps the error for an invalid published set while a long text is read', async () => {
    spy = spyOnWorkers();
    const errors = captureConsoleError();
    try {
      const el = await changeMidRead(spy, (timeline) => (timeline.published = '2022-02-30'));
      expect(part(el, 'error'), 'the error state stays').to.exist;
      expect(eventItems(el), 'no events from the earlier read').to.have.length(0);
      expect(errors.calls.length, `one console error: ${JSON.stringify(errors.messages())}`).to.equal(1);
    } finally {
      errors.restore();
    }
  });

  it('reads the text again against a publication date changed while it is read', async () => {
    spy = spyOnWorkers();
    const el = await changeMidRead(spy, (timeline) => (timeline.published = '2022-03-09'), () => spy.answers === 2);
    expect(dates(el), '"on Monday" before March 9, not before February 16').to.deep.equal(['2022-03-07']);
  });

  it('keeps the read going through a change of lang within a language, which changes only the words', async () => {
    spy = spyOnWorkers();
    const el = await changeMidRead(spy, (timeline) => timeline.setAttribute('lang', 'en-GB'));
    expect(dates(el)).to.deep.equal(['2022-02-14']);
    expect(eventItems(el)[0]!.querySelector('button')!.getAttribute('aria-label')).to.contain('Monday, 14 February 2022');
    expect(spy.requests, 'one read').to.equal(1);
  });

  it('reads the text again in the worker for a change of lang to another grammar', async () => {
    spy = spyOnWorkers();
    // German finds no "on Monday": the first read's event must not stay.
    const el = await changeMidRead(spy, (timeline) => timeline.setAttribute('lang', 'de'), () => spy.answers === 2);
    expect(dates(el)).to.deep.equal([]);
    expect(spy.requests, 'a second read').to.equal(2);
  });

  it('keeps a light-DOM article edited while its long version is read', async () => {
    spy = spyOnWorkers();
    const article = buildArticle([longArticle('on Monday')]);
    const el = await fixture<NewsTimeline>(html`<news-timeline published=${SEED_PUBLISHED}>${article}</news-timeline>`);
    expect(spy.requests, 'the long article was sent to the worker').to.equal(1);
    article.querySelector('p')!.textContent = 'The board met in January.';
    await settle(el);
    await waitUntil(() => spy.answers === 1, 'the worker answered the long article');
    await settle(el);
    expect(dates(el), 'the edited article\'s event').to.deep.equal(['2022-01']);
  });

  it('replaces a worker still busy with an overtaken read, so the next article does not wait behind it', async () => {
    spy = spyOnWorkers();
    const el = await emptyTimeline();
    // About 4.5 MB of dated sentences: seconds of reading, far longer than the test waits below.
    const huge = 'The board met on Monday and again in March, officials said. '.repeat(75_000);
    await startLongRead(el, spy, huge);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(spy.answers, 'the huge read is still going').to.equal(0);
    el.text = longArticle('on Tuesday');
    await waitForDates(el, ['2022-02-15']);
    expect(spy.started.length, 'a fresh worker read the new article').to.equal(2);
    expect(spy.answers, 'only the new article was answered').to.equal(1);
  });

  it('finishes the read when the element is removed mid-read and added back', async () => {
    spy = spyOnWorkers();
    const el = await emptyTimeline();
    const parent = el.parentElement!;
    await startLongRead(el, spy, longArticle('on Tuesday'));
    el.remove();
    await nextFrame();
    await nextFrame();
    parent.append(el);
    await waitForDates(el, ['2022-02-15']);
    expect(part(el, 'status'), 'no "Reading" message left').to.not.exist;
    expect(spy.started.length, 'a new worker read the article again').to.equal(2);
  });

  it('reads the newest text when it changed while the element was out of the page', async () => {
    spy = spyOnWorkers();
    const el = await emptyTimeline();
    const parent = el.parentElement!;
    await startLongRead(el, spy, longArticle('on Monday'));
    el.remove();
    el.text = longArticle('in March');
    await el.updateComplete;
    expect(spy.started.length, 'no worker is started for a detached element').to.equal(1);
    parent.append(el);
    await waitForDates(el, ['2021-03']);
    expect(part(el, 'status'), 'no "Reading" message left').to.not.exist;
  });

  it('keeps a short text when the worker fails to load and the long text is read on the main thread', async () => {
    spy = spyOnWorkers('/no-such-extract-worker.js');
    const el = await changeMidRead(spy, (timeline) => (timeline.text = 'The board met in January.'), () => spy.errors === 1);
    expect(dates(el), 'the short text, not the long one read after the load error').to.deep.equal(['2022-01']);
    el.text = longArticle('in March');
    await waitForDates(el, ['2021-03']);
    expect(spy.started.length, 'no second worker after the load error').to.equal(1);
  });

  it('reads on the main thread when no worker can be made, and finishes after a remove and re-add', async () => {
    const Original = window.Worker;
    spy = { started: [], requests: 0, answers: 0, errors: 0, restore: () => (window.Worker = Original) };
    window.Worker = class {
      constructor() {
        throw new DOMException('Workers are blocked here', 'SecurityError');
      }
    } as unknown as typeof Worker;
    const el = await emptyTimeline();
    const parent = el.parentElement!;
    el.text = longArticle('on Tuesday');
    await waitForDates(el, ['2022-02-15']);
    el.text = longArticle('in March');
    el.remove();
    await nextFrame();
    parent.append(el);
    await waitForDates(el, ['2021-03']);
    expect(part(el, 'status'), 'no "Reading" message left').to.not.exist;
  });
});

// Long articles are read off the main thread (a module worker), and the last text set wins.
import { expect, nextFrame } from '@open-wc/testing';
import { dates, part, resetPage, settle, textTimeline } from './helpers.js';

const FILLER = 'Officials reviewed the plans in detail and published a long report with many findings. ';

function longArticle(dated: string): string {
  return `${FILLER.repeat(300)}The council voted ${dated}.`;
}

async function waitForDates(el: Element, expected: string[]): Promise<void> {
  const deadline = performance.now() + 5000;
  while (JSON.stringify(dates(el as never)) !== JSON.stringify(expected) && performance.now() < deadline) await nextFrame();
  await settle(el as never);
  expect(dates(el as never), 'event dates once the background read is done').to.deep.equal(expected);
}

describe('<news-timeline> long articles', () => {
  afterEach(resetPage);

  it('reads a long article in a worker and draws its events', async () => {
    const Original = window.Worker;
    const started: string[] = [];
    const failures: string[] = [];
    let answers = 0;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(String(url));
        this.addEventListener('error', (event) => failures.push(event.message ?? 'error'));
        this.addEventListener('message', () => answers++);
      }
    };
    try {
      const text = longArticle('on Tuesday');
      expect(text.length).to.be.greaterThan(20_000);
      const el = await textTimeline(text);
      await waitForDates(el, ['2022-02-15']);
      expect(started.filter((url) => url.includes('extract-worker')), 'a worker started').to.have.length(1);
      expect(failures, 'worker errors').to.deep.equal([]);
      expect(answers, 'answers from the worker').to.equal(1);
    } finally {
      window.Worker = Original;
    }
  });

  it('keeps the last text when the input changes quickly', async () => {
    const el = await textTimeline(longArticle('on Monday'));
    el.text = longArticle('on Tuesday');
    el.text = longArticle('in March');
    await waitForDates(el, ['2021-03']);
    expect(part(el, 'status'), 'no "Reading" message left').to.not.exist;
  });
});

// The bundle loaded from another origin, as from a CDN: the page runs at 127.0.0.1, the bundle comes
// from localhost on the same port (dist/ answers with CORS headers, as CDNs do). A module worker must
// come from the page's origin, so the bundle starts it through a same-origin blob: script, and a long
// article is still read off the main thread. (This file imports nothing of src/.)
import { expect, waitUntil } from '@open-wc/testing';
import { longWireTimeline } from './long-wire-article.js';

const CDN = `${location.protocol}//localhost:${location.port}`;

before(async () => {
  expect(new URL(CDN).origin, 'precondition: another origin than the page').to.not.equal(location.origin);
  await import(/* @vite-ignore */ `${CDN}/dist/news-timeline.bundle.js`);
});

describe('news-timeline.bundle.js from another origin', () => {
  it('reads a long article in its worker, started through a blob: script', async () => {
    const started: string[] = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(String(url));
      }
    };
    const el = longWireTimeline();
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('li[part~="event"]'), 'the events arrive', { timeout: 10_000 });
      expect(started, 'one worker, from a blob: script').to.have.length(1);
      expect(started[0]).to.match(/^blob:/);
      const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(loaded, 'the worker module came from the bundle\'s origin').to.include(`${CDN}/dist/news-timeline.worker.js`);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    } finally {
      window.Worker = Original;
      el.remove();
    }
  });
});

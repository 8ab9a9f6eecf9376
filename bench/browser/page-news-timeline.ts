/** Page side for <news-timeline>: the element from src, bundled by run.ts with esbuild. */
// A used value import, not a bare one: package.json's "sideEffects" names only dist/element/define.js,
// so esbuild would drop a bare import of the source file (and with it customElements.define).
import { NewsTimeline } from '../../src/element/define.js';
import { afterFrameRendered, heapAfterGc, measureFirstRender, runSteps } from './page-harness.js';
import type { BenchPage } from './protocol.js';
import { PUBLISHED, syntheticEvents, zoomPanWindows } from './synthetic-events.js';

/** Element connected with `published` set and no events (it shows its "no events" message). */
async function connectedElement(): Promise<NewsTimeline> {
  if (customElements.get('news-timeline') !== NewsTimeline) throw new Error('<news-timeline> is not defined by src/element/define.ts');
  const el = document.createElement('news-timeline');
  el.published = PUBLISHED;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function count(el: NewsTimeline): { elements: number; labels: number; clusters: number } {
  const root = el.shadowRoot!;
  return {
    elements: root.querySelectorAll('*').length,
    labels: root.querySelectorAll('li.event').length,
    clusters: root.querySelectorAll('li.cluster').length,
  };
}

const page: BenchPage = {
  library: 'news-timeline',
  version: '0.1.0 (src)',

  async firstRender(eventCount) {
    const events = syntheticEvents(eventCount);
    const el = await connectedElement();
    const heapBefore = heapAfterGc();
    return measureFirstRender(
      {
        draw: async () => {
          el.events = events;
          await el.updateComplete;
        },
        count: () => count(el),
      },
      heapBefore,
    );
  },

  async zoomPan(eventCount) {
    const events = syntheticEvents(eventCount);
    const el = await connectedElement();
    el.events = events;
    await el.updateComplete;
    // Let the first render paint, so the first step measures only itself.
    await afterFrameRendered();
    await afterFrameRendered();
    return runSteps(zoomPanWindows(events), {
      show: async ([start, end]) => {
        el.zoomTo(new Date(start), new Date(end));
        await el.updateComplete;
      },
      shown: () => el.visibleDomain.map(Number) as [number, number],
      count: () => count(el),
    });
  },
};

window.benchPage = page;

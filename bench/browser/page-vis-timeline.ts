/**
 * Page side for vis-timeline, the reference: its standalone ESM build (vis-data included), which injects
 * vis-timeline's own stylesheet (styles/vis-timeline-graph2d.css, bundled in the package) on import.
 */
import { Timeline } from 'vis-timeline/standalone';
import { eventInterval } from '../../src/layout/index.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { afterFrameRendered, heapAfterGc, measureFirstRender, runSteps } from './page-harness.js';
import type { BenchPage } from './protocol.js';
import { syntheticEvents, zoomPanWindows } from './synthetic-events.js';

/** About the height of the element's own drawing area (axis, five label lanes, publication label). */
const HEIGHT = '300px';

interface VisItem {
  id: string;
  content: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
}

/** The same events as vis-timeline items: days and times as points, bands and ranges as ranges. */
function toItems(events: readonly TimelineEvent[]): VisItem[] {
  return events.map((event) => {
    const { start, end, kind } = eventInterval(event);
    return kind === 'point'
      ? { id: event.id, content: event.title, start: new Date(start), type: 'point' }
      : { id: event.id, content: event.title, start: new Date(start), end: new Date(end), type: 'range' };
  });
}

function container(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

function count(div: HTMLElement): { elements: number; labels: number; clusters: number } {
  return {
    elements: div.querySelectorAll('*').length,
    // Item boxes only (a point's dot and a box's line are .vis-item too).
    labels: div.querySelectorAll('.vis-item.vis-point, .vis-item.vis-range, .vis-item.vis-box').length,
    clusters: div.querySelectorAll('.vis-item.vis-cluster').length,
  };
}

/**
 * `?variant=cluster` turns on vis-timeline's own level of detail (items too close together become one
 * cluster box), the counterpart of news-timeline's "+N more"; otherwise its defaults (every item drawn,
 * stacked). No `start`/`end`: with them vis-timeline keeps the drawing hidden until its debounced
 * 'rangechanged' (a 200 ms timer) has fired; without them it fits the items itself, as the element does.
 */
const CLUSTER = new URLSearchParams(location.search).get('variant') === 'cluster';
function options() {
  return { height: HEIGHT, width: '100%', ...(CLUSTER ? { cluster: { maxItems: 1 } } : {}) };
}

const page: BenchPage = {
  library: 'vis-timeline',
  version: CLUSTER ? 'cluster' : 'defaults',

  async firstRender(eventCount) {
    const events = syntheticEvents(eventCount);
    const div = container();
    // Made before the baseline, as the element's events are: the heap delta is what the library keeps.
    const items = toItems(events);
    const heapBefore = heapAfterGc();
    let timeline: Timeline | undefined;
    const result = await measureFirstRender(
      {
        draw: async () => {
          timeline = new Timeline(div, items, options());
          // It draws on construction; if not, wait for the 'changed' that makes it visible.
          const drawn = (): boolean => (timeline as unknown as { initialDrawDone?: boolean }).initialDrawDone === true;
          if (!drawn()) {
            await new Promise<void>((resolve) => {
              const onChanged = (): void => {
                if (!drawn()) return;
                timeline!.off('changed', onChanged);
                resolve();
              };
              timeline!.on('changed', onChanged);
            });
          }
        },
        count: () => count(div),
      },
      heapBefore,
    );
    return result;
  },

  async zoomPan(eventCount) {
    const events = syntheticEvents(eventCount);
    const div = container();
    const timeline = new Timeline(div, toItems(events), options());
    // Let the first render (and its onInitialDrawComplete timeout) finish, so the first step measures only itself.
    await afterFrameRendered();
    await afterFrameRendered();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await afterFrameRendered();
    let changes = 0;
    let expectRedraw = false;
    timeline.on('changed', () => changes++);
    const shown = (): [number, number] => {
      const { start, end } = timeline.getWindow();
      return [start.getTime(), end.getTime()];
    };
    return runSteps(zoomPanWindows(events), {
      show: ([start, end]) => {
        const [shownStart, shownEnd] = shown();
        // Setting the window it already shows changes nothing, and vis-timeline rightly skips the redraw.
        expectRedraw = shownStart !== start || shownEnd !== end;
        changes = 0;
        timeline.setWindow(new Date(start), new Date(end), { animation: false });
      },
      shown,
      redrawn: () => !expectRedraw || changes > 0,
      count: () => count(div),
    });
  },
};

window.benchPage = page;

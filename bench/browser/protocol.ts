/** What the page exposes as `window.benchPage` and what it returns; shared by run.ts and the pages. */

export type Library = 'news-timeline' | 'vis-timeline';

export interface FirstRenderResult {
  /** From handing over the events to the second rAF callback after the content was built (the brief's definition). */
  ms: number;
  /** From handing over the events to the end of the main-thread rendering (style, layout, paint) of the first frame that shows them. */
  renderedMs: number;
  /** `performance.memory.usedJSHeapSize` after a forced GC: before (events generated, nothing drawn) and after drawing them. */
  heapBefore: number;
  heapAfter: number;
  /** Elements inside the drawing (the element's shadow root, or vis-timeline's container). */
  elements: number;
  /** Event labels drawn and "+N more" clusters (news-timeline) or item boxes (vis-timeline). */
  labels: number;
  clusters: number;
}

export interface ZoomPanResult {
  /** Per step: main-thread work for it (the step's own task plus the rendering of the next frame), ms. */
  work: number[];
  /** Per step: of `work`, the step's own task (the library's script before the browser renders), ms. */
  script: number[];
  /** rAF-to-rAF intervals over the sequence, ms. */
  intervals: number[];
  /** Elements in the drawing at the most zoomed-out and the most zoomed-in step. */
  elementsOut: number;
  elementsIn: number;
  labelsOut: number;
  labelsIn: number;
  clustersOut: number;
  clustersIn: number;
  /** Largest difference between a requested window and the one shown, in ms (proves the steps were applied). */
  windowError: number;
}

export interface BenchPage {
  library: Library;
  version: string;
  /** Generates `count` events (kept, so the memory baseline holds them) and measures their first render. */
  firstRender(count: number): Promise<FirstRenderResult>;
  /** Renders `count` events, then runs the 60-step zoom/pan sequence, one step per frame. */
  zoomPan(count: number): Promise<ZoomPanResult>;
}

declare global {
  interface Window {
    benchPage?: BenchPage;
    benchError?: string;
    gc?: () => void;
  }
  interface Performance {
    /** Chromium only; precise with --enable-precise-memory-info. */
    memory?: { usedJSHeapSize: number; totalJSHeapSize: number; jsHeapSizeLimit: number };
  }
}

/**
 * Timing helpers that run in the page, the same for both libraries, so differences come from the
 * libraries and not from how they are driven.
 */
import type { FirstRenderResult, ZoomPanResult } from './protocol.js';
import { MOST_ZOOMED_IN } from './synthetic-events.js';

export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves with the time the main-thread rendering (style, layout, paint) of the frame that
 * `requestAnimationFrame` starts was over. A message posted from a rAF callback is normally delivered
 * right after that frame's rendering. But after a long task Chromium may run the next frame before
 * delivering it (it keeps rendering from starving): then the next frame's first rAF callback, which
 * starts as soon as the long frame is done, marks the end instead. Whichever comes first.
 */
export function afterFrameRendered(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(frameRenderedPromise())));
}

/** Called from inside a rAF callback: when this frame's rendering was over (see afterFrameRendered). */
export function frameRenderedPromise(): Promise<number> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve(performance.now());
    };
    const channel = new MessageChannel();
    channel.port1.onmessage = finish;
    channel.port2.postMessage(null);
    requestAnimationFrame(finish);
  });
}

/** A full GC (twice: the first can leave garbage that finalisers free), then the used JS heap. */
export function heapAfterGc(): number {
  if (!window.gc || !performance.memory) throw new Error('needs --js-flags=--expose-gc and Chromium performance.memory');
  window.gc();
  window.gc();
  return performance.memory.usedJSHeapSize;
}

export interface Drawing {
  /** Hands the events to the library; resolves once its DOM is built (not yet styled or painted). */
  draw(): Promise<void> | void;
  /** Elements, labels and clusters currently in the drawing. */
  count(): { elements: number; labels: number; clusters: number };
}

/**
 * First render: from handing over the events to the second rAF callback after the DOM is built, as the
 * brief defines it (the first frame renders and paints them; the second callback starts the frame after).
 * Also notes when that first frame's main-thread rendering finished, which excludes the wait for vsync.
 */
export async function measureFirstRender(drawing: Drawing, heapBefore: number): Promise<FirstRenderResult> {
  // A settled page before starting: nothing pending from loading.
  await nextFrame();
  await nextFrame();
  const start = performance.now();
  await drawing.draw();
  const [renderedAt, end] = await new Promise<[Promise<number>, number]>((resolve) => {
    requestAnimationFrame(() => {
      const rendered = frameRenderedPromise();
      requestAnimationFrame(() => resolve([rendered, performance.now()]));
    });
  });
  const counts = drawing.count();
  return { ms: end - start, renderedMs: (await renderedAt) - start, heapBefore, heapAfter: heapAfterGc(), ...counts };
}

export interface Steppable {
  /** Shows one window; may return a promise for the library's own (microtask) update. */
  show(window: [number, number]): Promise<void> | void;
  /** The window on screen now. */
  shown(): [number, number];
  /** Whether the library redrew since the last call (vis-timeline redraws in its own rAF). */
  redrawn?(): boolean;
  count(): { elements: number; labels: number; clusters: number };
}

/**
 * The zoom/pan sequence, one step per frame. Each step starts right after the previous frame's rendering
 * (in a message task), so both libraries get a full frame: news-timeline updates its DOM in the step's
 * own task (lit's microtask update) and the browser renders it in the next frame; vis-timeline only notes
 * the new range and redraws in its own rAF callback of the next frame. The cost of a step is the
 * main-thread work it causes: its own task, plus that next frame from our rAF callback (registered
 * before the step runs, so it is first in the frame) to the end of the frame's rendering. The idle wait
 * for vsync in between is not counted; the rAF-to-rAF intervals are recorded alongside.
 */
export function runSteps(windows: ReadonlyArray<[number, number]>, target: Steppable): Promise<ZoomPanResult> {
  const work: number[] = [];
  const script: number[] = [];
  const rafTimes: number[] = [];
  const result = { elementsOut: 0, elementsIn: 0, labelsOut: 0, labelsIn: 0, clustersOut: 0, clustersIn: 0, windowError: 0 };
  return new Promise((resolve, reject) => {
    let step = 0;
    let taskTime = 0;
    let frameStart = 0;
    const finishStep = (renderedAt: number): void => {
      work.push(taskTime + (renderedAt - frameStart));
      script.push(taskTime);
      if (target.redrawn && !target.redrawn()) throw new Error(`step ${step}: the library did not redraw within the frame`);
      const [shownStart, shownEnd] = target.shown();
      const [wantStart, wantEnd] = windows[step]!;
      result.windowError = Math.max(result.windowError, Math.abs(shownStart - wantStart), Math.abs(shownEnd - wantEnd));
      if (step === 0 || step === MOST_ZOOMED_IN) {
        const { elements, labels, clusters } = target.count();
        if (step === 0) Object.assign(result, { elementsOut: elements, labelsOut: labels, clustersOut: clusters });
        else Object.assign(result, { elementsIn: elements, labelsIn: labels, clustersIn: clusters });
      }
      step++;
    };
    const startStep = async (): Promise<void> => {
      const begin = performance.now();
      // Registered before the step runs, so this callback is the first of the next frame.
      requestAnimationFrame((timestamp) => {
        frameStart = performance.now();
        rafTimes.push(timestamp);
        frameRenderedPromise().then(onFrameRendered, reject);
      });
      await target.show(windows[step]!);
      taskTime = performance.now() - begin;
    };
    const onFrameRendered = (renderedAt: number): void => {
      try {
        finishStep(renderedAt);
        if (step === windows.length) {
          const intervals = rafTimes.slice(1).map((time, index) => time - rafTimes[index]!);
          resolve({ work, script, intervals, ...result });
          return;
        }
        startStep().catch(reject);
      } catch (error) {
        reject(error);
      }
    };
    startStep().catch(reject);
  });
}

// Connecting and disconnecting <news-timeline> many times leaves no ResizeObserver observing and no
// listener on window, document or a media query list. The element exposes nothing for this, so the
// test wraps those APIs (originals saved and restored) and keeps the live set by identity.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { buildArticle, eventItems, seedLines, settle, type NewsTimeline } from './helpers.js';

interface Registration {
  target: string;
  type: string;
  listener: unknown;
  capture: boolean;
  ref: EventTarget;
}

class LeakProbe {
  readonly liveObservers = new Set<ResizeObserver>();
  readonly registrations: Registration[] = [];
  observeCalls = 0;
  disconnectCalls = 0;
  addCalls = 0;
  removeCalls = 0;
  private readonly restores: Array<() => void> = [];

  install(): void {
    const probe = this;
    const OriginalResizeObserver = window.ResizeObserver;
    const targets = new WeakMap<ResizeObserver, Set<Element>>();
    class CountingResizeObserver extends OriginalResizeObserver {
      override observe(target: Element, options?: ResizeObserverOptions): void {
        probe.observeCalls += 1;
        const set = targets.get(this) ?? new Set<Element>();
        set.add(target);
        targets.set(this, set);
        probe.liveObservers.add(this);
        super.observe(target, options);
      }
      override unobserve(target: Element): void {
        const set = targets.get(this);
        set?.delete(target);
        if (!set || set.size === 0) probe.liveObservers.delete(this);
        super.unobserve(target);
      }
      override disconnect(): void {
        probe.disconnectCalls += 1;
        targets.get(this)?.clear();
        probe.liveObservers.delete(this);
        super.disconnect();
      }
    }
    window.ResizeObserver = CountingResizeObserver;
    this.restores.push(() => {
      window.ResizeObserver = OriginalResizeObserver;
    });

    const watched = (target: unknown): string | undefined => {
      if (target === window) return 'window';
      if (target === document) return 'document';
      if (target instanceof MediaQueryList) return `matchMedia(${target.media})`;
      return undefined;
    };
    const capture = (options: unknown): boolean =>
      typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture);
    const find = (ref: EventTarget, type: string, listener: unknown, useCapture: boolean): number =>
      probe.registrations.findIndex((r) => r.ref === ref && r.type === type && r.listener === listener && r.capture === useCapture);
    const record = (ref: EventTarget, type: string, listener: unknown, options: unknown): void => {
      const name = watched(ref);
      if (!name || !listener) return;
      probe.addCalls += 1;
      if (find(ref, type, listener, capture(options)) < 0) {
        probe.registrations.push({ target: name, type, listener, capture: capture(options), ref });
      }
    };
    const forget = (ref: EventTarget, type: string, listener: unknown, options: unknown): void => {
      if (!watched(ref) || !listener) return;
      probe.removeCalls += 1;
      const index = find(ref, type, listener, capture(options));
      if (index >= 0) probe.registrations.splice(index, 1);
    };

    const proto = EventTarget.prototype;
    const originalAdd = proto.addEventListener;
    const originalRemove = proto.removeEventListener;
    proto.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      record(this, type, listener, options);
      return originalAdd.call(this, type, listener, options);
    };
    proto.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      forget(this, type, listener, options);
      return originalRemove.call(this, type, listener, options);
    };
    this.restores.push(() => {
      proto.addEventListener = originalAdd;
      proto.removeEventListener = originalRemove;
    });

    // The deprecated MediaQueryList listener API does not go through addEventListener.
    const mql = MediaQueryList.prototype;
    const originalAddListener = mql.addListener;
    const originalRemoveListener = mql.removeListener;
    mql.addListener = function (this: MediaQueryList, listener: ((this: MediaQueryList, ev: MediaQueryListEvent) => unknown) | null) {
      record(this, 'change', listener, false);
      return originalAddListener.call(this, listener);
    };
    mql.removeListener = function (this: MediaQueryList, listener: ((this: MediaQueryList, ev: MediaQueryListEvent) => unknown) | null) {
      forget(this, 'change', listener, false);
      return originalRemoveListener.call(this, listener);
    };
    this.restores.push(() => {
      mql.addListener = originalAddListener;
      mql.removeListener = originalRemoveListener;
    });
  }

  restore(): void {
    while (this.restores.length) this.restores.pop()!();
  }

  report(): string {
    const listeners = this.registrations.map((r) => `${r.target} "${r.type}"${r.capture ? ' (capture)' : ''}`);
    return (
      `${this.liveObservers.size} ResizeObserver(s) still observing (observe ${this.observeCalls}, disconnect ${this.disconnectCalls}); ` +
      `${listeners.length} listener(s) left: ${JSON.stringify(listeners)} (add ${this.addCalls}, remove ${this.removeCalls})`
    );
  }
}

/** Lets pending updates, observer callbacks and frames run after the element left the page. */
async function drain(el: NewsTimeline): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

describe('<news-timeline> lifecycle', () => {
  let probe: LeakProbe | undefined;
  afterEach(() => {
    probe?.restore();
    probe = undefined;
  });

  it('connects and disconnects 1,000 times without leaving observers or listeners behind', async function () {
    this.timeout(120_000);
    const container = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    probe = new LeakProbe();
    probe.install();
    const el = document.createElement('news-timeline') as NewsTimeline;
    el.setAttribute('published', '2022-02-16');
    el.append(buildArticle(await seedLines()));

    for (let cycle = 0; cycle < 1000; cycle += 1) {
      container.append(el);
      // Vary the timing: detach at once, after an update, or after frames (observers fire, layout runs).
      if (cycle % 3 === 1) await el.updateComplete;
      if (cycle % 50 === 2) await settle(el);
      el.remove();
      if (cycle % 3 === 2) await el.updateComplete;
      if (cycle % 100 === 99) {
        await drain(el);
        expect(probe.liveObservers.size + probe.registrations.length, `after ${cycle + 1} cycles: ${probe.report()}`).to.equal(0);
      }
    }
    await drain(el);
    expect(probe.liveObservers.size, probe.report()).to.equal(0);
    expect(probe.registrations, probe.report()).to.have.length(0);

    // Still a working element afterwards.
    container.append(el);
    await settle(el);
    expect(eventItems(el), 'event items after 1,000 cycles and a final connect').to.have.length(4);
    el.remove();
    await drain(el);
    expect(probe.liveObservers.size + probe.registrations.length, `after the final disconnect: ${probe.report()}`).to.equal(0);
  });

  it('leaves nothing behind for 200 separate elements created, connected and removed', async function () {
    this.timeout(60_000);
    const container = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    probe = new LeakProbe();
    probe.install();
    const removed: NewsTimeline[] = [];
    for (let i = 0; i < 200; i += 1) {
      const el = document.createElement('news-timeline') as NewsTimeline;
      el.setAttribute('published', '2022-02-16');
      el.text = `The board met on Tuesday. Meeting ${i} ended.`;
      container.append(el);
      if (i % 2 === 0) await settle(el);
      el.remove();
      removed.push(el);
    }
    for (const el of removed.slice(-3)) await drain(el);
    expect(probe.liveObservers.size, probe.report()).to.equal(0);
    expect(probe.registrations, probe.report()).to.have.length(0);
  });
});

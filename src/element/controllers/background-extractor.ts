import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { extractEvents, type TimelineEvent } from '../../parser/index.js';
import type { ExtractRequest, ExtractResponse } from '../extract-worker.js';

/** Longer articles than this are read in a worker: parsing ~20 KB takes a few milliseconds, more can stall typing. */
export const BACKGROUND_THRESHOLD = 20_000;

/**
 * Reads long articles in a module worker. Only the latest request's answer is kept, so quick edits
 * never show an older text's events. Where no worker can start (a bundle without the worker file,
 * a strict CSP), it reads on the main thread instead.
 */
export class BackgroundExtractor implements ReactiveController {
  private worker?: Worker;
  private latest = 0;
  private failed = false;
  private pending = new Map<number, { text: string; published: string; resolve: (events: TimelineEvent[]) => void; reject: (error: Error) => void }>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Resolves with the events, or never when a later request overtook this one. */
  extract(text: string, published: string): Promise<TimelineEvent[]> {
    const id = ++this.latest;
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve().then(() => extractEvents(text, { published }));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { text, published, resolve, reject });
      worker.postMessage({ id, text, published } satisfies ExtractRequest);
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.pending.clear();
  }

  private ensureWorker(): Worker | undefined {
    if (this.failed) return undefined;
    if (this.worker) return this.worker;
    try {
      this.worker = new Worker(new URL('../extract-worker.js', import.meta.url), { type: 'module' });
    } catch {
      return undefined;
    }
    this.worker.addEventListener('message', (message: MessageEvent<ExtractResponse>) => {
      const { id } = message.data;
      const request = this.pending.get(id);
      this.pending.delete(id);
      // Answers to overtaken requests are dropped: the last text wins.
      if (!request || id !== this.latest) return;
      if ('error' in message.data) request.reject(new Error(message.data.error));
      else request.resolve(message.data.events);
    });
    // The worker file could not load: read what was asked on the main thread, and from now on too.
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failed = true;
      this.worker?.terminate();
      this.worker = undefined;
      const latest = this.pending.get(this.latest);
      this.pending.clear();
      if (!latest) return;
      try {
        latest.resolve(extractEvents(latest.text, { published: latest.published }));
      } catch (error) {
        latest.reject(error as Error);
      }
    });
    return this.worker;
  }
}

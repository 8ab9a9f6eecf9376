import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../../model/types.js';
import type { ExtractRequest, ExtractResponse } from '../extract-worker.js';
import type { Language } from '../../parser/locale.js';
import { loadReader } from '../parser-loader.js';

/** Longer articles than this are read in a worker: parsing ~20 KB takes a few milliseconds, more can stall typing. */
export const BACKGROUND_THRESHOLD = 20_000;
/**
 * A worker still reading an overtaken request after this long is stopped and a new one started, so the
 * next article does not wait behind a read nobody wants (a 5 MB article takes about 350 ms). A shorter
 * read is left to finish: starting a worker costs more than it would save.
 */
const OVERTAKEN_READ_LIMIT_MS = 100;

/**
 * A module worker must come from the page's origin. The bundle loaded from another (a CDN) starts a
 * same-origin blob: script that imports the worker module from there: the CDN sends CORS headers for it
 * as it does for the bundle, and the page's CSP needs `worker-src blob:`. Where either fails, the
 * worker's error event falls back to reading on the main thread.
 */
function startWorker(url: URL): Worker {
  if (url.origin === location.origin) return new Worker(url, { type: 'module' });
  const script = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  return new Worker(script, { type: 'module' });
}

interface Request {
  token: number;
  text: string;
  published: string;
  lang: Language;
  inWorker: boolean;
  resolve: (events: TimelineEvent[]) => void;
  reject: (error: Error) => void;
}

/**
 * Reads articles that cannot be read at once, for one input at a time: long ones in a module worker,
 * short ones on the main thread once the parser has loaded. The host calls `extract` for an input it
 * wants read here and `cancel` for any other input (one it read itself, `events`, a publication date
 * that is invalid), and every call takes a new request token. An answer is delivered only while its
 * token is the latest, from the worker and from the main thread alike, so an old article's events never
 * replace a newer input. Where no worker can start (a bundle without the worker file, a CSP without
 * `worker-src`), it reads on the main thread instead. A worker still busy
 * with overtaken reads is replaced rather than waited for. Leaving the page stops the worker; coming
 * back sends the unanswered request again.
 */
export class BackgroundExtractor implements ReactiveController {
  private worker?: Worker;
  private failed = false;
  private connected = false;
  /** The request token: the latest `extract` or `cancel` call's. */
  private token = 0;
  /** The request whose answer is wanted, until it is answered or overtaken. */
  private current?: Request;
  /** Requests posted to the worker and not answered yet, and since when it has been busy with them. */
  private unanswered = 0;
  private busySince = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Resolves with the events or rejects with the parser's error; never settles once `extract` or
   * `cancel` is called again. `lang` is the grammar to read with. `inWorker: false` reads on the main
   * thread, for a text too short to be worth a worker.
   */
  extract(text: string, published: string, lang: Language, inWorker: boolean): Promise<TimelineEvent[]> {
    this.stopStuckWorker();
    return new Promise((resolve, reject) => {
      this.current = { token: ++this.token, text, published, lang, inWorker, resolve, reject };
      this.send(this.current);
    });
  }

  /** The input changed to one that is not read here: the request in flight gets no answer. */
  cancel(): void {
    this.stopStuckWorker();
    this.token++;
    this.current = undefined;
  }

  hostConnected(): void {
    this.connected = true;
    // A read that leaving the page cut off (its worker was stopped) starts again.
    if (this.current) this.send(this.current);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopWorker();
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.unanswered = 0;
  }

  /** Called as a new input overtakes the current one: a worker long busy with old reads is replaced. */
  private stopStuckWorker(): void {
    if (this.unanswered > 0 && performance.now() - this.busySince > OVERTAKEN_READ_LIMIT_MS) this.stopWorker();
  }

  private send(request: Request): void {
    // A detached host would leak a worker that nothing stops: hostConnected sends it instead.
    if (!this.connected) return;
    const worker = request.inWorker ? this.ensureWorker() : undefined;
    if (worker) {
      if (this.unanswered++ === 0) this.busySince = performance.now();
      worker.postMessage({ id: request.token, text: request.text, published: request.published, lang: request.lang } satisfies ExtractRequest);
    } else this.readHere(request);
  }

  /** Reads on the main thread once the parser and grammar have loaded, unless the request was overtaken meanwhile. */
  private readHere(request: Request): void {
    // Always after the host's update, like a worker's answer; by then a later input may have overtaken it.
    loadReader(request.lang)
      .then((extract) => {
        if (request !== this.current) return;
        let answer: ExtractResponse;
        try {
          answer = { id: request.token, events: extract(request.text, { published: request.published }) };
        } catch (error) {
          answer = { id: request.token, error: error instanceof Error ? error.message : String(error) };
        }
        this.deliver(answer);
      })
      .catch((error: Error) => this.deliver({ id: request.token, error: error.message }));
  }

  /** Settles the current request with an answer carrying its token; any other answer is stale and dropped. */
  private deliver(answer: ExtractResponse): void {
    const request = this.current;
    if (!request || answer.id !== request.token) return;
    this.current = undefined;
    if ('error' in answer) request.reject(new Error(answer.error));
    else request.resolve(answer.events);
  }

  private ensureWorker(): Worker | undefined {
    if (this.failed) return undefined;
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = startWorker(new URL('../extract-worker.js', import.meta.url));
    } catch {
      this.failed = true;
      return undefined;
    }
    worker.addEventListener('message', (message: MessageEvent<ExtractResponse>) => {
      // A stopped worker's last answer may still be queued: it is for an overtaken request.
      if (this.worker !== worker) return;
      // The worker reads in order: after each answer it starts on the next request.
      if (--this.unanswered > 0) this.busySince = performance.now();
      this.deliver(message.data);
    });
    // The worker file could not load: read what is asked on the main thread, now and from then on.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failed = true;
      worker.terminate();
      if (this.worker === worker) this.stopWorker();
      if (this.current) this.readHere(this.current);
    });
    this.worker = worker;
    return worker;
  }
}

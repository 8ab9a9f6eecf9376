// Messages between bench.ts and bench-worker.ts. Measurements run in a worker thread so the main
// thread can stop one that hangs (a catastrophic regex on an adversarial input never returns).
import type { AdversarialName } from './bench-inputs.js';

export type Engine = 'extractEvents' | 'chrono';

export type InputSpec =
  /** The news paragraphs taken once, in chunks of at most `size` code units, one call per chunk. */
  | { type: 'news-chunks'; size: number }
  /** One call on news text of about `size` code units. */
  | { type: 'news'; size: number }
  | { type: 'adversarial'; name: AdversarialName; size: number };

export type Job =
  /** Per-article throughput of both engines, interleaved article by article so they share machine conditions. */
  | { kind: 'articles'; source: 'seed' | 'corpus'; samples: number; minSampleMs: number }
  | {
      kind: 'timed';
      engine: Engine;
      input: InputSpec;
      runs: number;
      /** `full`: one untimed pass over the input. `prefix`: small slices only, for inputs too slow to run an extra time. */
      warmup: 'full' | 'prefix';
    };

export interface ArticleResult {
  id: string;
  bytes: number;
  /** Median milliseconds per call, or null when the call threw. */
  extractMs: number | null;
  chronoMs: number;
  extractEvents: number;
  chronoResults: number;
  error?: string;
}

export type WorkerMessage =
  | { type: 'article'; result: ArticleResult }
  | { type: 'input'; bytes: number; calls: number }
  | { type: 'sample'; ms: number; results: number }
  | { type: 'done' }
  | { type: 'error'; message: string };

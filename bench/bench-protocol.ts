// Messages between bench.ts and bench-worker.ts. Measurements run in a worker thread so the main
// thread can stop one that hangs (a catastrophic regex on an adversarial input never returns).
import type { AdversarialName } from './bench-inputs.js';

export type Engine = 'extractEvents' | 'chrono';

/** `corpus+seed`: the date-dense news text of the brief. `corpus`: the same without the seed, pure ASCII. */
export type NewsSource = 'corpus+seed' | 'corpus';

export type InputSpec =
  /** The news paragraphs taken once, in chunks of at most `size` code units, one call per chunk. */
  | { type: 'news-chunks'; source: NewsSource; size: number }
  /** One call on news text of about `size` code units. */
  | { type: 'news'; source: NewsSource; size: number }
  | { type: 'adversarial'; name: AdversarialName; size: number };

export type Job =
  /** Per-article throughput of both engines, interleaved article by article so they share machine conditions. */
  | { kind: 'articles'; source: 'seed' | 'corpus'; samples: number; minSampleMs: number }
  /**
   * Timed calls of one engine on several inputs, run round-robin (one run of each case per round) so that
   * drift in machine load affects every case alike and their per-KB ratios stay meaningful.
   */
  | { kind: 'timed'; engine: Engine; cases: TimedCase[] };

export interface TimedCase {
  input: InputSpec;
  runs: number;
  /** `full`: one untimed pass over the input. `prefix`: small slices only, for inputs too slow to run an extra time. */
  warmup: 'full' | 'prefix';
}

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
  | { type: 'input'; caseIndex: number; bytes: number; calls: number }
  | { type: 'sample'; caseIndex: number; ms: number; results: number }
  | { type: 'done' }
  | { type: 'error'; message: string };

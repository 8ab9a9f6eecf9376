// Runs one bench job (see bench-protocol.ts) and streams each measurement back as soon as it exists,
// so a job stopped at its deadline still reports the samples it finished.
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import * as chrono from 'chrono-node/en';
import { extractEvents } from './parser-under-test.js';
import {
  adversarialText,
  chunkNews,
  fillNews,
  loadCorpus,
  loadSeed,
  newsParagraphs,
  SEED_PUBLISHED,
  type Article,
} from './bench-inputs.js';
import type { ArticleResult, Engine, InputSpec, Job, WorkerMessage } from './bench-protocol.js';

const port = parentPort;
if (port === null) throw new Error('bench-worker.ts must run in a worker thread (start it through bench.ts)');

function send(message: WorkerMessage): void {
  port!.postMessage(message);
}

// extractEvents rejects input over its default limit (~5 MB); the 10 MB case must be allowed through.
const DEFAULT_MAX_LENGTH = 5_000_000;

type Call = () => number;

/** Reference instant for chrono: noon UTC on the publication day, as the baseline in the brief specifies. */
function noonUtc(published: string): Date {
  const [year, month, day] = published.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!, 12));
}

function callFor(engine: Engine, text: string, published: string): Call {
  if (engine === 'chrono') {
    const option = { instant: noonUtc(published), timezone: 0 };
    return () => chrono.casual.parse(text, option).length;
  }
  const options = { published, maxLength: Math.max(DEFAULT_MAX_LENGTH, text.length) };
  return () => extractEvents(text, options).length;
}

// Results flow into this sink so no engine call is ever dead code to the optimiser.
let sink = 0;

const gc = (globalThis as { gc?: () => void }).gc;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds per call, averaged over `iterations` back-to-back calls. */
function timeCalls(call: Call, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) sink += call();
  return (performance.now() - start) / iterations;
}

/** Iterations needed for one sample to last `minMs`: a single short article is below timer noise. */
function calibrate(call: Call, minMs: number): number {
  let iterations = 1;
  for (;;) {
    const elapsed = timeCalls(call, iterations) * iterations;
    if (elapsed >= minMs || iterations >= 1 << 20) return iterations;
    const scaled = elapsed > 0 ? Math.ceil((iterations * minMs * 1.2) / elapsed) : iterations * 10;
    iterations = Math.min(scaled, iterations * 100);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function runArticles(job: Extract<Job, { kind: 'articles' }>): void {
  const articles: Article[] = job.source === 'seed' ? [loadSeed()] : (loadCorpus() ?? []);
  const calls = articles.map((article) => ({
    article,
    extract: callFor('extractEvents', article.text, article.published),
    chrono: callFor('chrono', article.text, article.published),
  }));
  // One untimed pass over everything first, so early articles are not measured against a cold JIT.
  for (const { extract, chrono: parse } of calls) {
    try {
      sink += extract();
    } catch {
      // Reported per article below.
    }
    sink += parse();
  }
  for (const { article, extract, chrono: parse } of calls) {
    const result: ArticleResult = {
      id: article.id,
      bytes: Buffer.byteLength(article.text, 'utf8'),
      extractMs: null,
      chronoMs: 0,
      extractEvents: 0,
      chronoResults: parse(),
    };
    let extractIterations = 0;
    try {
      result.extractEvents = extract();
      extractIterations = calibrate(extract, job.minSampleMs);
    } catch (error) {
      result.error = errorMessage(error);
    }
    const chronoIterations = calibrate(parse, job.minSampleMs);
    const extractSamples: number[] = [];
    const chronoSamples: number[] = [];
    // Alternating the engines spreads any drift in machine load evenly over both.
    for (let i = 0; i < job.samples; i++) {
      if (extractIterations > 0) extractSamples.push(timeCalls(extract, extractIterations));
      chronoSamples.push(timeCalls(parse, chronoIterations));
    }
    if (extractSamples.length > 0) result.extractMs = median(extractSamples);
    result.chronoMs = median(chronoSamples);
    send({ type: 'article', result });
  }
}

function textsFor(input: InputSpec): string[] {
  switch (input.type) {
    case 'news-chunks':
      return chunkNews(newsParagraphs(input.source === 'corpus+seed'), input.size);
    case 'news':
      return [fillNews(newsParagraphs(input.source === 'corpus+seed'), input.size)];
    case 'adversarial':
      return [adversarialText(input.name, input.size)];
  }
}

function runTimed(job: Extract<Job, { kind: 'timed' }>): void {
  const prepared = job.cases.map((timedCase, caseIndex) => {
    const texts = textsFor(timedCase.input);
    const bytes = texts.reduce((total, text) => total + Buffer.byteLength(text, 'utf8'), 0);
    send({ type: 'input', caseIndex, bytes, calls: texts.length });
    return { timedCase, texts, calls: texts.map((text) => callFor(job.engine, text, SEED_PUBLISHED)) };
  });

  const seed = callFor(job.engine, loadSeed().text, SEED_PUBLISHED);
  for (let i = 0; i < 3; i++) sink += seed();
  for (const { timedCase, texts, calls } of prepared) {
    if (timedCase.warmup === 'full') {
      for (const call of calls) sink += call();
    } else {
      const first = texts[0]!;
      const small = callFor(job.engine, first.slice(0, 10_000), SEED_PUBLISHED);
      for (let i = 0; i < 3; i++) sink += small();
      sink += callFor(job.engine, first.slice(0, 100_000), SEED_PUBLISHED)();
    }
  }

  const rounds = Math.max(...job.cases.map((timedCase) => timedCase.runs));
  for (let round = 0; round < rounds; round++) {
    prepared.forEach(({ timedCase, calls }, caseIndex) => {
      if (round >= timedCase.runs) return;
      // Collect the previous run's garbage outside the timed region when the caller exposed gc.
      gc?.();
      let results = 0;
      const start = performance.now();
      for (const call of calls) results += call();
      const ms = performance.now() - start;
      sink += results;
      send({ type: 'sample', caseIndex, ms, results });
    });
  }
}

const job = workerData as Job;
try {
  if (job.kind === 'articles') runArticles(job);
  else runTimed(job);
  send({ type: 'done' });
} catch (error) {
  send({ type: 'error', message: errorMessage(error) });
}
// Reading `sink` keeps every engine call observable to the optimiser; the condition never holds in practice.
if (sink === Number.MIN_VALUE) console.error(sink);

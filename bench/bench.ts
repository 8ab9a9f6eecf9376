// Throughput, scaling and adversarial-input benchmark for extractEvents, with raw chrono-node as the
// baseline. Prints Markdown tables on stdout (ready for the README); progress goes to stderr.
//
//   npm run bench            (optionally: node --expose-gc --import tsx bench/bench.ts)
//
// Every job runs in a worker thread of this process so a job that hangs can be stopped at its deadline
// and reported instead of stalling the whole bench.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ADVERSARIAL, corpusAvailable, CORPUS_PATH, REPO_ROOT } from './bench-inputs.js';
import type { ArticleResult, Engine, Job, TimedCase, WorkerMessage } from './bench-protocol.js';

const KB = 1_000;
const MB = 1_000_000;
const SCALING_TARGET = 1.5;
const ADVERSARIAL_LIMIT_MS = 1_000;
const ADVERSARIAL_SIZE = 1 * MB;
// Room for three runs of a few seconds each (already flagged as slow) before a case counts as hung.
const ADVERSARIAL_TIMEOUT_MS = 15_000;
// Hard ceiling for the whole bench; later jobs get whatever is left (but never less than the floor).
const TOTAL_BUDGET_MS = 115_000;
const MIN_JOB_TIMEOUT_MS = 3_000;

const benchStart = performance.now();

// ---------------------------------------------------------------------------------------------------
// Worker plumbing

// Worker threads do not inherit tsx's loader on Node 20, so each worker registers it before loading
// the TypeScript job runner.
const TSX_API_URL = import.meta.resolve('tsx/esm/api');
const WORKER_URL = new URL('./bench-worker.ts', import.meta.url).href;
const WORKER_BOOTSTRAP = `import(${JSON.stringify(TSX_API_URL)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

interface CaseOutcome {
  input: { bytes: number; calls: number } | null;
  samples: Array<{ ms: number; results: number }>;
}

interface JobOutcome {
  articles: ArticleResult[];
  /** Indexed like the job's cases. */
  cases: CaseOutcome[];
  error: string | null;
  /** Set when the job was stopped at its deadline; holds the deadline in ms. */
  timedOutAfterMs: number | null;
}

function runJob(job: Job, timeoutMs: number): Promise<JobOutcome> {
  const remaining = TOTAL_BUDGET_MS - (performance.now() - benchStart);
  const deadline = Math.max(MIN_JOB_TIMEOUT_MS, Math.min(timeoutMs, remaining));
  const caseCount = job.kind === 'timed' ? job.cases.length : 0;
  const outcome: JobOutcome = {
    articles: [],
    cases: Array.from({ length: caseCount }, () => ({ input: null, samples: [] })),
    error: null,
    timedOutAfterMs: null,
  };
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: job });
    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // The outcome is already complete; termination only frees the thread.
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      outcome.timedOutAfterMs = deadline;
      finish();
    }, deadline);
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'article':
          outcome.articles.push(message.result);
          break;
        case 'input':
          outcome.cases[message.caseIndex]!.input = { bytes: message.bytes, calls: message.calls };
          break;
        case 'sample':
          outcome.cases[message.caseIndex]!.samples.push({ ms: message.ms, results: message.results });
          break;
        case 'error':
          outcome.error = message.message;
          finish();
          break;
        case 'done':
          finish();
          break;
      }
    });
    worker.on('error', (error) => {
      outcome.error ??= error instanceof Error ? error.message : String(error);
      finish();
    });
    worker.on('exit', (code) => {
      if (!settled) outcome.error ??= `worker exited with code ${code} before finishing`;
      finish();
    });
  });
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

// ---------------------------------------------------------------------------------------------------
// Statistics and formatting

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function sig(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value === 0) return '0';
  // toPrecision switches to exponent notation for large values; fall back to grouped integers there.
  return Math.abs(value) >= 10 ** digits ? Math.round(value).toLocaleString('en-US') : value.toPrecision(digits);
}

function fmtMs(ms: number): string {
  if (ms < 1) return `${sig(ms * 1_000)} µs`;
  if (ms < 1_000) return `${sig(ms)} ms`;
  return `${sig(ms / 1_000)} s`;
}

function fmtInt(value: number): string {
  return value.toLocaleString('en-US');
}

function fmtRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}

function mbPerSecond(bytes: number, ms: number): number {
  return bytes / MB / (ms / 1_000);
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function out(text = ''): void {
  process.stdout.write(`${text}\n`);
}

function partialNote(outcome: JobOutcome, result: CaseOutcome, runs: number): string {
  if (outcome.timedOutAfterMs === null || result.samples.length >= runs) return '';
  return ` (${result.samples.length} of ${runs} runs; stopped at ${fmtMs(outcome.timedOutAfterMs)})`;
}

/** Notes go in one italic Markdown line, so error text must not break it. */
function noteLine(note: string): string {
  return `_${note.replace(/\s+/g, ' ').replaceAll('_', '\\_').trim()}_`;
}

// ---------------------------------------------------------------------------------------------------
// 1. Per-article throughput

const ARTICLE_SAMPLES = 5;
const ARTICLE_MIN_SAMPLE_MS = 1;
const SEED_SAMPLES = 15;
const SEED_MIN_SAMPLE_MS = 20;

interface ThroughputRow {
  cells: string[];
  notes: string[];
}

function throughputRows(label: string, outcome: JobOutcome): ThroughputRow {
  const notes: string[] = [];
  if (outcome.error !== null) notes.push(`${label}: job failed: ${outcome.error}`);
  if (outcome.timedOutAfterMs !== null) {
    notes.push(`${label}: stopped at ${fmtMs(outcome.timedOutAfterMs)} after ${outcome.articles.length} articles.`);
  }
  const articles = outcome.articles;
  const measured = articles.filter((a): a is ArticleResult & { extractMs: number } => a.extractMs !== null);
  const failed = articles.filter((a) => a.error !== undefined);
  if (failed.length > 0) {
    notes.push(
      `${label}: extractEvents threw on ${failed.length} of ${articles.length} articles ` +
        `(first: ${failed[0]!.id}: ${failed[0]!.error}); they are left out of its median.`,
    );
  }
  const totalBytes = articles.reduce((sum, a) => sum + a.bytes, 0);
  const extractRate = median(measured.map((a) => mbPerSecond(a.bytes, a.extractMs)));
  const chronoRate = median(articles.map((a) => mbPerSecond(a.bytes, a.chronoMs)));
  // Each article against itself: the ratio of the two medians above compares different articles.
  const articleRatio = median(measured.map((a) => a.chronoMs / a.extractMs));
  const extractEvents = articles.reduce((sum, a) => sum + a.extractEvents, 0);
  const chronoResults = articles.reduce((sum, a) => sum + a.chronoResults, 0);
  return {
    cells: [
      label,
      fmtInt(articles.length),
      fmtInt(totalBytes),
      measured.length > 0 ? sig(extractRate) : 'n/a',
      articles.length > 0 ? sig(chronoRate) : 'n/a',
      measured.length > 0 ? fmtRatio(extractRate / chronoRate) : 'n/a',
      measured.length > 0 ? fmtRatio(articleRatio) : 'n/a',
      `${fmtInt(extractEvents)} / ${fmtInt(chronoResults)}`,
    ],
    notes,
  };
}

// ---------------------------------------------------------------------------------------------------
// 2. Scaling

interface ScalingCase extends TimedCase {
  label: string;
  /** Label of the case in the same group whose per-KB cost this one is compared against; none for a baseline. */
  compareTo?: string;
  /** Whether the 1.5x per-KB target applies (extractEvents on the brief's text). */
  target: boolean;
}

interface ScalingGroup {
  engine: Engine;
  cases: ScalingCase[];
  timeoutMs: number;
}

// Small and large inputs of one engine share a job so they are measured round-robin under the same
// conditions; the cheap cases get more runs because this kind of shared machine is noisy.
function scalingGroups(haveCorpus: boolean): ScalingGroup[] {
  const mixed = 'corpus+seed' as const;
  const extractCases: ScalingCase[] = [
    { label: '10 KB per call', input: { type: 'news-chunks', source: mixed, size: 10 * KB }, runs: 15, warmup: 'full', target: false },
    { label: '1 MB, one call', input: { type: 'news', source: mixed, size: 1 * MB }, runs: 9, warmup: 'full', compareTo: '10 KB per call', target: true },
    { label: '10 MB, one call', input: { type: 'news', source: mixed, size: 10 * MB }, runs: 3, warmup: 'prefix', compareTo: '10 KB per call', target: true },
  ];
  if (haveCorpus) {
    // Control: the corpus is pure ASCII and the seed is not, so at 10 KB only the chunk holding the seed
    // carries typographic characters while every large input does. Without the seed, the ratio is a size
    // effect alone.
    extractCases.push(
      { label: '10 KB per call, ASCII control', input: { type: 'news-chunks', source: 'corpus', size: 10 * KB }, runs: 15, warmup: 'full', target: false },
      { label: '1 MB, one call, ASCII control', input: { type: 'news', source: 'corpus', size: 1 * MB }, runs: 9, warmup: 'full', compareTo: '10 KB per call, ASCII control', target: false },
      { label: '10 MB, one call, ASCII control', input: { type: 'news', source: 'corpus', size: 10 * MB }, runs: 3, warmup: 'prefix', compareTo: '10 KB per call, ASCII control', target: false },
    );
  }
  return [
    { engine: 'extractEvents', timeoutMs: 90_000, cases: extractCases },
    {
      engine: 'chrono',
      timeoutMs: 25_000,
      cases: [
        { label: '10 KB per call', input: { type: 'news-chunks', source: mixed, size: 10 * KB }, runs: 9, warmup: 'full', target: false },
        { label: '100 KB per call', input: { type: 'news-chunks', source: mixed, size: 100 * KB }, runs: 5, warmup: 'full', compareTo: '10 KB per call', target: false },
        // Capped at 500 KB: chrono's cost grows superlinearly, and 10 MB in one call would take far too long.
        { label: '500 KB, one call', input: { type: 'news', source: mixed, size: 500 * KB }, runs: 3, warmup: 'prefix', compareTo: '10 KB per call', target: false },
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Main

function chronoVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', 'chrono-node', 'package.json'), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>).version : undefined;
  return typeof version === 'string' ? version : 'unknown';
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  const cpu = cpus.length > 0 ? `${cpus[0]!.model.trim()} × ${cpus.length}` : 'unknown CPU';
  const gcNote = typeof (globalThis as { gc?: unknown }).gc === 'function' ? ', gc between runs' : '';
  out('## Benchmark');
  out();
  out(`_Node ${process.version}, chrono-node ${chronoVersion()}, ${cpu}, ${os.platform()}-${os.arch()}${gcNote}._`);
  out('_Times are medians of several runs after a warm-up; 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes of UTF-8._');
  out('_extractEvents is the package\'s compiled parser (dist/parser), as a program that imports it runs it._');
  out();

  // 1. Per-article throughput.
  progress('per-article throughput: seed article');
  const seedOutcome = await runJob({ kind: 'articles', source: 'seed', samples: SEED_SAMPLES, minSampleMs: SEED_MIN_SAMPLE_MS }, 30_000);
  const rows: ThroughputRow[] = [throughputRows('Seed article (russia-troops-2022-02-16.txt)', seedOutcome)];
  const corpusRelative = path.relative(REPO_ROOT, CORPUS_PATH);
  const haveCorpus = corpusAvailable();
  if (haveCorpus) {
    progress('per-article throughput: TempEval-3 corpus');
    const corpusOutcome = await runJob({ kind: 'articles', source: 'corpus', samples: ARTICLE_SAMPLES, minSampleMs: ARTICLE_MIN_SAMPLE_MS }, 60_000);
    rows.push(throughputRows('TempEval-3 (TBAQ), median per article', corpusOutcome));
  }
  out('### Per-article throughput');
  out();
  out(
    table(
      ['Input', 'Articles', 'Total bytes', 'extractEvents MB/s', 'chrono MB/s', 'extractEvents ÷ chrono', 'Median of per-article ratios', 'Events (extractEvents / chrono)'],
      rows.map((row) => row.cells),
    ),
  );
  out();
  if (!haveCorpus) out(`_TempEval-3 corpus not found at \`${corpusRelative}\`; corpus throughput skipped._\n`);
  for (const note of rows.flatMap((row) => row.notes)) out(`${noteLine(note)}\n`);
  const seedEvents = seedOutcome.articles[0]?.extractEvents ?? 0;
  if (seedOutcome.articles.length > 0 && seedEvents === 0) {
    out('_extractEvents found no events in the seed article: the parser under test looks unfinished, so its timings do not reflect real work._\n');
  }

  // 2. Scaling.
  const scalingRows: string[][] = [];
  const scalingNotes: string[] = [];
  for (const group of scalingGroups(haveCorpus)) {
    progress(`scaling: ${group.engine} (${group.cases.map((c) => c.label).join(', ')})`);
    const cases: TimedCase[] = group.cases.map(({ input, runs, warmup }) => ({ input, runs, warmup }));
    const outcome = await runJob({ kind: 'timed', engine: group.engine, cases }, group.timeoutMs);
    if (outcome.error !== null) scalingNotes.push(`${group.engine}: ${outcome.error}`);
    const perKbByLabel = new Map<string, number>();
    group.cases.forEach((scase, index) => {
      const result = outcome.cases[index]!;
      const bytes = result.input?.bytes ?? 0;
      const calls = result.input?.calls ?? 0;
      let timeCell = 'n/a';
      let perKbCell = 'n/a';
      let ratioCell = scase.compareTo === undefined ? '1.00× (baseline)' : 'n/a';
      if (result.samples.length > 0 && bytes > 0) {
        const ms = median(result.samples.map((sample) => sample.ms));
        const perKbMs = ms / (bytes / KB);
        timeCell = `${fmtMs(ms)}${partialNote(outcome, result, scase.runs)}`;
        perKbCell = sig(perKbMs * 1_000);
        perKbByLabel.set(scase.label, perKbMs);
        const basePerKbMs = scase.compareTo === undefined ? undefined : perKbByLabel.get(scase.compareTo);
        if (basePerKbMs !== undefined) {
          const ratio = perKbMs / basePerKbMs;
          const verdict = scase.target ? (ratio <= SCALING_TARGET ? ' (within 1.5×)' : ' **(over 1.5× target)**') : '';
          ratioCell = `${fmtRatio(ratio)}${verdict}`;
        }
      } else if (outcome.timedOutAfterMs !== null) {
        timeCell = `> ${fmtMs(outcome.timedOutAfterMs)} (no run finished)`;
      }
      const results = result.samples.at(-1)?.results;
      scalingRows.push([
        group.engine,
        scase.label,
        fmtInt(result.samples.length),
        calls > 0 ? fmtInt(calls) : 'n/a',
        bytes > 0 ? fmtInt(bytes) : 'n/a',
        timeCell,
        perKbCell,
        ratioCell,
        results === undefined ? 'n/a' : fmtInt(results),
      ]);
    });
  }
  out('### Scaling on date-dense news text');
  out();
  const scalingIntro = [
    `Text: the ${haveCorpus ? 'TempEval-3 articles then the seed article' : 'seed article'}, paragraphs separated by blank lines, repeated to size.`,
    '"Per call" rows time every chunk of that size of the text once, so they cover the same content as the large inputs; each time is for all calls of a run.',
    'The cases of one engine run round-robin in one worker so load drift hits them alike.',
  ];
  if (haveCorpus) {
    scalingIntro.push(
      'The ASCII control rows leave out the seed, whose typographic quotes the pure-ASCII corpus lacks: at 10 KB only the chunk holding the seed has any, ' +
        'while every large input does, so the control shows the size effect alone.',
    );
  }
  out(noteLine(scalingIntro.join(' ')));
  out();
  out(table(['Engine', 'Input', 'Runs', 'Calls per run', 'Bytes', 'Median time', 'µs per KB', 'Per-KB cost vs 10 KB', 'Results'], scalingRows));
  out();
  for (const note of scalingNotes) out(`${noteLine(note)}\n`);

  // 3. Adversarial inputs.
  const adversarialRows: string[][] = [];
  const slow: string[] = [];
  for (const { name, description } of ADVERSARIAL) {
    progress(`adversarial: ${name}`);
    const runs = 3;
    // One worker per input: a runaway one is stopped at its deadline without losing the others.
    const outcome = await runJob(
      {
        kind: 'timed',
        engine: 'extractEvents',
        cases: [{ input: { type: 'adversarial', name, size: ADVERSARIAL_SIZE }, runs, warmup: 'prefix' }],
      },
      ADVERSARIAL_TIMEOUT_MS,
    );
    const result = outcome.cases[0]!;
    let timeCell = 'n/a';
    let over = false;
    if (result.samples.length > 0) {
      const ms = median(result.samples.map((sample) => sample.ms));
      timeCell = `${fmtMs(ms)}${partialNote(outcome, result, runs)}`;
      over = ms > ADVERSARIAL_LIMIT_MS || outcome.timedOutAfterMs !== null;
    } else if (outcome.timedOutAfterMs !== null) {
      timeCell = `> ${fmtMs(outcome.timedOutAfterMs)} (no run finished)`;
      over = true;
    }
    const flags: string[] = [];
    if (over) {
      flags.push('**over 1 s**');
      slow.push(name);
    }
    if (outcome.error !== null) {
      if (timeCell === 'n/a') timeCell = 'error';
      flags.push(`error: ${outcome.error.replace(/\s+/g, ' ').replaceAll('|', '\\|')}`);
    }
    const results = result.samples.at(-1)?.results;
    adversarialRows.push([description, timeCell, results === undefined ? 'n/a' : fmtInt(results), flags.join(' ')]);
  }
  out('### Adversarial inputs (1 MB each, extractEvents)');
  out();
  out(table(['Input', 'Median of 3', 'Events', 'Flag'], adversarialRows));
  out();
  out(slow.length === 0 ? '_No adversarial input took over 1 s._' : `_Over 1 s: ${slow.join(', ')}._`);
  out();
  batchMode();
  await languagesMode();
  out(`_Whole bench: ${fmtMs(performance.now() - benchStart)}._`);
}

const BATCH_RECORDS = 2_000;
const BATCH_RUNS = 3;

/**
 * `news-timeline extract --jsonl` as users run it (the built CLI, a file of records), on one worker and
 * on one per core: articles per second, and per core. The records are our own fixture articles, each
 * dated by its file name, over and over.
 */
function batchMode(): void {
  const cli = path.join(REPO_ROOT, 'dist', 'cli', 'main.js');
  out('### Batch mode (`news-timeline extract --jsonl`)');
  out();
  if (!existsSync(cli)) {
    out('_Skipped: dist/cli/main.js is not built (npm run build)._');
    out();
    return;
  }
  const fixtures = readdirSync(path.join(REPO_ROOT, 'test', 'fixtures')).filter((name) => /-\d{4}-\d\d-\d\d\.txt$/.test(name));
  const articles = fixtures.map((name) => ({ text: readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', name), 'utf8'), published: /(\d{4}-\d\d-\d\d)\.txt$/.exec(name)![1]! }));
  const lines = Array.from({ length: BATCH_RECORDS }, (_, index) => JSON.stringify({ id: `r${index}`, ...articles[index % articles.length]! }));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-timeline-bench-'));
  const file = path.join(dir, 'archive.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const bytes = statSync(file).size;
  const cores = os.availableParallelism();
  const rows: string[][] = [];
  let single = 0;
  try {
    for (const workers of [...new Set([1, cores])]) {
      progress(`batch mode: ${workers} worker(s)`);
      const times: number[] = [];
      for (let run = 0; run < BATCH_RUNS; run++) {
        const started = performance.now();
        const result = spawnSync(process.execPath, [cli, 'extract', '--jsonl', file, '--workers', String(workers)], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
        if (result.status !== 0) throw new Error(`news-timeline extract --jsonl failed: ${result.stderr}`);
        times.push(performance.now() - started);
      }
      const perSecond = (BATCH_RECORDS * 1000) / median(times);
      if (workers === 1) single = perSecond;
      rows.push([String(workers), fmtMs(median(times)), fmtInt(Math.round(perSecond)), fmtInt(Math.round(perSecond / workers)), sig(mbPerSecond(bytes, median(times))), fmtRatio(perSecond / single)]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  out(`_${fmtInt(BATCH_RECORDS)} records of our ${articles.length} fixture articles (${sig(bytes / MB)} MB), the whole command (start, workers, reading and writing) timed, median of ${BATCH_RUNS}._`);
  out();
  out(table(['Workers', 'Time', 'Articles/s', 'Articles/s per core', 'MB/s', 'Speed-up'], rows));
  out();
}

const LANGUAGE_RUNS = 7;
const LANGUAGE_CORPORA: Record<string, string> = { es: 'tempeval2/es-train.json', it: 'tempeval2/it-train.json', fr: 'tempeval2/fr-train.json', pt: 'timebankpt/pt-train.json' };

/**
 * The other languages, read in this process: each language's training corpus (TempEval-2, TimeBankPT;
 * skipped when absent), else our labelled articles of it, against chrono-node's own grammar of that
 * language called the two ways users call it, in the same process. Medians of LANGUAGE_RUNS passes.
 */
async function languagesMode(): Promise<void> {
  const chrono = await import('chrono-node');
  const { extractEvents, loadLanguage } = await import('./parser-under-test.js');
  const { LANGUAGE_CASES } = await import('../test/fixtures/language-articles.js');
  out('### Other languages');
  out();
  const rows: string[][] = [];
  for (const lang of ['es', 'fr', 'it', 'pt', 'de'] as const) {
    progress(`languages: ${lang}`);
    await loadLanguage(lang);
    const corpus = LANGUAGE_CORPORA[lang] && path.join(REPO_ROOT, '..', 'shared', 'data', LANGUAGE_CORPORA[lang]);
    const docs: Array<{ text: string; published: string }> =
      corpus && existsSync(corpus)
        ? (JSON.parse(readFileSync(corpus, 'utf8')) as Array<{ text: string; dct: string }>).map(({ text, dct }) => ({ text, published: dct }))
        : LANGUAGE_CASES.filter((testCase) => testCase.lang === lang);
    const grammar = chrono[lang].casual;
    const time = (read: (doc: { text: string; published: string }) => unknown) => {
      const times: number[] = [];
      for (let run = 0; run <= LANGUAGE_RUNS; run++) {
        const started = performance.now();
        for (const doc of docs) read(doc);
        // The first pass warms up: V8 compiles the patterns on their second run.
        if (run > 0) times.push(performance.now() - started);
      }
      return median(times);
    };
    const ours = time(({ text, published }) => extractEvents(text, { published, lang }));
    const plain = time(({ text, published }) => grammar.parse(text, new Date(`${published}T12:00:00Z`)));
    const zoned = time(({ text, published }) => grammar.parse(text, { instant: new Date(`${published}T12:00:00Z`), timezone: 0 }));
    const bytes = docs.reduce((sum, { text }) => sum + text.length, 0);
    rows.push([lang, corpus && existsSync(corpus) ? LANGUAGE_CORPORA[lang]! : 'our labelled articles', fmtInt(docs.length), sig(mbPerSecond(bytes, ours)), sig(mbPerSecond(bytes, plain)), fmtRatio(ours / plain), fmtRatio(ours / zoned)]);
  }
  out(`_extractEvents with \`lang\` against \`chrono.<lang>.casual.parse(text, date)\` and its \`{ instant, timezone }\` form, median of ${LANGUAGE_RUNS} passes over every document; a ratio over 1 is extractEvents taking longer._`);
  out();
  out(table(['Language', 'Documents', 'Count', 'extractEvents MB/s', 'chrono-node MB/s', 'time ratio', 'ratio, { instant, timezone }'], rows));
  out();
}

await main();

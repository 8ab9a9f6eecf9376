// Browser benchmark: <news-timeline> against vis-timeline in headless Chromium, same events, same
// viewport, same zoom/pan windows. Prints a Markdown table on stdout (ready for the README); progress,
// and with --profile the hottest functions, go to stderr.
//
//   npm run bench:browser                       (tsx bench/browser/run.ts)
//   npm run bench:browser -- --runs 3 --profile --json results.json
//   (also --vis-defaults-runs N, default 1, and --vis-cluster-zoom-runs N, default 3: vis-timeline's slow jobs)
//
// Each measurement runs in a fresh page; medians over --runs (default 5) runs. Pages are bundled from
// src by esbuild into bench/browser/.build/ (git-ignored) and served from 127.0.0.1; nothing leaves
// the machine. Chromium comes from /usr/bin/chromium (or CHROME_PATH); none is ever downloaded.
import { createServer, type Server } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { SourceMap, type SourceMapPayload } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Both come in with the dev dependencies already installed: esbuild with tsx, puppeteer-core with
// @web/test-runner-chrome.
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BenchPage, FirstRenderResult, Library, ZoomPanResult } from './protocol.js';
import { CHROMIUM_ARGS } from '../../test/ensure-chromium.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const BUILD_DIR = path.join(HERE, '.build');
const VIEWPORT = { width: 1280, height: 800 };
const SIZES = [100, 1_000, 10_000] as const;
const ZOOM_EVENTS = 10_000;
// The targets.
const FIRST_RENDER_TARGET_MS = 300;
const FRAME_TARGET_MS = 16;
// The longest job (vis-timeline's defaults, 60 steps over 10,000 items) takes about a minute here; a
// hang should fail the run, not stall it.
const JOB_TIMEOUT_MS = 150_000;

interface Options {
  /** Runs per measurement. */
  runs: number;
  /** Runs of vis-timeline's defaults at 10,000 items: ~5 s to draw them, ~45 s for the 60 steps. */
  visDefaultsRuns: number;
  /** Runs of vis-timeline's clustering zoom/pan: ~15 s each (some steps take seconds). */
  visClusterZoomRuns: number;
  profile: boolean;
  json?: string;
}

function parseArgs(argv: readonly string[]): Options {
  // About two minutes in all here; the caps keep vis-timeline, the reference, from dominating the run.
  const options: Options = { runs: 5, visDefaultsRuns: 1, visClusterZoomRuns: 3, profile: false };
  const counts = { '--runs': 'runs', '--vis-defaults-runs': 'visDefaultsRuns', '--vis-cluster-zoom-runs': 'visClusterZoomRuns' } as const;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--profile') options.profile = true;
    else if (arg === '--json') options.json = argv[++index];
    else if (arg in counts) {
      const value = Number(argv[++index]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} needs a whole number >= 1`);
      options[counts[arg as keyof typeof counts]] = value;
    } else throw new Error(`unknown option ${arg}; known: ${Object.keys(counts).join(' N, ')} N, --profile, --json FILE`);
  }
  return options;
}

const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

// ---------------------------------------------------------------------------------------------------
// Build and serve

/** Bundles both pages from source: the element exactly as src has it, lit in its production build. */
async function buildPages(): Promise<void> {
  await build({
    entryPoints: [path.join(HERE, 'page-news-timeline.ts'), path.join(HERE, 'page-vis-timeline.ts')],
    outdir: BUILD_DIR,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // es2022 keeps class fields native, as the test runner and the published build have them.
    target: 'es2022',
    // Not minified: the profile then names functions, and minifying changes run time very little.
    sourcemap: 'linked',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
}

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

/** Serves page.html and the bundles, nothing else (module scripts do not load from file://). */
async function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = url.pathname === '/' || url.pathname === '/page.html' ? path.join(HERE, 'page.html') : path.join(BUILD_DIR, path.basename(url.pathname));
    const allowed = url.pathname === '/' || url.pathname === '/page.html' || url.pathname.startsWith('/.build/');
    readFile(file)
      .then((body) => {
        if (!allowed) throw new Error('not served');
        response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(404).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// ---------------------------------------------------------------------------------------------------
// What is measured

/**
 * One column of the table. vis-timeline twice: with its defaults (every item drawn and stacked: what
 * "the same items" gives out of the box) and with its own clustering, the counterpart of news-timeline's
 * "+N more" level of detail.
 */
interface Target {
  key: 'news' | 'vis' | 'visCluster';
  library: Library;
  query: string;
  heading: string;
  /** Runs of a job (`count` events; zoom/pan always has ZOOM_EVENTS): vis-timeline's slow ones fewer. */
  runs(options: Options, count: number, phase: 'render' | 'zoom'): number;
}

const TARGETS: readonly Target[] = [
  { key: 'news', library: 'news-timeline', query: 'lib=news-timeline', heading: 'news-timeline', runs: (options) => options.runs },
  {
    key: 'vis',
    library: 'vis-timeline',
    query: 'lib=vis-timeline',
    heading: 'vis-timeline {v}, defaults',
    runs: (options, count) => (count >= ZOOM_EVENTS ? Math.min(options.runs, options.visDefaultsRuns) : options.runs),
  },
  {
    key: 'visCluster',
    library: 'vis-timeline',
    query: 'lib=vis-timeline&variant=cluster',
    heading: 'vis-timeline {v}, `cluster: { maxItems: 1 }`',
    runs: (options, _count, phase) => (phase === 'zoom' ? Math.min(options.runs, options.visClusterZoomRuns) : options.runs),
  },
];

// ---------------------------------------------------------------------------------------------------
// Pages

async function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    defaultViewport: VIEWPORT,
    args: [
      ...CHROMIUM_ARGS,
      // performance.memory in bytes rather than coarse buckets, and window.gc() for a heap after GC.
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
      `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
    ],
  });
}

/** A fresh page with the library loaded; any console error or page error fails the job. */
async function openPage(browser: Browser, origin: string, target: Target): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // The element reports skipped (invalid) events with console.error: synthetic events must all be valid.
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}/page.html?${target.query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchPage !== undefined || window.benchError !== undefined, { timeout: JOB_TIMEOUT_MS });
  const loadError = await page.evaluate(() => window.benchError);
  if (loadError) throw new Error(`${target.key} page failed to load: ${loadError}`);
  // Foreground, so rAF is never throttled as for a background tab.
  await page.bringToFront();
  return { page, errors };
}

async function withPage<T>(browser: Browser, origin: string, target: Target, job: (page: Page) => Promise<T>): Promise<T> {
  const { page, errors } = await openPage(browser, origin, target);
  try {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${target.key}: job took over ${JOB_TIMEOUT_MS} ms`)), JOB_TIMEOUT_MS);
    });
    const result = await Promise.race([job(page), timeout]).finally(() => clearTimeout(timer));
    if (errors.length > 0) throw new Error(`${target.key}: errors in the page: ${errors.slice(0, 3).join(' | ')}`);
    return result;
  } finally {
    await page.close();
  }
}

const firstRender = (page: Page, count: number): Promise<FirstRenderResult> =>
  page.evaluate((n) => (window.benchPage as BenchPage).firstRender(n), count);

const zoomPan = (page: Page, count: number): Promise<ZoomPanResult> => page.evaluate((n) => (window.benchPage as BenchPage).zoomPan(n), count);

// ---------------------------------------------------------------------------------------------------
// CPU profile (--profile): self time per function, mapped back to its source line.
// "(program)" is the browser's own work outside JS: style, layout, paint.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Maps a position in a bundle back to `source:line` through esbuild's source map (Node's own parser). */
async function sourceMapper(library: Library): Promise<(line: number, column: number) => string> {
  const map = new SourceMap(JSON.parse(await readFile(path.join(BUILD_DIR, `page-${library}.js.map`), 'utf8')) as SourceMapPayload);
  return (line, column) => {
    const entry = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
    if (!entry.originalSource) return '?';
    return `${path.relative(ROOT, path.resolve(BUILD_DIR, entry.originalSource))}:${(entry.originalLine ?? 0) + 1}`;
  };
}

/** Self time per function (not counting idle), largest first. */
async function hottest(profile: Profile, library: Library, top = 15): Promise<string[]> {
  const where = await sourceMapper(library);
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const frame = byNode.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    total += micros;
    const place = frame.url.includes('/.build/') ? ` ${where(frame.lineNumber, frame.columnNumber)}` : frame.url ? ` ${path.basename(frame.url)}` : '';
    const key = `${frame.functionName || '(anonymous)'}${place}`;
    self.set(key, (self.get(key) ?? 0) + micros);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, micros]) => `${(micros / 1000).toFixed(1).padStart(7)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`);
}

/** Profiles one job on the main thread; the sampling adds overhead, so these runs are not in the table. */
async function profiled<T>(page: Page, library: Library, label: string, job: () => Promise<T>): Promise<T> {
  const session = await page.createCDPSession();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  const result = await job();
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  log(`\nHottest functions (self time), ${library}, ${label}:`);
  for (const line of await hottest(profile, library)) log(line);
  await session.detach();
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Statistics and output

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: an actual observation, never an interpolated one.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
const median = (values: readonly number[]): number => quantile(values, 0.5);

const ms = (value: number): string => (value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1));
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const int = (value: number): string => Math.round(value).toLocaleString('en-US');

interface Results {
  firstRender: Map<number, FirstRenderResult[]>;
  zoomPan: ZoomPanResult[];
}

/** Medians over runs; for the steps, each run's median and 95th percentile of its 60 steps, then their median over runs. */
function summarize(results: Results) {
  const renders = (count: number) => results.firstRender.get(count)!;
  const zoom = results.zoomPan;
  return {
    firstRender: (count: number) => median(renders(count).map((r) => r.ms)),
    firstRendered: (count: number) => median(renders(count).map((r) => r.renderedMs)),
    renderRuns: (count: number) => renders(count).length,
    heap10k: median(renders(ZOOM_EVENTS).map((r) => r.heapAfter - r.heapBefore)),
    zoomRuns: zoom.length,
    stepMedian: median(zoom.map((run) => median(run.work))),
    stepP95: median(zoom.map((run) => quantile(run.work, 0.95))),
    intervalMedian: median(zoom.map((run) => median(run.intervals))),
    intervalP95: median(zoom.map((run) => quantile(run.intervals, 0.95))),
    elementsOut: median(zoom.map((run) => run.elementsOut)),
    elementsIn: median(zoom.map((run) => run.elementsIn)),
    labelsOut: median(zoom.map((run) => run.labelsOut)),
    labelsIn: median(zoom.map((run) => run.labelsIn)),
    clustersOut: median(zoom.map((run) => run.clustersOut)),
    clustersIn: median(zoom.map((run) => run.clustersIn)),
    windowError: Math.max(...zoom.map((run) => run.windowError)),
  };
}
type Summary = ReturnType<typeof summarize>;

function table(summaries: ReadonlyMap<Target, Summary>, chromium: string, options: Options, visVersion: string): string {
  const columns = [...summaries];
  // A cell from fewer runs than the rest says so.
  const runsNote = (runs: number): string => (runs < options.runs ? ` (${runs} run${runs === 1 ? '' : 's'})` : '');
  const row = (label: string, cell: (summary: Summary) => string): string => `| ${label} | ${columns.map(([, summary]) => cell(summary)).join(' | ')} |`;
  const news = summaries.get(TARGETS[0]!)!;
  const lines = [
    `Headless Chromium ${chromium}, viewport ${VIEWPORT.width}x${VIEWPORT.height}, median of ${options.runs} runs (fresh page each) unless noted; synthetic events spread over two years around the publication date (2022-02-16).`,
    '',
    `| | ${columns.map(([target]) => target.heading.replace('{v}', visVersion)).join(' | ')} |`,
    `| --- |${columns.map(() => ' ---: |').join('')}`,
    ...SIZES.map((count) => row(`first render, ${int(count)} events, ms`, (s) => `${ms(s.firstRender(count))}${runsNote(s.renderRuns(count))}`)),
    row(`… of it until that first frame was rendered, ${int(ZOOM_EVENTS)} events, ms`, (s) => ms(s.firstRendered(ZOOM_EVENTS))),
    row(`zoom/pan step, ${int(ZOOM_EVENTS)} events: main-thread work, median / 95th percentile, ms`, (s) => `${ms(s.stepMedian)} / ${ms(s.stepP95)}${runsNote(s.zoomRuns)}`),
    row('zoom/pan: rAF-to-rAF interval, median / 95th percentile, ms', (s) => `${ms(s.intervalMedian)} / ${ms(s.intervalP95)}`),
    row('elements drawn, whole span → one week', (s) => `${int(s.elementsOut)} → ${int(s.elementsIn)}`),
    row('items drawn + clusters, whole span → one week', (s) => `${int(s.labelsOut)} + ${int(s.clustersOut)} → ${int(s.labelsIn)} + ${int(s.clustersIn)}`),
    row(`JS heap for ${int(ZOOM_EVENTS)} events (after GC, minus the same page without them), MB`, (s) => mb(s.heap10k)),
    '',
    'First render: from handing over the events (`el.events = ...` on a connected element with `published` set; `new Timeline(container, items, options)`) to the second animation frame after the DOM is built, so style, layout and paint are in. Zoom/pan: 60 windows, one per frame, from the whole span down to one week about the publication day (40 steps), then panning that week forward two days at a time (20 steps), by `zoomTo()` and `setWindow(start, end, { animation: false })`; a step\'s work is its own task plus the next frame\'s main-thread time up to the end of rendering (vsync waits excluded).',
    '',
    `- news-timeline draws ${int(ZOOM_EVENTS)} events in under ${FIRST_RENDER_TARGET_MS} ms: ${news.firstRender(ZOOM_EVENTS) < FIRST_RENDER_TARGET_MS ? '**pass**' : '**fail**'} (${ms(news.firstRender(ZOOM_EVENTS))} ms)`,
    `- news-timeline zoom/pan steps under ${FRAME_TARGET_MS} ms at the 95th percentile: ${news.stepP95 < FRAME_TARGET_MS ? '**pass**' : '**fail**'} (${ms(news.stepP95)} ms)`,
  ];
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  await buildPages();
  const { server, origin } = await serve();
  const browser = await launch();
  try {
    const chromium = (await browser.version()).replace(/^\D+/, '');
    const visVersion = (JSON.parse(await readFile(path.join(ROOT, 'node_modules/vis-timeline/package.json'), 'utf8')) as { version: string }).version;
    log(`Chromium ${chromium}; ${origin}; runs: ${JSON.stringify(options)}`);
    const all = new Map<Target, Results>(TARGETS.map((target) => [target, { firstRender: new Map(SIZES.map((count) => [count, []])), zoomPan: [] }]));

    // Warm-up, not counted: the browser's first pages pay for compiling, code caches and fonts.
    await withPage(browser, origin, TARGETS[0]!, (page) => firstRender(page, ZOOM_EVENTS));
    await withPage(browser, origin, TARGETS[0]!, (page) => zoomPan(page, ZOOM_EVENTS));
    await withPage(browser, origin, TARGETS[2]!, (page) => firstRender(page, 1_000));

    // Targets alternate within each run, so drift of the machine (other load, heat) hits all alike.
    for (let run = 1; run <= options.runs; run++) {
      for (const count of SIZES) {
        for (const target of TARGETS) {
          if (run > target.runs(options, count, 'render')) continue;
          const result = await withPage(browser, origin, target, (page) => firstRender(page, count));
          all.get(target)!.firstRender.get(count)!.push(result);
          log(`run ${run} first render ${target.key} ${count}: ${ms(result.ms)} ms (rendered ${ms(result.renderedMs)} ms), ${result.elements} elements`);
        }
      }
      for (const target of TARGETS) {
        if (run > target.runs(options, ZOOM_EVENTS, 'zoom')) continue;
        const result = await withPage(browser, origin, target, (page) => zoomPan(page, ZOOM_EVENTS));
        all.get(target)!.zoomPan.push(result);
        log(`run ${run} zoom/pan ${target.key}: median ${ms(median(result.work))} ms, p95 ${ms(quantile(result.work, 0.95))} ms, max ${ms(Math.max(...result.work))} ms; step's own task median ${ms(median(result.script))} ms`);
      }
    }

    if (options.profile) {
      // news-timeline only: vis-timeline is the reference, and its profile is not ours to fix.
      const news = TARGETS[0]!;
      await withPage(browser, origin, news, (page) => profiled(page, news.library, `first render of ${int(ZOOM_EVENTS)} events`, () => firstRender(page, ZOOM_EVENTS)));
      await withPage(browser, origin, news, (page) => profiled(page, news.library, `60-step zoom/pan over ${int(ZOOM_EVENTS)} events`, () => zoomPan(page, ZOOM_EVENTS)));
    }

    const summaries = new Map([...all].map(([target, results]) => [target, summarize(results)]));
    // The steps were really applied: every window shown matched the one asked for (to the minute).
    for (const [target, summary] of summaries) {
      if (summary.windowError > 60_000) throw new Error(`${target.key}: a shown window was off by ${summary.windowError} ms`);
    }
    process.stdout.write(`${table(summaries, chromium, options, visVersion)}\n`);
    if (options.json) {
      const raw = Object.fromEntries([...all].map(([target, results]) => [target.key, { firstRender: Object.fromEntries(results.firstRender), zoomPan: results.zoomPan }]));
      await writeFile(options.json, `${JSON.stringify({ chromium, viewport: VIEWPORT, options, raw }, null, 1)}\n`);
    }
    log(`\nbench:browser took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:browser failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

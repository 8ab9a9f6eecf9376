// The package as a user gets it: `npm pack`, installed into a fresh project in the system's temp folder,
// then used through its public names (exports and bin). Nothing is written inside the repository.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import { BUNDLE, ROOT, ensureBundle } from '../cli/build.js';

const PUBLISHED = '2022-02-16';
const SENTENCE = 'The council said on Tuesday that it would vote on the plan next Monday.';
/** What npm prints when it can reach neither the registry nor a cached copy. */
const UNREACHABLE = /\b(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENOTCACHED|ERR_SOCKET_TIMEOUT)\b|network request to .* failed/;

interface PackedFile {
  path: string;
}

/**
 * npm as run from a shell, without what `npm test` exports for its own run: `npm_config_local_prefix`
 * would make the consumer's install land in this repository.
 */
function npm(args: string[], cwd: string, timeout = 120_000): SpawnSyncReturns<string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(?:npm_config_local_prefix|npm_package_.*|npm_lifecycle_.*|INIT_CWD)$/i.test(name)),
  );
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
}

function describeRun(run: SpawnSyncReturns<string>): string {
  return `status ${run.status}${run.error ? `, ${run.error.message}` : ''}\n${run.stderr}\n${run.stdout}`.trim();
}

let temp = '';
let consumer = '';
let files: string[] = [];
/** Why the installed package cannot be tried: the registry and the cache were both out of reach. */
let unreachable: string | undefined;
/** Any other failure of `npm install`: a real problem, which fails the tests that need the install. */
let installFailure: string | undefined;

beforeAll(async () => {
  await ensureBundle();
  temp = mkdtempSync(join(tmpdir(), 'news-timeline-pack-'));
  // dist/ is built already (npm test builds first): scripts would rebuild it under the other test files.
  const pack = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', temp], ROOT);
  if (pack.status !== 0) throw new Error(`npm pack failed: ${describeRun(pack)}`);
  const [packed] = JSON.parse(pack.stdout) as Array<{ filename: string; files: PackedFile[] }>;
  files = packed!.files.map((file) => file.path).sort();

  consumer = join(temp, 'consumer');
  mkdirSync(consumer);
  for (const args of [['init', '-y'], ['pkg', 'set', 'type=module']]) {
    const run = npm(args, consumer);
    if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed: ${describeRun(run)}`);
  }
  const install = npm(['install', join(temp, packed!.filename), '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], consumer);
  if (install.status !== 0) {
    const output = describeRun(install);
    if (UNREACHABLE.test(output)) {
      unreachable = `npm install could not reach the registry or the cache: ${output.split('\n').find((line) => UNREACHABLE.test(line))?.trim()}`;
      // Shown by every reporter, not only the verbose one that prints skip notes.
      console.warn(`pack.test: skipping the checks of the installed package. ${unreachable}`);
    } else installFailure = `npm install of the packed tarball failed: ${output}`;
  }
}, 240_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Skips (with the reason, never silently) when npm had no way to fetch the dependencies. */
function needsInstall(context: TestContext): void {
  if (unreachable) context.skip(unreachable);
  if (installFailure) throw new Error(installFailure);
}

/** Installs packages in the consumer, skipping the test (with the reason) when npm can reach neither registry nor cache. */
function installInConsumer(context: TestContext, packages: string[]): void {
  const install = npm(['install', ...packages, '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], consumer);
  if (install.status !== 0 && UNREACHABLE.test(describeRun(install))) context.skip(`npm could not fetch ${packages.join(', ')}: ${describeRun(install).split('\n')[0]}`);
  expect(install.status, describeRun(install)).toBe(0);
}

function inConsumer(command: string, args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: consumer, encoding: 'utf8', input, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
}

/** An export's target: a file, or conditions (`node`, `types`, `default`) that may nest. */
type ExportTarget = string | { [condition: string]: ExportTarget };
const targetFiles = (target: ExportTarget): string[] => (typeof target === 'string' ? [target] : Object.values(target).flatMap(targetFiles));

describe('npm pack', () => {
  it('ships only dist/, the manifest, README, LICENSE and package.json', () => {
    const unexpected = files.filter((path) => !/^(?:dist\/.+|custom-elements\.json|README\.md|LICENSE|package\.json)$/.test(path));
    expect(unexpected).toEqual([]);
    // tsc compiles src/ only, but a stale dist/ could still hold anything.
    expect(files.filter((path) => /(?:^|\/)(?:test|bench|stories|scratch|demo)\/|\.test\.|\.tsbuildinfo$/.test(path))).toEqual([]);
  });

  it('ships every file package.json points at, with types and source maps', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, ExportTarget>;
      bin: Record<string, string>;
      customElements: string;
    };
    const targets = [
      ...Object.values(manifest.exports).flatMap(targetFiles),
      ...Object.values(manifest.bin),
      manifest.customElements,
    ].map((target) => target.replace(/^\.\//, ''));
    const missing = [...targets, 'README.md', 'LICENSE', 'dist/news-timeline.bundle.js.map', 'dist/news-timeline.parser.js', 'dist/news-timeline.parser.js.map', 'dist/THIRD-PARTY-NOTICES.txt', 'dist/parser/index.js.map'].filter((path) => !files.includes(path));
    expect(missing).toEqual([]);
    expect(targets).toContain('dist/news-timeline.bundle.js');
  });

  // src/ is not shipped: a map that only points there makes bundlers warn (Vite printed 41 warnings).
  it('ships source maps that hold their sources, and no declaration maps into the unshipped src/', () => {
    const maps = files.filter((path) => path.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(20);
    const unresolvable = maps.filter((path) => {
      const map = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { sources: string[]; sourcesContent?: Array<string | null> };
      return map.sources.length === 0 || map.sourcesContent?.length !== map.sources.length || map.sourcesContent.some((content) => typeof content !== 'string' || content === '');
    });
    expect(unresolvable).toEqual([]);
    expect(files.filter((path) => path.endsWith('.d.ts.map'))).toEqual([]);
  });
});

describe('the installed package', () => {
  it('runs extractEvents from news-timeline/parser, and the root export is the same function', (context) => {
    needsInstall(context);
    const script = `
      const parser = await import('news-timeline/parser');
      const root = await import('news-timeline');
      const events = parser.extractEvents(${JSON.stringify(SENTENCE)}, { published: ${JSON.stringify(PUBLISHED)} });
      console.log(JSON.stringify({ events, same: root.extractEvents === parser.extractEvents }));`;
    const run = inConsumer(process.execPath, ['--input-type=module', '-e', script]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { events, same } = JSON.parse(run.stdout) as { events: Array<{ date: string }>; same: boolean };
    expect(events.map((event) => event.date)).toEqual(['2022-02-15', '2022-02-21']);
    expect(events).toEqual(JSON.parse(JSON.stringify(extractEvents(SENTENCE, { published: PUBLISHED }))));
    expect(same).toBe(true);
  });

  it('reads Spanish and German once news-timeline/parser/es and /de are imported, and says so before', (context) => {
    needsInstall(context);
    const script = `
      const { extractEvents } = await import('news-timeline/parser');
      let before;
      try { extractEvents('x', { published: '2026-03-12', lang: 'es' }); } catch (error) { before = error.message; }
      await import('news-timeline/parser/es');
      await import('news-timeline/parser/de');
      const es = extractEvents('El Congreso aprobó el martes la ley.', { published: '2026-03-12', lang: 'es' });
      const de = extractEvents('Der Bundestag stimmte am Dienstag zu.', { published: '2026-03-12', lang: 'de-AT' });
      console.log(JSON.stringify({ before, es: es.map((event) => event.date), de: de.map((event) => event.date) }));`;
    const run = inConsumer(process.execPath, ['--input-type=module', '-e', script]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ before: expect.stringMatching(/news-timeline\/parser\/<lang> is imported/), es: ['2026-03-10'], de: ['2026-03-10'] });
  });

  it('reads a saved page with news-timeline/html and a story with news-timeline/story', (context) => {
    needsInstall(context);
    const page = readFileSync(join(ROOT, 'test', 'fixtures', 'pages', 'courier-levee.html'), 'utf8');
    const script = `
      const { readPage } = await import('news-timeline/html');
      const { buildStory } = await import('news-timeline/story');
      const page = readPage(${JSON.stringify(page)});
      // Under Node, news-timeline/story reads the page itself.
      const story = buildStory([{ id: 'courier', html: ${JSON.stringify(page)} }, { id: 'copy', text: page.text, published: '2026-04-11' }]);
      console.log(JSON.stringify({ published: page.published, sources: story.map((event) => event.sources.length) }));`;
    const run = inConsumer(process.execPath, ['--input-type=module', '-e', script]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const read = JSON.parse(run.stdout) as { published: string; sources: number[] };
    expect(read.published).toBe('2026-04-10T07:45:00-04:00');
    // The same article told twice: every event has both sources.
    expect(read.sources.length).toBeGreaterThan(3);
    expect(read.sources.every((count) => count === 2)).toBe(true);
  });

  it('resolves news-timeline/news-timeline.bundle.js to the bundle', (context) => {
    needsInstall(context);
    const run = inConsumer(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('news-timeline/news-timeline.bundle.js'))"]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(fileURLToPath(run.stdout.trim()), 'utf8')).toBe(readFileSync(BUNDLE, 'utf8'));
  });

  it('lets tools read news-timeline/package.json and news-timeline/custom-elements.json', (context) => {
    needsInstall(context);
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const manifest = require('news-timeline/package.json');
      const elements = require('news-timeline/custom-elements.json');
      const tags = elements.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean);
      console.log(JSON.stringify({ name: manifest.name, customElements: manifest.customElements, tags, resolved: import.meta.resolve('news-timeline/custom-elements.json') }));`;
    const run = inConsumer(process.execPath, ['--input-type=module', '-e', script]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const read = JSON.parse(run.stdout) as { name: string; customElements: string; tags: string[]; resolved: string };
    expect(read.name).toBe('news-timeline');
    expect(read.customElements).toBe('custom-elements.json');
    expect(read.tags).toContain('news-timeline');
    expect(readFileSync(fileURLToPath(read.resolved), 'utf8')).toBe(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  });

  it('runs the news-timeline command: JSON, and a page with the bundle inline', (context) => {
    needsInstall(context);
    writeFileSync(join(consumer, 'file.txt'), `${SENTENCE}\n`);
    const bin = join(consumer, 'node_modules', '.bin', 'news-timeline');
    const json = inConsumer(bin, ['extract', 'file.txt', '--published', PUBLISHED]);
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ published: PUBLISHED, events: JSON.parse(JSON.stringify(extractEvents(`${SENTENCE}\n`, { published: PUBLISHED }))) });

    const html = inConsumer(bin, ['extract', 'file.txt', '--published', PUBLISHED, '--format', 'html']);
    expect(html.stderr).toBe('');
    expect(html.status).toBe(0);
    expect(html.stdout).toContain(`<news-timeline published="${PUBLISHED}">`);
    expect(html.stdout).toContain('customElements.define("news-timeline"');
  });

  // A user's `npx news-timeline` runs the shipped command: nothing is built or fetched. Only a git
  // install runs `prepare` (the build); from a tarball or the registry npm runs install-time scripts
  // alone, and the package has none.
  it('answers `npx news-timeline --help` with the installed command, without building or fetching', (context) => {
    needsInstall(context);
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', 'news-timeline', 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    expect(Object.keys(installed.scripts ?? {}).filter((name) => /^(?:pre|post)?install$/.test(name))).toEqual([]);
    const help = npm(['exec', '--offline', '--no', '--', 'news-timeline', '--help'], consumer);
    expect(help.status, describeRun(help)).toBe(0);
    expect(help.stdout).toMatch(/^Usage: news-timeline extract/m);
    expect(help.stderr).toBe('');
  });

  it('type-checks and bundles a React 19 app that uses <news-timeline> through news-timeline/react', (context) => {
    needsInstall(context);
    installInConsumer(context, ['react@19', 'react-dom@19', '@types/react@19', '@types/react-dom@19']);
    writeFileSync(
      join(consumer, 'app.tsx'),
      `import 'news-timeline/element';
// Types only: esbuild and other bundlers drop it from the build.
import type {} from 'news-timeline/react';
import type { TimelineEvent } from 'news-timeline';
import { createRoot } from 'react-dom/client';

export function App({ text, events }: { text?: string; events?: TimelineEvent[] }) {
  return (
    <news-timeline published="2022-02-16" text={text} events={events} placement="after" onnews-timeline-select={(event) => console.log(event.detail.event.date.length)}>
      <article><p>The council voted on Tuesday.</p></article>
    </news-timeline>
  );
}
// @ts-expect-error placement is 'before' or 'after'
export const sideways = <news-timeline placement="sideways" />;
// @ts-expect-error the detail holds a TimelineEvent, which has no "nope"
export const wrong = <news-timeline onnews-timeline-select={(event) => event.detail.event.nope} />;
createRoot(document.body).render(<App text="It rained on Tuesday." />);
`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], skipLibCheck: false }, files: ['app.tsx'] }),
    );
    const check = inConsumer(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.']);
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);
    const build = inConsumer(join(ROOT, 'node_modules/esbuild/bin/esbuild'), ['app.tsx', '--bundle', '--format=esm', '--splitting', '--outdir=out', '--jsx=automatic', '--log-level=warning']);
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const app = readFileSync(join(consumer, 'out', 'app.js'), 'utf8');
    expect(app).toMatch(/customElements\.define\(\s*["']news-timeline["']/);
  }, 240_000);

  it('renders <news-timeline> on the server with @lit-labs/ssr: a declarative shadow root with the events, the article left as it was', (context) => {
    needsInstall(context);
    const { devDependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    installInConsumer(context, [`@lit-labs/ssr@${devDependencies['@lit-labs/ssr']}`]);
    copyFileSync(join(ROOT, 'test', 'ssr-render.mjs'), join(consumer, 'ssr-render.mjs'));
    const events = extractEvents(SENTENCE, { published: PUBLISHED });
    const article = '<article><h2>Vote</h2><p>The council voted on <em>Tuesday</em>.</p></article>';
    const input = JSON.stringify({ published: PUBLISHED, text: SENTENCE, article, events });
    // Both ways @lit-labs/ssr's docs offer: lit's own shims only, and the global DOM shim.
    for (const args of [[], ['--global-dom-shim']]) {
      const run = inConsumer(process.execPath, ['ssr-render.mjs', ...args], input);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const rendered = JSON.parse(run.stdout) as Record<'text' | 'article' | 'events', string>;
      for (const [name, page] of Object.entries(rendered)) {
        // One element, its shadow root declared before its light DOM, the parts hydration needs marked.
        expect(page, name).toMatch(/^(?:<!--[^>]*-->)*<news-timeline [^>]*published="2022-02-16"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
        expect(page.match(/<template /g), name).toHaveLength(1);
        expect(page, name).toContain('<div part="timeline" class="timeline"');
      }
      // Text and events are drawn: a list item per event, with its date and title.
      for (const page of [rendered.text, rendered.events]) {
        const drawn = [...page.matchAll(/<li part="event" class="event" data-id="([^"]+)" data-date="([^"]+)"[\s\S]*?<span part="label" class="label">(?:<!--lit-part-->)?([^<]*)/g)].map(([, id, date, title]) => ({ id, date, title }));
        expect(drawn).toEqual(events.map(({ id, date, title }) => ({ id, date, title })));
        expect(page).toContain('Tuesday, February 15, 2022');
      }
      // The server sees no light DOM: the article is kept as written, after the shadow root, and read in the browser.
      const light = rendered.article.slice(rendered.article.indexOf('</template>') + '</template>'.length);
      expect(light).toContain(article);
      expect(light).not.toContain('part=');
      expect(rendered.article).toMatch(/<p part="status" class="message" role="status">(?:<!--lit-part-->)?Reading the article\u2026(?:<!--\/lit-part-->)?<\/p>/);
    }
  }, 240_000);
});

// The size budget of bench/size-report.mjs (`npm run size`), so that `npm test` fails over budget, and
// proof that the parser entry carries nothing of the element.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, bundleChunks, formatSizeTable, measureSizes } from '../../bench/size-report.mjs';
import { ROOT, ensureBuilt } from '../cli/build.js';

/** What lit and the element leave in a bundle, minified or not. */
const ELEMENT_MARKERS = /customElements|LitElement|\blit(?:-html|-element)?\b|news-timeline-select|d3-zoom|zoomIdentity/;

beforeAll(ensureBuilt, 120_000);

describe('size budget (min + gzip -9)', () => {
  it('keeps the parser and story entries, the bundle, its parser chunk and grammars, and each language within their budgets', async () => {
    const rows = await measureSizes();
    expect(rows.map((row) => row.entry)).toEqual([
      'news-timeline/parser',
      'news-timeline/story',
      'news-timeline.bundle.js',
      'news-timeline.parser.js (with the first text)',
      'news-timeline.lang-*.js (largest grammar, with their shared chunk)',
      ...['es', 'fr', 'it', 'pt', 'de'].map((lang) => `news-timeline/parser/${lang} (beyond the parser)`),
    ]);
    expect(rows.every((row) => row.gzip > 0), 'every row measured a chunk').toBe(true);
    // The table in the message shows every size.
    expect(rows.filter((row) => !row.ok), `\n${formatSizeTable(rows)}\n`).toEqual([]);
    // Ten bundles with terser take about 50 s on two cores: room for a slower machine.
  }, 240_000);

  // What rollup.config.js leaves out of the bundle, each a few KB: d3-transition (the element never
  // animates), and d3-color, which only unused d3-interpolate factories mention.
  it('leaves d3-transition and d3-color out of the bundle, and keeps d3-zoom whole', async () => {
    const code = await bundle({ input: 'dist/element/define.js', minify: false });
    // Each d3 module opens with its banner, "// https://d3js.org/d3-zoom/ v3.0.1 ...".
    expect(code).not.toContain('d3js.org/d3-transition/');
    expect(code).not.toContain('d3js.org/d3-color/');
    expect(code).not.toContain('aliceblue');
    expect(code).toContain('d3js.org/d3-zoom/');
    expect(code).toContain('function zoomRho(');
  }, 60_000);
});

// terser's `unsafe` (rollup.config.js) assumes untouched built-ins; the minified entry must still read and
// report as the source does, down to a bad value that only String() can name.
describe('the minified parser entry', () => {
  it('reads an article and names a bad publication date, a Symbol among them, as the source does', async () => {
    const code = await bundle({ input: 'dist/parser/index.js' });
    const dir = mkdtempSync(join(tmpdir(), 'nt-min-'));
    const file = join(dir, 'parser.mjs');
    writeFileSync(file, code);
    try {
      const minified = (await import(pathToFileURL(file).href)) as typeof import('../../src/parser/index.js');
      const source = await import('../../src/parser/index.js');
      const text = 'The council met on Tuesday evening. It will vote again in March, and the plant opened in 1923.';
      expect(minified.extractEvents(text, { published: '2026-11-25' })).toEqual(source.extractEvents(text, { published: '2026-11-25' }));
      const messageOf = (read: typeof source.extractEvents, published: unknown) => {
        try {
          read('On Tuesday.', { published } as never);
        } catch (error) {
          return (error as Error).message;
        }
        return 'no error';
      };
      const bad = [Symbol('when'), { valueOf: () => 1, toString: () => 'an object' }, Object.create(null), 'x'.repeat(100)];
      for (const value of bad) expect(messageOf(minified.extractEvents, value)).toBe(messageOf(source.extractEvents, value));
      expect(messageOf(minified.extractEvents, bad[0])).toContain('Symbol(when)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the parser chunk', () => {
  it('holds chrono-node and the parser, which the bundle loads only when it has text to read', async () => {
    const [{ code: entry }, ...chunks] = await bundleChunks({ input: 'dist/element/define.js', minify: false });
    const parser = chunks.find(({ fileName }) => fileName === 'news-timeline.parser.js')!.code;
    expect(parser).toContain('function extractEvents');
    expect(parser).toMatch(/class \w*Chrono\b/);
    expect(entry).not.toContain('function extractEvents');
    expect(entry).not.toMatch(/class \w*Chrono\b/);
    expect(entry).toMatch(/import\(["']\.\/[\w.-]+\.js["']\)/);
  }, 60_000);

  it('loads each language but English as a chunk of its own, which only the parser chunk imports', async () => {
    const [{ code: entry }, ...chunks] = await bundleChunks({ input: 'dist/element/define.js', minify: false });
    const parser = chunks.find(({ fileName }) => fileName === 'news-timeline.parser.js')!.code;
    expect(chunks.map(({ fileName }) => fileName).sort()).toEqual([
      'news-timeline.lang-de.js',
      'news-timeline.lang-es.js',
      'news-timeline.lang-fr.js',
      'news-timeline.lang-it.js',
      'news-timeline.lang-pt.js',
      'news-timeline.lang-vocabulary-locale.js',
      'news-timeline.parser.js',
    ]);
    for (const lang of ['es', 'fr', 'it', 'pt', 'de']) expect(parser).toContain(`import('./news-timeline.lang-${lang}.js')`);
    expect(entry).not.toContain('news-timeline.lang-');
  }, 60_000);
});

describe('sideEffects in package.json', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { sideEffects: string[] };

  const LANGUAGES = ['es', 'fr', 'it', 'pt', 'de'].map((lang) => `./dist/parser/locales/${lang}.js`);
  const definers = manifest.sideEffects.filter((file) => !LANGUAGES.includes(file));

  it('names only the files that define the element, and the languages, which register their grammar', () => {
    // server.js is news-timeline/element's "node" export: it defines the tag too.
    expect(manifest.sideEffects).toEqual(['./dist/element/define.js', './dist/element/server.js', './dist/news-timeline.bundle.js', ...LANGUAGES]);
  });

  it('keeps a language imported for its grammar alone', async () => {
    for (const file of LANGUAGES) {
      const kept = await bundle({ code: `import '${file}';\n`, minify: false });
      expect(kept, file).toMatch(/registerVocabulary\(\s*["'][a-z]{2}["']/);
    }
  }, 60_000);

  it('lets a bundler take extractEvents without any of the element, lit or d3', async () => {
    const code = await bundle({ code: "import { extractEvents } from './dist/parser/index.js';\nconsole.log(extractEvents);\n", minify: false });
    expect(code).toContain('function extractEvents');
    expect(code).not.toMatch(ELEMENT_MARKERS);
  }, 60_000);

  it('drops an unused import of the element class, but keeps the files that define the tag', async () => {
    const unused = await bundle({ code: "import { NewsTimeline } from './dist/element/news-timeline.js';\n", minify: false });
    expect(unused.trim()).toBe('');
    for (const file of definers) {
      const kept = await bundle({ code: `import '${file}';\n`, minify: false });
      expect(kept, file).toMatch(/customElements\.define\(\s*["']news-timeline["']/);
    }
  }, 60_000);
});

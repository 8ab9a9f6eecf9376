// Bundles what tsc emitted into dist/ (TypeScript 7 has no JS API, so rollup never sees .ts): the ES
// module for `<script type="module" src="news-timeline.bundle.js">` in a page without a bundler, the
// parser chunk it loads when it first has text to read (news-timeline.parser.js, see
// src/element/parser-loader.ts) with a chunk per language grammar that chunk loads for a page in that
// language (news-timeline.lang-es.js, ...), and the module worker that reads long articles for it, with
// its own language chunks (news-timeline.worker-es.js, ...). The package's other entry points are tsc's
// own dist/ output and need no bundling.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const BUNDLE_INPUT = 'dist/element/define.js';
export const BUNDLE_FILE = 'dist/news-timeline.bundle.js';
export const PARSER_CHUNK_FILE = 'dist/news-timeline.parser.js';
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';
export const BANNER = `/*! news-timeline (MIT). Bundles lit, d3 modules and chrono-node: their licences are in ${NOTICES_FILE} beside this file. */`;
const WORKER_INPUT = 'dist/element/extract-worker.js';
const WORKER_FILE = 'dist/news-timeline.worker.js';

/** What the parser chunk is made from (see src/element/parser-loader.ts). */
const READER_MODULE = /[/\\]element[/\\]reader\.js$/;
/** A grammar's module (see src/parser/load-language.ts), whose chunk is named after its language. */
const LANGUAGE_MODULE = /[/\\]parser[/\\]locales[/\\](\w+)\.js$/;

/**
 * The file of each chunk an entry loads on demand: `parser` for the parser's (the bundle's only), then
 * `<prefix>-<lang>.js` for a language's grammar and `<prefix>-<name>.js` for what grammars share.
 * @param {string} prefix @param {string} [parser]
 */
export function chunkFileNames(prefix, parser) {
  return (chunk) => {
    // Not `facadeModuleId`: a chunk that may export more than its module (allow-extension) has none.
    if (parser && chunk.moduleIds.some((id) => READER_MODULE.test(id))) return basename(parser);
    const language = chunk.facadeModuleId?.match(LANGUAGE_MODULE)?.[1];
    return `${prefix}-${language ?? chunk.name}.js`;
  };
}

const NO_TRANSITIONS = '\0d3-transition-without-transitions';

/**
 * d3-zoom imports d3-transition only to interrupt zoom transitions, and the element never starts one (its
 * zoom has `duration(0)`, so even a double click is instant). d3-transition's import patches d3-selection's
 * prototype, which no tree-shaking can remove, and brings d3-timer, d3-ease, d3-interpolate and d3-color:
 * 4.4 KB of the bundle's min+gzip. In the bundle, interrupting is what it is without transitions: nothing.
 * Bundlers that take `news-timeline/element` get the real d3-transition.
 */
function withoutTransitions() {
  return {
    name: 'without-transitions',
    resolveId: (id) => (id === 'd3-transition' ? NO_TRANSITIONS : null),
    load: (id) =>
      id === NO_TRANSITIONS
        ? `import { selection } from 'd3-selection';
export function interrupt() {}
selection.prototype.interrupt = function () { return this; };`
        : null,
  };
}

/**
 * d3-interpolate builds its rgb, zoom and cubehelix interpolators at load with factory calls such as
 * `(function rgbGamma(y) { ... })(1)`. Rollup cannot tell those calls are pure, so what they mention stays
 * even when unused: all of d3-color, colour names included (see d3/d3-scale#127, where d3's author calls
 * it a rollup matter, and rollup/rollup#1293, which introduced the annotation). Marking them `#__PURE__`
 * lets rollup keep only interpolateZoom, which d3-zoom calls: 4.3 KB of min+gzip.
 */
function pureInterpolatorFactories() {
  return rewrite('pure-interpolator-factories', /[/\\]d3-interpolate[/\\]/, /\(function \w+\(/g, '/*#__PURE__*/$&');
}

/**
 * chrono-node builds all three English grammars when it loads (`export const strict = new
 * Chrono(configuration.createConfiguration(true, false))`, and `GB`). Only `casual` is read here; marked
 * `#__PURE__`, the other two go (they hold the same parsers, so only the calls do: 16 B).
 */
function pureGrammars() {
  return rewrite('pure-grammars', /[/\\]chrono-node[/\\]dist[/\\]esm[/\\]locales[/\\]en[/\\]index\.js$/, /new Chrono\(configuration\./g, '/*#__PURE__*/ new Chrono(/*#__PURE__*/ configuration.');
}

/**
 * The element starts its worker from `../extract-worker.js`, which exists beside tsc's output but not
 * beside a bundle; the bundle's worker is news-timeline.worker.js, parser and chrono-node inside. Where
 * it is missing (a page that copied only the bundle), the element reads on the main thread.
 */
function bundledWorker() {
  return rewrite('bundled-worker', /[/\\]background-extractor\.js$/, "new URL('../extract-worker.js', import.meta.url)", "new URL('./news-timeline.worker.js', import.meta.url)");
}

/** The package.json of the package a module file belongs to (the nearest one above it in node_modules). */
function packageOf(file) {
  for (let dir = dirname(file); dir.includes('node_modules'); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name, version, license } = JSON.parse(readFileSync(manifest, 'utf8'));
      if (name) return { dir, name, version, license };
    }
  }
  return undefined;
}

/**
 * Writes the licence of every package whose code a bundle holds into THIRD-PARTY-NOTICES.txt: terser
 * keeps lit's `@license` comments, but d3's (ISC) and chrono-node's (MIT) licences live in files, and
 * both licences ask that their notice travel with the code. Made from the modules in the bundle, so
 * the list follows what is really bundled. Each bundle's banner names the file.
 */
function thirdPartyNotices() {
  return {
    name: 'third-party-notices',
    generateBundle(_options, bundle) {
      const packages = new Map();
      // Only modules with code in a chunk: tree-shaking leaves d3-color out, for one.
      const rendered = Object.values(bundle).flatMap((chunk) => (chunk.type === 'chunk' ? Object.entries(chunk.modules) : []));
      for (const [id, module] of rendered) {
        const found = id.startsWith('\0') || module.renderedLength === 0 ? undefined : packageOf(id);
        if (found) packages.set(found.name, found);
      }
      const sections = [...packages.values()]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map(({ dir, name, version, license }) => {
          const file = ['LICENSE', 'LICENSE.txt', 'LICENSE.md', 'license'].map((candidate) => join(dir, candidate)).find(existsSync);
          if (!file) this.error(`${name} has no licence file to put in ${NOTICES_FILE}`);
          return `${name} ${version} (${license})\n\n${readFileSync(file, 'utf8').trim()}\n`;
        });
      const source = `news-timeline's browser bundles hold code of these packages, under these licences.\n\n${sections.join(`\n${'-'.repeat(72)}\n\n`)}`;
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source });
    },
  };
}

/**
 * A plugin that replaces `search` in the modules whose path matches `file`. A module that no longer holds
 * it fails the build: the library or module changed, and the rewrite must be looked at again rather than
 * silently shipping without it. Only a few characters of a few lines change, so the source map stays
 * right to the line.
 */
function rewrite(name, file, search, replacement) {
  return {
    name,
    transform(code, id) {
      if (!file.test(id)) return null;
      const rewritten = code.replace(search, replacement);
      if (rewritten === code) this.error(`${id} no longer holds ${search}: revisit the ${name} plugin in rollup.config.js`);
      return { code: rewritten, map: null };
    },
  };
}

/**
 * The plugins of every browser bundle, shared with bench/size-report.mjs so that the size budget measures
 * what ships. `production` is named so lit's dev-mode build (warnings, "Lit is in dev mode") stays out
 * even when NODE_ENV says otherwise.
 */
export function browserPlugins() {
  return [
    withoutTransitions(),
    pureInterpolatorFactories(),
    pureGrammars(),
    bundledWorker(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    // terser's default keeps `@license` and `/*!` comments: lit's notices travel with its code.
    // A second pass finds what the first one's inlining uncovers (0.2 KB of the parser's min+gzip; a third, 5 B), and
    // chrono-node's debug messages go: they print only with its `debug` option, which nothing here sets
    // (0.2 KB more), and so do the calls that would hand them over (`context.debug`, which does nothing
    // else: 0.1 KB). The element's own console.error reports stay. Comparisons may swap their operands
    // (`unsafe_comps`, 39 B of the parser): nothing compared here has a valueOf with side effects. `unsafe`
    // folds the patterns composed of constants into literals (53 B); it assumes untouched built-ins, and
    // the one String() it would rewrite is kept from it (quoted-value.ts; test/ship/size.test.ts checks).
    // `unsafe_math` writes Number(x) as +x, which differs only for a BigInt (none here), and regroups sums
    // and products of constants ("30 + 60 * lane + 8"), exact for the integers they add (21 B).
    // `unsafe_arrows` writes as arrows the function expressions that read neither `this` nor `arguments`
    // (28 B): none here is called with `new` or read for its prototype.
    terser({ ecma: 2022, module: true, compress: { passes: 3, pure_funcs: ['console.log', 'context.debug'], pure_getters: true, unsafe_comps: true, unsafe: true, unsafe_math: true, unsafe_arrows: true } }),
  ];
}

export default [
  {
    input: BUNDLE_INPUT,
    // The only chunk is the parser's: what the parser shares with the element stays in the bundle, which
    // the chunk imports from (the bundle may export more than define.js does for that).
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', entryFileNames: basename(BUNDLE_FILE), chunkFileNames: chunkFileNames('news-timeline.lang', PARSER_CHUNK_FILE), format: 'es', sourcemap: true, banner: BANNER },
    // The bundle and its chunks hold every package the worker does.
    plugins: [...browserPlugins(), thirdPartyNotices()],
  },
  {
    input: WORKER_INPUT,
    // A module worker imports chunks as a page does: a long article in Spanish fetches Spanish only.
    output: { dir: 'dist', entryFileNames: basename(WORKER_FILE), chunkFileNames: chunkFileNames('news-timeline.worker'), format: 'es', sourcemap: true, banner: BANNER },
    plugins: browserPlugins(),
  },
];

// Bundles what tsc emitted into dist/ (TypeScript 7 has no JS API, so rollup never sees .ts): one
// self-contained ES module for `<script type="module" src="news-timeline.bundle.js">` in a page without a
// bundler, and beside it the module worker that reads long articles for it. The package's other entry
// points are tsc's own dist/ output and need no bundling.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const BUNDLE_INPUT = 'dist/element/define.js';
export const BUNDLE_FILE = 'dist/news-timeline.bundle.js';
export const WORKER_INPUT = 'dist/element/extract-worker.js';
export const WORKER_FILE = 'dist/news-timeline.worker.js';

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
  return {
    name: 'pure-interpolator-factories',
    transform(code, id) {
      if (!/[/\\]d3-interpolate[/\\]/.test(id)) return null;
      const marked = code.replace(/\(function \w+\(/g, '/*#__PURE__*/$&');
      // A d3-interpolate that builds its interpolators differently must be looked at again, not shipped fat.
      if (marked === code) this.error('d3-interpolate has no factory calls left to mark pure: revisit pureInterpolatorFactories');
      // Only comments are inserted, on three lines of library code: the source map may stay as it is.
      return { code: marked, map: null };
    },
  };
}

/**
 * The element starts its worker from `../extract-worker.js`, which exists beside tsc's output but not
 * beside a bundle; the bundle's worker is news-timeline.worker.js, parser and chrono-node inside. Where
 * it is missing (a page that copied only the bundle), the element reads on the main thread.
 */
function bundledWorker() {
  return {
    name: 'bundled-worker',
    transform(code, id) {
      if (!/[/\\]background-extractor\.js$/.test(id)) return null;
      const pointed = code.replace("new URL('../extract-worker.js', import.meta.url)", "new URL('./news-timeline.worker.js', import.meta.url)");
      if (pointed === code) this.error("background-extractor.js no longer starts '../extract-worker.js': revisit bundledWorker");
      // One string on one line changes: the source map stays right to the line.
      return { code: pointed, map: null };
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
    bundledWorker(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    // terser's default keeps `@license` and `/*!` comments: lit's notices travel with its code.
    terser({ ecma: 2022, module: true }),
  ];
}

export default [
  { input: BUNDLE_INPUT, output: { file: BUNDLE_FILE, format: 'es', sourcemap: true }, plugins: browserPlugins() },
  { input: WORKER_INPUT, output: { file: WORKER_FILE, format: 'es', sourcemap: true }, plugins: browserPlugins() },
];

// Bundles what tsc emitted into dist/ (TypeScript 7 has no JS API, so rollup never sees .ts): one
// self-contained ES module for `<script type="module" src="news-timeline.bundle.js">` in a page without a
// bundler. The package's other entry points are tsc's own dist/ output and need no bundling.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const BUNDLE_INPUT = 'dist/element/define.js';
export const BUNDLE_FILE = 'dist/news-timeline.bundle.js';

/**
 * The plugins of every browser bundle, shared with bench/size-report.mjs so that the size budget measures
 * what ships. `production` is named so lit's dev-mode build (warnings, "Lit is in dev mode") stays out
 * even when NODE_ENV says otherwise.
 */
export function browserPlugins() {
  return [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    // terser's default keeps `@license` and `/*!` comments: lit's notices travel with its code.
    terser({ ecma: 2022, module: true }),
  ];
}

export default {
  input: BUNDLE_INPUT,
  output: { file: BUNDLE_FILE, format: 'es', sourcemap: true },
  plugins: browserPlugins(),
};

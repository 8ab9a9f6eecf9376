// Size budget of what the package ships to browsers, measured min + gzip (level 9, node:zlib) on bundles
// made in memory from tsc's dist/ output with the plugins of rollup.config.js. Used by `npm run size`
// (bench/size.mjs) and by test/ship/size.test.ts.
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { BANNER, BUNDLE_INPUT, PARSER_CHUNK_FILE, browserPlugins, chunkFileNames } from '../rollup.config.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** 1 KB = 1,000 bytes, as size-limit and bundlephobia count. */
export const KB = 1000;

/**
 * What is measured and its budget in bytes of min + gzip. The parser is what `news-timeline/parser`
 * costs a bundler user (chrono-node included, no lit or d3); the bundle is what a page's
 * `<script type="module">` loads before the element can draw; its parser chunk (`chunk`) follows with the
 * first text to read, and is held to the parser's budget; a page in another language than English then
 * loads that language's grammar (`languages`: the largest, with what the grammars share).
 */
export const BUDGETS = [
  { entry: 'news-timeline/parser', input: 'dist/parser/index.js', budget: 35 * KB },
  // The parser with the story merge: what buildStory costs beyond it is this row less the parser's.
  { entry: 'news-timeline/story', input: 'dist/story/index.js', budget: 38 * KB },
  {
    entry: 'news-timeline.bundle.js',
    input: BUNDLE_INPUT,
    budget: 60 * KB,
    banner: true,
    chunk: { entry: 'news-timeline.parser.js (with the first text)', budget: 35 * KB },
    languages: { entry: 'news-timeline.lang-*.js (largest grammar, with their shared chunk)', budget: 14.5 * KB },
  },
  // What a language costs a bundler's user once loaded, beyond the parser: its chunk and the one the
  // languages share.
  ...['es', 'fr', 'it', 'pt', 'de'].map((lang) => ({ entry: `news-timeline/parser/${lang} (beyond the parser)`, language: lang, budget: 14.5 * KB })),
];

// A made-up file at the root, so that the entry's relative imports resolve from there.
const VIRTUAL_ENTRY = resolve(ROOT, 'size-report-entry.js');

/**
 * Bundles one entry in memory: `input` is a file under the repository root, or `code` is the source of an
 * entry module whose relative imports resolve from the root. `minify: false` leaves terser out, for
 * looking at what a bundle contains.
 * @param {{ input?: string, code?: string, minify?: boolean }} entry
 * @returns {Promise<string>} the entry chunk's code
 */
export async function bundle(entry) {
  return (await bundleChunks(entry))[0].code;
}

/**
 * {@link bundle}, with the chunks that the entry imports dynamically after it, named as rollup.config.js
 * names the bundle's. `banner`: with the banner the shipped bundle files open with.
 * @param {{ input?: string, code?: string, minify?: boolean, banner?: boolean }} entry
 * @returns {Promise<Array<{ fileName: string, code: string }>>} each chunk, the entry's first
 */
export async function bundleChunks({ input, code, minify = true, banner = false }) {
  const entryPlugin = {
    name: 'size-report-entry',
    resolveId: (id) => (id === VIRTUAL_ENTRY ? id : null),
    load: (id) => (id === VIRTUAL_ENTRY ? code : null),
  };
  const plugins = browserPlugins().filter((plugin) => minify || plugin.name !== 'terser');
  const build = await rollup({
    input: code === undefined ? resolve(ROOT, input) : VIRTUAL_ENTRY,
    plugins: code === undefined ? plugins : [entryPlugin, ...plugins],
    // rollup -c shows the warnings; a measurement has nothing to add.
    onwarn: () => {},
    // As rollup.config.js builds the bundle: the parser chunk imports what it shares from the entry.
    preserveEntrySignatures: 'allow-extension',
  });
  try {
    const { output } = await build.generate({ format: 'es', chunkFileNames: chunkFileNames('news-timeline.lang', PARSER_CHUNK_FILE), ...(banner ? { banner: BANNER } : {}) });
    return output.filter((chunk) => chunk.type === 'chunk').map(({ fileName, code }) => ({ fileName, code }));
  } finally {
    await build.close();
  }
}

/**
 * Minified and min + gzip sizes of every entry in {@link BUDGETS}, with whether each is within budget.
 * @returns {Promise<Array<{ entry: string, min: number, gzip: number, budget: number, ok: boolean }>>}
 */
export async function measureSizes() {
  const rows = [];
  for (const { entry, input, budget, chunk, languages, banner, language } of BUDGETS) {
    if (language) {
      rows.push(sizeRow(entry, (await languageChunks(language)).join('\n'), budget));
      continue;
    }
    const [main, ...chunks] = await bundleChunks({ input, banner });
    rows.push(sizeRow(entry, main.code, budget));
    if (chunk) rows.push(sizeRow(chunk.entry, chunks.find(({ fileName }) => fileName === basename(PARSER_CHUNK_FILE))?.code ?? '', chunk.budget));
    if (languages) rows.push(largestGrammar(languages, chunks));
  }
  return rows;
}

/**
 * The chunks a bundler splits off the parser for a language loaded on demand: the language's own, and
 * what the languages share (their grammar builder), as one page that loads one language fetches them.
 * @param {string} language
 */
async function languageChunks(language) {
  const [, ...chunks] = await bundleChunks({
    code: `export { extractEvents } from './dist/parser/index.js'; export const load = () => import('./dist/parser/locales/${language}.js');`,
  });
  return chunks.map(({ code }) => code);
}

/**
 * The grammar chunk that weighs most with the chunk every grammar imports: what a page in that language
 * loads after the parser.
 * @param {{ entry: string, budget: number }} languages @param {Array<{ fileName: string, code: string }>} chunks
 */
function largestGrammar({ entry, budget }, chunks) {
  const grammars = chunks.filter(({ fileName }) => fileName.startsWith('news-timeline.lang-'));
  const shared = grammars.filter(({ fileName }) => !/^news-timeline\.lang-[a-z]{2}\.js$/.test(fileName));
  const rows = grammars
    .filter((grammar) => !shared.includes(grammar))
    .map((grammar) => sizeRow(entry, [grammar, ...shared].map(({ code }) => code).join('\n'), budget));
  return rows.reduce((largest, row) => (row.gzip > largest.gzip ? row : largest), sizeRow(entry, '', budget));
}

/** @param {string} entry @param {string} code @param {number} budget */
function sizeRow(entry, code, budget) {
  const gzip = gzipSync(code, { level: 9 }).length;
  return { entry, min: Buffer.byteLength(code), gzip, budget, ok: gzip <= budget };
}

/** @param {number} bytes */
function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/**
 * The measurements as a Markdown table.
 * @param {Array<{ entry: string, min: number, gzip: number, budget: number, ok: boolean }>} rows
 */
export function formatSizeTable(rows) {
  return [
    '| entry | min | min+gzip | budget | ok |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map((row) => `| ${row.entry} | ${kb(row.min)} | ${kb(row.gzip)} | ${kb(row.budget)} | ${row.ok ? 'yes' : `**no**, ${kb(row.gzip - row.budget)} over`} |`),
  ].join('\n');
}

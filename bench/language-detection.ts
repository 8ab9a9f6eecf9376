/**
 * Which language detector `news-timeline extract --lang auto` should use: each candidate scored on the
 * short news texts the CLI meets (an article's first sentence, its first 200 characters, its first
 * paragraph) and on the first 1,000 characters it reads of a longer one, in the six languages the parser reads, with its install size and its load and detect time.
 *
 *   npx tsx bench/language-detection.ts            Markdown tables
 *   npx tsx bench/language-detection.ts --json     the same numbers as JSON
 *
 * Candidates are the packages installed: franc-min, which the CLI depends on, always is; the others are
 * scored once installed by hand (`npm install --no-save eld lande languagedetect tinyld franc`), and an
 * absent one is listed as skipped. Each is kept to our six languages where it can be; the load time of
 * the first franc includes trigram-utils, which the second then finds loaded.
 *
 * Data: the articles of ../shared/data relative to the repo root (TempEval-2 es/it/fr, TimeBankPT, TBAQ
 * for English), which are not ours to ship, so a corpus that is absent is skipped; German is our own
 * paragraphs (test/fixtures/languages/german-news.txt).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SUPPORTED_LANGUAGES, type Language } from '../src/parser/locale.js';
import { splitSentences } from '../src/parser/sentences.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(REPO_ROOT, '../shared/data');
const GERMAN = join(REPO_ROOT, 'test/fixtures/languages/german-news.txt');

const CORPORA: ReadonlyArray<{ lang: Language; path: string }> = [
  { lang: 'en', path: join(DATA, 'te3/tbaq.json') },
  { lang: 'es', path: join(DATA, 'tempeval2/es-train.json') },
  { lang: 'fr', path: join(DATA, 'tempeval2/fr-train.json') },
  { lang: 'it', path: join(DATA, 'tempeval2/it-train.json') },
  { lang: 'pt', path: join(DATA, 'timebankpt/pt-train.json') },
];

// The last is what --lang auto reads of a whole article (detect-language.ts).
const SNIPPETS = ['first sentence', 'first 200 chars', 'first paragraph', 'first 1000 chars'] as const;
type SnippetKind = (typeof SNIPPETS)[number];

interface Sample {
  lang: Language;
  kind: SnippetKind;
  text: string;
}

/** A detector: the language of a text among ours, `undefined` when it cannot tell or finds another. */
type Detect = (text: string) => string | undefined;

interface Candidate {
  name: string;
  /** The npm package, for its size. */
  pkg: string;
  load: () => Promise<Detect>;
}

const ISO3: Record<string, Language> = { eng: 'en', spa: 'es', fra: 'fr', ita: 'it', por: 'pt', deu: 'de' };
const ONLY_ISO3 = Object.keys(ISO3);
const ours = (code: string | undefined): string | undefined => (code !== undefined && (SUPPORTED_LANGUAGES as readonly string[]).includes(code) ? code : undefined);

// Specifiers held in variables so that TypeScript asks for no types of packages that may be absent.
const load = (specifier: string): Promise<Record<string, any>> => import(specifier);

const CANDIDATES: readonly Candidate[] = [
  {
    name: 'franc-min as --lang auto reads it (src/cli/detect-language.ts)',
    pkg: 'franc-min',
    load: async () => {
      const { detectLanguage } = await import('../src/cli/detect-language.js');
      return (text) => detectLanguage(text).language;
    },
  },
  {
    name: 'franc-min, only ours',
    pkg: 'franc-min',
    load: async () => {
      const { franc } = await load('franc-min');
      return (text) => ISO3[franc(text, { only: ONLY_ISO3 })];
    },
  },
  {
    name: 'franc (187 languages), only ours',
    pkg: 'franc',
    load: async () => {
      const { franc } = await load('franc');
      return (text) => ISO3[franc(text, { only: ONLY_ISO3 })];
    },
  },
  {
    name: 'tinyld/light, only ours',
    pkg: 'tinyld',
    load: async () => {
      const { detect } = await load('tinyld/light');
      return (text) => ours(detect(text, { only: [...SUPPORTED_LANGUAGES] }) || undefined);
    },
  },
  {
    name: 'tinyld (normal), only ours',
    pkg: 'tinyld',
    load: async () => {
      const { detect } = await load('tinyld');
      return (text) => ours(detect(text, { only: [...SUPPORTED_LANGUAGES] }) || undefined);
    },
  },
  {
    name: 'eld/extrasmall, subset ours',
    pkg: 'eld',
    load: async () => {
      const { eld } = await load('eld/extrasmall');
      eld.setLanguageSubset([...SUPPORTED_LANGUAGES]);
      return (text) => ours(eld.detect(text).language || undefined);
    },
  },
  {
    name: 'lande, best of ours',
    pkg: 'lande',
    load: async () => {
      const { default: lande } = await load('lande');
      return (text) => {
        const found = (lande(text) as Array<[string, number]>).find(([code]) => code in ISO3);
        return found && ISO3[found[0]];
      };
    },
  },
  {
    name: 'languagedetect, best of ours',
    pkg: 'languagedetect',
    load: async () => {
      const { default: LanguageDetect } = await load('languagedetect');
      const detector = new LanguageDetect();
      detector.setLanguageType('iso2');
      return (text) => (detector.detect(text) as Array<[string, number]>).map(([code]) => code).find((code) => ours(code));
    },
  },
];

/**
 * An article's lines of prose: wire slugs ("BC-Australia-India-Qantas,0225", "w2122 Cx1f wstm-") and
 * title-case headlines have fewer than three lower-case words. TimeBankPT keeps its sources' English slugs
 * and some English headlines, which are no Portuguese to detect.
 */
function prose(text: string): string[] {
  return text
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => (line.match(/(?<![\p{L}\p{N}-])\p{Ll}{2,}(?![\p{L}\p{N}-])/gu) ?? []).length >= 3);
}

function snippets(lang: Language, text: string): Sample[] {
  const lines = prose(text);
  // The lead: the first line that ends as a sentence does, where a headline would not.
  const lead = lines.find((line) => /[.!?]["»”’)]?$/u.test(line)) ?? lines[0];
  if (lead === undefined) return [];
  // The parser's own sentences, which know that "Corp." and "U.S." end none.
  const sentence = splitSentences(lead)[0]!.text;
  return [
    { lang, kind: 'first sentence', text: sentence },
    { lang, kind: 'first 200 chars', text: lines.join('\n').slice(0, 200) },
    { lang, kind: 'first paragraph', text: lead },
    { lang, kind: 'first 1000 chars', text: lines.join('\n').slice(0, 1000) },
  ];
}

function readSamples(): { samples: Sample[]; skipped: string[] } {
  const samples: Sample[] = [];
  const skipped: string[] = [];
  for (const { lang, path } of CORPORA) {
    if (!existsSync(path)) {
      skipped.push(`${lang}: ${path} not found`);
      continue;
    }
    for (const { text } of JSON.parse(readFileSync(path, 'utf8')) as Array<{ text: string }>) samples.push(...snippets(lang, text));
  }
  for (const paragraph of readFileSync(GERMAN, 'utf8').split(/\n\s*\n/).filter((text) => text.trim() !== '')) {
    samples.push(...snippets('de', paragraph));
  }
  return { samples, skipped };
}

const require = createRequire(import.meta.url);

function folderBytes(folder: string): number {
  let bytes = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    bytes += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return bytes;
}

/** The package's folder: its package.json may not be among its exports, so it is found from the entry. */
function packageFolder(pkg: string, from: string): string {
  let folder = dirname(require.resolve(pkg, { paths: [from] }));
  while (!existsSync(join(folder, 'package.json')) || JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).name !== pkg) folder = dirname(folder);
  return folder;
}

/** What installing the package adds: its folder and its dependencies', in bytes. */
function installBytes(pkg: string): number {
  const seen = new Set<string>();
  const visit = (name: string, from: string) => {
    let folder: string;
    try {
      folder = packageFolder(name, from);
    } catch {
      // ESM-only packages with no "require" condition: found by their folder under node_modules.
      folder = join(REPO_ROOT, 'node_modules', name);
    }
    if (seen.has(folder)) return;
    seen.add(folder);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, folder);
  };
  visit(pkg, REPO_ROOT);
  return [...seen].reduce((sum, folder) => sum + folderBytes(folder), 0);
}

interface Row {
  name: string;
  skipped?: string;
  sizeKB?: number;
  loadMs?: number;
  detectUs?: number;
  /** Per snippet kind, then per language: the share detected right. */
  accuracy?: Record<SnippetKind, Record<string, number>>;
  overall?: number;
}

async function score(candidate: Candidate, samples: readonly Sample[]): Promise<Row> {
  const started = performance.now();
  let detect: Detect;
  try {
    detect = await candidate.load();
  } catch (error) {
    return { name: candidate.name, skipped: `${candidate.pkg} is not installed (${(error as Error).message.split('\n')[0]})` };
  }
  const loadMs = performance.now() - started;
  const right = new Map<string, [number, number]>();
  const detectStarted = performance.now();
  for (const sample of samples) {
    const key = `${sample.kind}|${sample.lang}`;
    const tally = right.get(key) ?? [0, 0];
    tally[0] += detect(sample.text) === sample.lang ? 1 : 0;
    tally[1]++;
    right.set(key, tally);
  }
  const detectUs = ((performance.now() - detectStarted) * 1000) / samples.length;
  const accuracy = Object.fromEntries(
    SNIPPETS.map((kind) => [kind, Object.fromEntries(SUPPORTED_LANGUAGES.flatMap((lang) => {
      const tally = right.get(`${kind}|${lang}`);
      return tally ? [[lang, tally[0] / tally[1]]] : [];
    }))]),
  ) as Record<SnippetKind, Record<string, number>>;
  const total = [...right.values()].reduce((sum, [hit]) => sum + hit, 0);
  return { name: candidate.name, sizeKB: Math.round(installBytes(candidate.pkg) / 1024), loadMs, detectUs, accuracy, overall: total / samples.length };
}

const percent = (share: number | undefined) => (share === undefined ? '' : (100 * share).toFixed(1));

function markdown(rows: readonly Row[], samples: readonly Sample[], skipped: readonly string[]): string {
  const counts = SUPPORTED_LANGUAGES.map((lang) => `${lang} ${samples.filter((sample) => sample.lang === lang && sample.kind === 'first sentence').length}`);
  const out = [`Articles per language: ${counts.join(', ')} (each gives one snippet of each kind).`, ...skipped.map((reason) => `Skipped ${reason}.`), ''];
  out.push('| detector | install KB | load ms | detect µs | all % |', '| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    out.push(row.skipped ? `| ${row.name} | skipped: ${row.skipped} | | | |` : `| ${row.name} | ${row.sizeKB} | ${row.loadMs!.toFixed(0)} | ${row.detectUs!.toFixed(0)} | ${percent(row.overall)} |`);
  }
  for (const kind of SNIPPETS) {
    out.push('', `Accuracy (%) on the ${kind}:`, '', `| detector | ${SUPPORTED_LANGUAGES.join(' | ')} |`, `| --- |${' ---: |'.repeat(SUPPORTED_LANGUAGES.length)}`);
    for (const row of rows.filter((row) => row.accuracy)) out.push(`| ${row.name} | ${SUPPORTED_LANGUAGES.map((lang) => percent(row.accuracy![kind][lang])).join(' | ')} |`);
  }
  return out.join('\n');
}

const { samples, skipped } = readSamples();
const rows: Row[] = [];
for (const candidate of CANDIDATES) rows.push(await score(candidate, samples));
console.log(process.argv.includes('--json') ? JSON.stringify({ skipped, rows }, null, 2) : markdown(rows, samples, skipped));

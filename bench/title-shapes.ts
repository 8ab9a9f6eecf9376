/**
 * How many event titles come out broken (bench/title-shape-checks.ts), over TempEval-3's TBAQ corpus
 * and the project's own articles (test/fixtures, demo/examples).
 *
 *   npx tsx bench/title-shapes.ts                       counts and rates per corpus, and 40 sample titles
 *   npx tsx bench/title-shapes.ts --save FILE           also writes every title to FILE (JSON)
 *   npx tsx bench/title-shapes.ts --compare FILE        40 sample pairs: FILE's title, then today's
 *   npx tsx bench/title-shapes.ts --broken              every broken title with its sentence
 *
 * TBAQ is read from ../shared/data/te3/tbaq.json (or $NEWS_TIMELINE_EVAL_DATA) and skipped when absent.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPublicationDate } from '../src/cli/dateline.js';
import { extractEvents } from '../src/parser/index.js';
import { TITLE_SHAPES, titleShapes, type TitleShape } from './title-shape-checks.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TBAQ = process.env.NEWS_TIMELINE_EVAL_DATA ?? resolve(REPO_ROOT, '../shared/data/te3/tbaq.json');
const SAMPLE_SIZE = 40;

interface Article {
  id: string;
  published: string;
  text: string;
}

interface Titled {
  key: string;
  title: string;
  sentence: string;
}

function tbaqArticles(): Article[] | undefined {
  if (!existsSync(TBAQ)) return undefined;
  const docs = JSON.parse(readFileSync(TBAQ, 'utf8')) as Array<{ id: string; dct: string; text: string }>;
  return docs.map((doc) => ({ id: doc.id, published: doc.dct, text: doc.text }));
}

/** Our articles: a fixture names its publication date (`name-YYYY-MM-DD.txt`), an example its dateline. */
function ownArticles(): Article[] {
  const articles: Article[] = [];
  for (const folder of ['test/fixtures', 'demo/examples']) {
    const path = resolve(REPO_ROOT, folder);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path).filter((file) => file.endsWith('.txt')).sort()) {
      const text = readFileSync(resolve(path, name), 'utf8');
      const published = /(\d{4}-\d\d-\d\d)\.txt$/.exec(name)?.[1] ?? findPublicationDate(text);
      if (published) articles.push({ id: `${folder}/${name}`, published, text });
      else console.warn(`skipped ${folder}/${name}: no publication date in its name or dateline`);
    }
  }
  return articles;
}

function titlesOf(articles: readonly Article[]): Titled[] {
  return articles.flatMap((article) =>
    extractEvents(article.text, { published: article.published }).map((event) => ({
      key: `${article.id}#${event.id}`,
      title: event.title,
      sentence: event.sentence.text,
    })),
  );
}

function report(name: string, titles: readonly Titled[], listBroken: boolean): void {
  const counts = new Map<TitleShape, number>(TITLE_SHAPES.map((shape) => [shape, 0]));
  let broken = 0;
  for (const { title, sentence } of titles) {
    const shapes = titleShapes(title);
    for (const shape of shapes) counts.set(shape, counts.get(shape)! + 1);
    if (shapes.length > 0) {
      broken++;
      if (listBroken) console.log(`  [${shapes.join(', ')}] ${JSON.stringify(title)}\n      <- ${JSON.stringify(sentence)}`);
    }
  }
  const rate = (count: number) => `${((100 * count) / Math.max(titles.length, 1)).toFixed(1)}%`;
  console.log(`\n${name}: ${titles.length} events, ${broken} broken titles (${rate(broken)})`);
  for (const [shape, count] of counts) console.log(`  ${shape.padEnd(28)} ${String(count).padStart(5)}  ${rate(count)}`);
}

/** Every `step`-th title, so the sample is the same from run to run and spread over the corpus. */
function sample<T>(items: readonly T[]): T[] {
  const step = Math.max(1, Math.floor(items.length / SAMPLE_SIZE));
  return items.filter((_, index) => index % step === 0).slice(0, SAMPLE_SIZE);
}

function main(argv: readonly string[]): void {
  const saveTo = argv.includes('--save') ? argv[argv.indexOf('--save') + 1] : undefined;
  const compareWith = argv.includes('--compare') ? argv[argv.indexOf('--compare') + 1] : undefined;
  const corpora: Array<[string, Titled[]]> = [];
  const tbaq = tbaqArticles();
  if (tbaq) corpora.push(['TBAQ', titlesOf(tbaq)]);
  else console.log(`TBAQ skipped: ${TBAQ} not found`);
  corpora.push(['own articles', titlesOf(ownArticles())]);
  const before = compareWith ? (JSON.parse(readFileSync(compareWith, 'utf8')) as Record<string, string>) : undefined;
  for (const [name, titles] of corpora) {
    if (before) report(`${name}, ${compareWith}`, titles.map((t) => ({ ...t, title: before[t.key] ?? t.title })), false);
    report(name, titles, argv.includes('--broken'));
  }
  const all = corpora.flatMap(([, titles]) => titles);
  if (saveTo) writeFileSync(saveTo, JSON.stringify(Object.fromEntries(all.map((t) => [t.key, t.title])), null, 1));
  if (before) {
    const changed = all.filter((t) => before[t.key] !== undefined && before[t.key] !== t.title);
    console.log(`\n${changed.length} of ${all.length} titles changed; a sample (before, then after):`);
    for (const t of sample(changed)) console.log(`  - ${JSON.stringify(before[t.key])}\n  + ${JSON.stringify(t.title)}`);
  } else {
    console.log('\nSample titles:');
    for (const t of sample(all)) console.log(`  ${JSON.stringify(t.title)}`);
  }
}

main(process.argv.slice(2));

// Deterministic inputs for bench.ts: the seed article, the TempEval-3 corpus, date-dense news text built
// from them, and adversarial patterns. No randomness, so every run measures the same bytes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED_PATH = path.join(REPO_ROOT, 'test', 'fixtures', 'russia-troops-2022-02-16.txt');
export const SEED_PUBLISHED = '2022-02-16';
// The corpus lives outside the repo (evaluation-only data that must not be copied in).
export const CORPUS_PATH = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'te3', 'tbaq.json');

export interface Article {
  id: string;
  published: string;
  text: string;
}

interface CorpusDoc {
  id: string;
  dct: string;
  text: string;
}

function isCorpusDoc(value: unknown): value is CorpusDoc {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as Record<string, unknown>;
  return typeof doc.id === 'string' && typeof doc.dct === 'string' && typeof doc.text === 'string';
}

export function loadSeed(): Article {
  return { id: path.basename(SEED_PATH), published: SEED_PUBLISHED, text: readFileSync(SEED_PATH, 'utf8') };
}

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_PATH);
}

/** The corpus articles, or `null` when the file is absent. A present but malformed file throws: a silent skip would hide it. */
export function loadCorpus(): Article[] | null {
  if (!corpusAvailable()) return null;
  const parsed: unknown = JSON.parse(readFileSync(CORPUS_PATH, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${CORPUS_PATH}: expected a JSON array`);
  return parsed.map((doc: unknown, index) => {
    if (!isCorpusDoc(doc)) throw new Error(`${CORPUS_PATH}: entry ${index} lacks string id/dct/text`);
    return { id: doc.id, published: doc.dct, text: doc.text };
  });
}

/** Corpus and seed lines are whole paragraphs (not hard-wrapped), so a newline is a safe place to cut. */
function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * Paragraphs of the corpus (in file order) then, unless `withSeed` is false, the seed; the seed alone
 * when the corpus is absent. The corpus is pure ASCII while the seed has typographic quotes, which can
 * send a whole input down a slower normalisation path, so leaving the seed out gives a control text.
 */
export function newsParagraphs(withSeed = true): string[] {
  const corpus = loadCorpus() ?? [];
  const articles = withSeed || corpus.length === 0 ? [...corpus, loadSeed()] : corpus;
  return articles.flatMap((article) => paragraphsOf(article.text));
}

const PARAGRAPH_BREAK = '\n\n';

/**
 * News text of about `size` UTF-16 code units: the paragraphs cycled in order, blank-line separated,
 * cut at the last paragraph break that fits so no sentence is truncated mid-way.
 */
export function fillNews(paragraphs: readonly string[], size: number): string {
  if (paragraphs.length === 0) throw new Error('no paragraphs to build news text from');
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    length += (parts.length > 0 ? PARAGRAPH_BREAK.length : 0) + paragraph.length;
    parts.push(paragraph);
  }
  const text = parts.join(PARAGRAPH_BREAK);
  const cut = text.lastIndexOf(PARAGRAPH_BREAK, size);
  // A single paragraph longer than half the target would make the text far too short; slice it instead.
  return cut >= size / 2 ? text.slice(0, cut) : text.slice(0, size);
}

/**
 * The paragraphs, each taken once, grouped into consecutive chunks of at most `size` code units
 * (at least one paragraph each). Timing all chunks measures small inputs over the same content mix
 * as one large input, so per-KB costs at different sizes compare size effects, not content. When the
 * paragraphs total less than `size` (the seed alone), they are cycled to fill one whole chunk.
 */
export function chunkNews(paragraphs: readonly string[], size: number): string[] {
  if (paragraphs.length === 0) throw new Error('no paragraphs to chunk');
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  let covered = 0;
  for (let i = 0; i < paragraphs.length || covered < size; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    const added = (current.length > 0 ? PARAGRAPH_BREAK.length : 0) + paragraph.length;
    if (current.length > 0 && length + added > size) {
      chunks.push(current.join(PARAGRAPH_BREAK));
      current = [];
      length = 0;
    }
    length += (current.length > 0 ? PARAGRAPH_BREAK.length : 0) + paragraph.length;
    covered += paragraph.length;
    current.push(paragraph);
  }
  if (current.length > 0) chunks.push(current.join(PARAGRAPH_BREAK));
  return chunks;
}

/** `unit` repeated to exactly `size` code units (the last repetition may be partial). */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

export type AdversarialName =
  | 'digits'
  | 'twelves'
  | 'months'
  | 'ons'
  | 'commas'
  | 'brackets'
  | 'word'
  | 'quotes'
  | 'years'
  | 'full-stops'
  | 'exclamations'
  | 'questions'
  | 'ellipses'
  | 'mixed-stops'
  | 'white-space'
  | 'byte-order-marks'
  | 'invisible'
  | 'byline-tabs'
  | 'attributions'
  | 'commas-before-date';

export const ADVERSARIAL: ReadonlyArray<{ name: AdversarialName; description: string }> = [
  { name: 'digits', description: "digits `0123456789…`" },
  { name: 'twelves', description: "`12 12 12 …`" },
  { name: 'months', description: "`March March …`" },
  { name: 'ons', description: "`on on on …`" },
  { name: 'commas', description: 'commas `,,,…`' },
  { name: 'brackets', description: 'nested brackets `[([(…)])]`' },
  { name: 'word', description: 'one unbroken word `aaa…`' },
  { name: 'quotes', description: "nested quotes `\"'\"'…`" },
  // Dates with no space between them: a sentence as long as a sentence may be, a token every 5 characters.
  { name: 'years', description: 'years without spaces `2014,2014,…`' },
  // Runs that patterns once backtracked over, each from start to end (see test/parser/linear-time.test.ts).
  { name: 'full-stops', description: 'a dated clause, then full stops `....`' },
  { name: 'exclamations', description: 'a dated clause, then `!!!!`' },
  { name: 'questions', description: 'a dated clause, then `????`' },
  { name: 'ellipses', description: 'a dated clause, then ellipses `\u2026\u2026`' },
  { name: 'mixed-stops', description: 'a dated clause, then mixed stops `.!?\u2026?!..`' },
  { name: 'white-space', description: 'a dated clause, then white space of every kind' },
  { name: 'byte-order-marks', description: 'a dated clause, then U+FEFF (white space the matchers drop)' },
  { name: 'invisible', description: 'a dated clause, then invisible format characters' },
  // Sentence-sized: each sentence was quadratic in its own length, which the 2,000-character cut bounds.
  { name: 'byline-tabs', description: 'sentences of `Published` and 1,900 tabs before a date' },
  { name: 'attributions', description: "`on Monday, said, said, …` (a date among attributions)" },
  { name: 'commas-before-date', description: 'sentences of 1,900 commas before a date' },
];

const DATED_CLAUSE = 'The vote was held on March 3';

/** The dated clause, then `run` repeated, then a word: `size` code units in all. */
function afterDatedClause(run: string, size: number): string {
  return `${DATED_CLAUSE}${repeatTo(run, size - DATED_CLAUSE.length - 4)} end`;
}

export function adversarialText(name: AdversarialName, size: number): string {
  switch (name) {
    case 'digits':
      return repeatTo('0123456789', size);
    case 'twelves':
      return repeatTo('12 ', size);
    case 'months':
      return repeatTo('March ', size);
    case 'ons':
      return repeatTo('on ', size);
    case 'commas':
      return repeatTo(',', size);
    case 'brackets': {
      // Balanced nesting, not a flat run: half opening pairs, then the matching closing pairs.
      const depth = Math.floor(size / 4);
      return '[('.repeat(depth) + ')]'.repeat(depth);
    }
    case 'word':
      return repeatTo('a', size);
    case 'quotes':
      return repeatTo('"\'', size);
    case 'years':
      return repeatTo('2014,', size);
    case 'full-stops':
      return afterDatedClause('.', size);
    case 'exclamations':
      return afterDatedClause('!', size);
    case 'questions':
      return afterDatedClause('?', size);
    case 'ellipses':
      return afterDatedClause('\u2026', size);
    case 'mixed-stops':
      return afterDatedClause('.!?\u2026?!..', size);
    case 'white-space':
      return afterDatedClause(' \t\u00A0\u2003\u3000\u2028\uFEFF\u205F', size);
    case 'byte-order-marks':
      return afterDatedClause('\uFEFF', size);
    case 'invisible':
      return afterDatedClause('\u200B\u2066\u00AD\u2069\u200D\u{E0041}', size);
    case 'byline-tabs':
      return repeatTo(`Published${'\t'.repeat(1900)}x on March 3. `, size);
    case 'attributions':
      return repeatTo('on Monday, said, said, said, said, said, said, said, said ', size);
    case 'commas-before-date':
      return repeatTo(`x${','.repeat(1900)}y on Tuesday, said. `, size);
  }
}

/**
 * Accuracy evaluation on the TempEval-3 training corpus (TimeBank 1.2 + AQUAINT, "TBAQ-cleaned"):
 * news-timeline against raw chrono-node, on the calendar-valued DATE gold timexes; and on our own
 * labelled articles of issue 11's families (test/fixtures/reader-families.ts), family by family.
 *
 *   npm run eval                        Markdown table + per-granularity breakdown
 *   npm run eval -- --errors            also list every miss / false positive / wrong value of news-timeline
 *   npm run eval -- --errors=chrono     the same for chrono-node
 *   npm run eval -- --json              metrics as JSON (error listings, if asked for, go to stderr)
 *
 * Data: ../shared/data/te3/tbaq.json relative to the repo root, or $NEWS_TIMELINE_EVAL_DATA. The corpus
 * is not redistributable with the package, so a clone without it skips the eval instead of failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node/en';
import * as chronoDe from 'chrono-node/de';
import * as chronoEs from 'chrono-node/es';
import * as chronoFr from 'chrono-node/fr';
import * as chronoIt from 'chrono-node/it';
import * as chronoPt from 'chrono-node/pt';
import { extractEvents, type DayPart, type TimelineEvent } from '../src/parser/index.js';
import { loadLanguage } from '../src/parser/load-language.js';
import { LANGUAGE_CASES } from '../test/fixtures/language-articles.js';
import { FAMILY_CASES, type FamilyCase } from '../test/fixtures/reader-families.js';
import {
  GOLD_GRANULARITIES,
  PART_VALUE,
  SEASON_VALUE,
  WEEKEND_VALUE,
  addToTally,
  computeMetrics,
  emptyTally,
  isCalendarDateTimex,
  matchDocument,
  parseValue,
  ratio,
  splitRange,
  type DocumentMatch,
  type GoldTimex,
  type Metrics,
  type Prediction,
  type Span,
  type Tally,
} from './eval-metrics.js';

/** Calendar-valued DATE timexes in tbaq.json, per /work/shared/data/README.md. */
const README_GOLD_COUNT = 1245;

/** The gold scored besides the data README's calendar values. */
interface AddedCounts {
  seasons: number;
  parts: number;
  weekends: number;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DATA = resolve(REPO_ROOT, '../shared/data/te3/tbaq.json');

// ---------------------------------------------------------------------------------------------
// Command line

type SystemKey = 'news-timeline' | 'chrono';

interface Options {
  json: boolean;
  errorsFor: SystemKey | null;
  /** List news-timeline's errors on this language's corpus (`--errors=es`). */
  errorsIn: string | null;
}

const USAGE = 'usage: tsx bench/eval.ts [--json] [--errors | --errors=news-timeline | --errors=chrono | --errors=es|fr|it|pt]';

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { json: false, errorsFor: null, errorsIn: null };
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '--errors' || arg === '--errors=news-timeline') options.errorsFor = 'news-timeline';
    else if (arg === '--errors=chrono' || arg === '--errors=chrono-node') options.errorsFor = 'chrono';
    else if (/^--errors=(?:es|fr|it|pt)$/.test(arg)) options.errorsIn = arg.slice('--errors='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
      process.exit(2);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Data

interface Doc {
  id: string;
  source: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTimex(value: unknown): value is GoldTimex {
  return (
    isRecord(value) &&
    Number.isInteger(value.start) &&
    Number.isInteger(value.end) &&
    typeof value.text === 'string' &&
    typeof value.type === 'string' &&
    typeof value.value === 'string' &&
    typeof value.tid === 'string'
  );
}

function isDoc(value: unknown): value is Doc {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.source === 'string' &&
    typeof value.dct === 'string' &&
    /^\d{4}-\d\d-\d\d$/.test(value.dct) &&
    typeof value.text === 'string' &&
    Array.isArray(value.timexes) &&
    value.timexes.every(isTimex)
  );
}

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(1);
}

/** Reads and checks the corpus; the offsets are checked because every score depends on them. */
function loadDocs(path: string): Doc[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) fail(`${path}: expected an array of documents`);
  const docs: Doc[] = [];
  for (const [i, doc] of parsed.entries()) {
    // One Spanish timex has no type ("esta tarde", a time): typeless timexes are not calendar DATEs.
    for (const timex of isRecord(doc) && Array.isArray(doc.timexes) ? doc.timexes : []) {
      if (isRecord(timex) && timex.type === undefined) timex.type = 'UNTYPED';
    }
    if (!isDoc(doc)) fail(`${path}: document #${i} does not have the documented shape`);
    for (const t of doc.timexes) {
      if (doc.text.slice(t.start, t.end) !== t.text) {
        fail(`${path}: ${doc.id} ${t.tid} offsets ${t.start}-${t.end} do not give ${JSON.stringify(t.text)}`);
      }
    }
    docs.push(doc);
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------
// Systems

interface System {
  key: SystemKey;
  name: string;
  predict(doc: Doc): Prediction[];
}

/** Contract slips in the parser's output, reported once rather than per event. */
const contractWarnings: string[] = [];

/** news-timeline reading a corpus in one language (loaded beforehand, see main). */
function newsTimelineIn(lang: string): System {
  return {
    key: 'news-timeline',
    name: 'news-timeline',
    predict(doc) {
      let events: TimelineEvent[];
      try {
        events = extractEvents(doc.text, { published: doc.dct, lang });
      } catch (cause) {
        // Fail loudly with the document: a partial score would look like a regression, not a crash.
        throw new Error(`extractEvents threw on ${doc.id}`, { cause });
      }
      return events.flatMap((event): Prediction[] => {
        const { start, end, text } = event.expression;
        if (doc.text.slice(start, end) !== text) {
          contractWarnings.push(
            `${doc.id}: expression ${start}-${end} is ${JSON.stringify(doc.text.slice(start, end))}, not ${JSON.stringify(text)}`,
          );
        }
        const value = event.part ? `${event.date}T${TIMEX_PARTS[event.part]}` : event.date;
        return splitRange({ start, end, text, value, ...(event.end === undefined ? {} : { endValue: event.end }) });
      });
    },
  };
}

const TIMEX_PARTS: Record<DayPart, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

// The en entry point does not re-export ParsedComponents; this is the same type.
type ChronoComponents = chrono.ParsedResult['start'];

/** Value of one chrono component set at the precision chrono is certain of, or null if it is certain of no date part. */
function chronoValue(c: ChronoComponents): string | null {
  // get() includes implied values: "Friday" is certain of the weekday only, but get('day') is the
  // resolved day of month relative to the reference, which is what a timeline needs.
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const y = String(year).padStart(4, '0');
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${pad2(month)}-${pad2(day)}`;
  if (c.isCertain('month')) return `${y}-${pad2(month)}`;
  if (c.isCertain('year')) return y;
  return null;
}

/** chrono-node's casual grammar of the corpus's language, called as its README shows. */
function chronoRawIn(grammar: typeof chrono.casual): System {
  return {
    key: 'chrono',
    name: 'chrono-node (raw)',
    predict(doc) {
      const [y, m, d] = doc.dct.split('-').map(Number) as [number, number, number];
      // Noon UTC with time zone 0: the reference day is the dct on every machine, whatever TZ is.
      const results = grammar.parse(doc.text, { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 });
      const predictions: Prediction[] = [];
      for (const r of results) {
        const value = chronoValue(r.start);
        // Results certain of no date part ("this week", "in the quarter", "10 a.m.") are dropped, not
        // scored as spans: they give no value a timeline could use.
        if (value === null) continue;
        const endValue = r.end ? chronoValue(r.end) : null;
        predictions.push(
          ...splitRange({
            start: r.index,
            end: r.index + r.text.length,
            text: r.text,
            value,
            ...(endValue === null ? {} : { endValue }),
          }),
        );
      }
      return predictions;
    },
  };
}

const SYSTEMS: readonly System[] = [newsTimelineIn('en'), chronoRawIn(chrono.casual)];

interface SystemRun {
  system: System;
  /** Scored in the data README's scope, calendar DATE gold only. */
  matches: DocumentMatch[];
  tally: Tally;
  metrics: Metrics;
  /** The same predictions with times of day scored at their day (see `Scope`). */
  daysOfTimes: Metrics;
  ms: number;
}

function runSystem(system: System, docs: readonly Doc[]): SystemRun {
  const started = performance.now();
  const predictions = docs.map((doc) => system.predict(doc));
  const ms = performance.now() - started;
  const matches: DocumentMatch[] = [];
  const tally = emptyTally();
  const daysTally = emptyTally();
  docs.forEach((doc, i) => {
    const match = matchDocument(doc.timexes, predictions[i]!);
    matches.push(match);
    addToTally(tally, match);
    addToTally(daysTally, match, 'placed-times');
  });
  return { system, matches, tally, metrics: computeMetrics(tally.counts), daysOfTimes: computeMetrics(daysTally.counts), ms };
}

// ---------------------------------------------------------------------------------------------
// Reporting

const pct = (x: number): string => (100 * x).toFixed(1);
const int = (n: number): string => n.toLocaleString('en-US');

function markdownTable(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly string[][]): string {
  const rule = align.map((a) => (a === 'r' ? '---:' : '---'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function printReport(runs: readonly SystemRun[], docs: readonly Doc[], goldCount: number, addedCounts: AddedCounts, dataPath: string): void {
  const { seasons, parts, weekends } = addedCounts;
  console.log(`## TempEval-3 TBAQ-cleaned: calendar DATE timexes\n`);
  console.log(`data: ${dataPath}`);
  console.log(`${int(docs.length)} docs, ${int(goldCount)} calendar-valued DATE gold timexes: ${int(goldCount - seasons - parts - weekends)} as the data's README counts them (README: ${int(README_GOLD_COUNT)}), ${int(seasons)} seasons, ${int(parts)} parts of a day and ${int(weekends)} weekends\n`);
  console.log(
    markdownTable(
      ['system', 'relaxed P', 'relaxed R', 'relaxed F1', 'value accuracy', 'value-F1'],
      ['l', 'r', 'r', 'r', 'r', 'r'],
      runs.flatMap(({ system, metrics, daysOfTimes }) =>
        [metrics, daysOfTimes].map((m, i) => [
          i === 0 ? system.name : `${system.name}, times at their day`,
          pct(m.precision),
          pct(m.recall),
          pct(m.f1),
          pct(m.valueAccuracy),
          pct(m.valueF1),
        ]),
      ),
    ),
  );
  console.log(
    '\nPercentages. value-F1 = relaxed F1 x value accuracy (the TempEval-3 headline figure). A part of a named day ("Friday evening", `1998-02-13TEV`, a DATE or TIME) is gold, its value right only with its part. "Times at their day" also takes its day alone as right, and a prediction overlapping a clock time ("9 a.m. Friday") that gives its day as right instead of a false positive; clock times are still not gold to find.\n',
  );
  console.log(
    markdownTable(
      ['system', 'predictions', 'overlap gold', 'gold found', 'right value', 'time'],
      ['l', 'r', 'r', 'r', 'r', 'r'],
      runs.map(({ system, tally: { counts: c }, ms }) => [
        system.name,
        int(c.predictions),
        int(c.correctPredictions),
        `${int(c.foundGold)} / ${int(c.gold)}`,
        int(c.correctValues),
        `${Math.round(ms)} ms`,
      ]),
    ),
  );
  console.log('\n### By gold granularity (recall / value accuracy, %)\n');
  const header = ['granularity', 'gold'];
  for (const { system } of runs) header.push(`${system.name} R`, `${system.name} value acc.`);
  console.log(
    markdownTable(
      header,
      header.map((_, i) => (i === 0 ? 'l' : 'r')),
      GOLD_GRANULARITIES.map((g) => {
        const row = [g, int(runs[0]?.tally.byGranularity[g].gold ?? 0)];
        for (const { tally } of runs) {
          const b = tally.byGranularity[g];
          row.push(pct(ratio(b.found, b.gold)), pct(ratio(b.correctValues, b.found)));
        }
        return row;
      }),
    ),
  );
}

function jsonReport(runs: readonly SystemRun[], docs: readonly Doc[], goldCount: number, dataPath: string): unknown {
  return {
    data: dataPath,
    docs: docs.length,
    gold: goldCount,
    // Fractions in [0, 1], unrounded.
    systems: runs.map(({ system, metrics, daysOfTimes, tally, ms }) => ({
      system: system.name,
      ...metrics,
      daysOfTimes,
      counts: tally.counts,
      byGranularity: Object.fromEntries(
        GOLD_GRANULARITIES.map((g) => {
          const b = tally.byGranularity[g];
          return [g, { ...b, recall: ratio(b.found, b.gold), valueAccuracy: ratio(b.correctValues, b.found) }];
        }),
      ),
      ms: Math.round(ms),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Error listings, for tuning the parser

/** About 80 characters around `span`, on one line, the span marked [[like this]]. */
function context(text: string, span: Span, width = 80): string {
  const side = Math.max(20, Math.floor((width - (span.end - span.start)) / 2));
  const from = Math.max(0, span.start - side);
  const to = Math.min(text.length, span.end + side);
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  return (
    (from > 0 ? '…' : '') +
    flat(text.slice(from, span.start)) +
    `[[${flat(text.slice(span.start, span.end))}]]` +
    flat(text.slice(span.end, to)) +
    (to < text.length ? '…' : '')
  );
}

const q = (s: string): string => JSON.stringify(s.replace(/\s+/g, ' '));

function predicted(p: Prediction): string {
  return `${q(p.text)} = ${p.value}${p.endValue ? ` .. ${p.endValue}` : ''}`;
}

/** "now ×25, sun ×15": the texts worth fixing first. */
function mostFrequent(texts: readonly string[], top = 12): string {
  const counts = new Map<string, number>();
  for (const t of texts) {
    const key = t.toLowerCase().replace(/\s+/g, ' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([t, n]) => `${JSON.stringify(t)} ×${n}`)
    .join(', ');
}

function section(title: string, lines: readonly string[], texts: readonly string[]): string[] {
  const out = [`\n### ${title} (${int(lines.length)})`];
  if (lines.length > 0) out.push(`most frequent: ${mostFrequent(texts)}`, ...lines);
  return out;
}

function errorListing(run: SystemRun, docs: readonly Doc[]): string {
  const misses: string[] = [];
  const missTexts: string[] = [];
  const falsePositives: string[] = [];
  const fpTexts: string[] = [];
  const wrong: string[] = [];
  const wrongTexts: string[] = [];
  const placedTexts: string[] = [];
  docs.forEach((doc, i) => {
    const match = run.matches[i];
    if (!match) return;
    const where = `${doc.id} (dct ${doc.dct})`;
    for (const { gold, prediction, verdict } of match.gold) {
      const g = `gold ${q(gold.text)} = ${gold.value}`;
      if (!prediction) {
        misses.push(`- ${where} ${g}\n    ${context(doc.text, gold)}`);
        missTexts.push(gold.text);
      } else if (verdict !== 'match') {
        wrong.push(`- ${where} ${g}; predicted ${predicted(prediction)} [${verdict}]\n    ${context(doc.text, gold)}`);
        wrongTexts.push(gold.text);
      }
    }
    for (const { prediction, calendarGold, otherGold, placesTime } of match.predictions) {
      if (calendarGold.length > 0) continue;
      if (placesTime) {
        placedTexts.push(prediction.text);
        continue;
      }
      const overlapped =
        otherGold.length === 0
          ? 'overlaps no gold timex'
          : `overlaps non-calendar gold ${otherGold.map((t) => `${t.type} ${t.value} ${q(t.text)}`).join('; ')}`;
      falsePositives.push(`- ${where} predicted ${predicted(prediction)}; ${overlapped}\n    ${context(doc.text, prediction)}`);
      fpTexts.push(prediction.text);
    }
  });
  return [
    `\n## Errors: ${run.system.name}`,
    ...section('Missed gold (no prediction overlaps it)', misses, missTexts),
    ...section('False positives (overlap no calendar DATE gold)', falsePositives, fpTexts),
    // Listed by count only: right with times at their day, false positives in the data README's scope.
    `\n### The day of a gold clock time, as "samedi" in "samedi à 15 h 45" (${int(placedTexts.length)}): right with times at their day`,
    ...(placedTexts.length > 0 ? [`most frequent: ${mostFrequent(placedTexts)}`] : []),
    ...section('Wrong values (gold found, value differs at the gold precision)', wrong, wrongTexts),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Issue 11's families, on our own labelled articles (in the repository, so always scored)

/** A labelled case as a corpus document: each date (each end of a range) a gold DATE timex. */
function labelledDoc(testCase: Pick<FamilyCase, 'name' | 'published' | 'text' | 'dates'>, id: string, source: string): Doc {
  const timexes = testCase.dates.flatMap(({ words, value, end, after = 0 }, at): GoldTimex[] => {
    const start = testCase.text.indexOf(words, after);
    if (start < 0) fail(`"${words}" is not in the text of "${testCase.name}"`);
    // A range is two timexes, split where the systems' ranges are (see splitRange); a time is scored at its day.
    const parts = splitRange({ start, end: start + words.length, text: words, value, ...(end === undefined ? {} : { endValue: end }) });
    return parts.map((part, side) => ({ ...part, type: 'DATE', value: part.value.slice(0, 10), tid: `t${at}.${side}` }));
  });
  return { id, source, dct: testCase.published, text: testCase.text, timexes };
}

function familyReport(json: boolean): { json?: unknown; print(): void } {
  const families = [...new Set(FAMILY_CASES.map((testCase) => testCase.family))];
  const rows = families.map((family) => {
    const docs = FAMILY_CASES.flatMap((testCase, index) => (testCase.family === family ? [labelledDoc(testCase, `family-${index}`, family)] : []));
    const runs = SYSTEMS.map((system) => runSystem(system, docs));
    return { family, articles: docs.length, dates: runs[0]!.tally.counts.gold, runs };
  });
  if (json) {
    return {
      json: rows.map(({ family, articles, dates, runs }) => ({ family, articles, dates, systems: runs.map(({ system, metrics }) => ({ system: system.name, ...metrics })) })),
      print() {},
    };
  }
  return {
    print() {
      console.log(`\n## Issue 11's families: our own labelled articles (test/fixtures/reader-families.ts)\n`);
      console.log(
        markdownTable(
          ['family', 'articles', 'dates', ...SYSTEMS.flatMap((system) => [`${system.name} relaxed F1`, `${system.name} value-F1`])],
          ['l', 'r', 'r', ...SYSTEMS.flatMap((): Array<'r'> => ['r', 'r'])],
          rows.map(({ family, articles, dates, runs }) => [family, int(articles), int(dates), ...runs.flatMap(({ metrics: m }) => [pct(m.f1), pct(m.valueF1)])]),
        ),
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Other languages: the training parts of TempEval-2 and TimeBankPT, beside chrono-node's own locale

const LANGUAGE_CORPORA = [
  { lang: 'es', name: 'Spanish', file: 'tempeval2/es-train.json', grammar: chronoEs.casual },
  { lang: 'it', name: 'Italian', file: 'tempeval2/it-train.json', grammar: chronoIt.casual },
  { lang: 'fr', name: 'French', file: 'tempeval2/fr-train.json', grammar: chronoFr.casual },
  { lang: 'pt', name: 'Portuguese', file: 'timebankpt/pt-train.json', grammar: chronoPt.casual },
] as const;
const GERMAN = { lang: 'de', name: 'German', grammar: chronoDe.casual } as const;

/** Our own labelled articles in each language (test/fixtures/language-articles.ts): German's only measure. */
function ownArticlesReport(): { json: unknown; print(): void } {
  const rows = [...LANGUAGE_CORPORA, GERMAN].map((language) => {
    const docs = LANGUAGE_CASES.flatMap((testCase, index) => (testCase.lang === language.lang ? [labelledDoc(testCase, `${language.lang}-${index}`, language.lang)] : []));
    const runs = [newsTimelineIn(language.lang), chronoRawIn(language.grammar)].map((system) => runSystem(system, docs));
    return { ...language, docs, runs };
  });
  return {
    json: rows.map(({ lang, docs, runs }) => ({ lang, articles: docs.length, dates: runs[0]!.tally.counts.gold, systems: runs.map(({ system, metrics }) => ({ system: system.name, ...metrics })) })),
    print() {
      console.log(`\n## Our own labelled articles in each language (test/fixtures/language-articles.ts)\n`);
      console.log(
        markdownTable(
          ['language', 'articles', 'dates', 'news-timeline value-F1', 'chrono-node (its locale) value-F1'],
          ['l', 'r', 'r', 'r', 'r'],
          rows.map(({ name, docs, runs }) => [name, int(docs.length), int(runs[0]!.tally.counts.gold), pct(runs[0]!.metrics.valueF1), pct(runs[1]!.metrics.valueF1)]),
        ),
      );
    },
  };
}

function languageReport(options: Options): { json: unknown; print(): void } {
  const dataDir = resolve(REPO_ROOT, '../shared/data');
  const rows = [];
  for (const corpus of LANGUAGE_CORPORA) {
    const path = resolve(dataDir, corpus.file);
    if (!existsSync(path)) {
      rows.push({ ...corpus, skipped: `${path} not found` });
      continue;
    }
    const docs = loadDocs(path);
    const runs = [newsTimelineIn(corpus.lang), chronoRawIn(corpus.grammar)].map((system) => runSystem(system, docs));
    rows.push({ ...corpus, docs, runs });
  }
  return {
    json: rows.map((row) =>
      'skipped' in row
        ? { lang: row.lang, skipped: row.skipped }
        : { lang: row.lang, docs: row.docs.length, gold: row.runs[0]!.tally.counts.gold, systems: row.runs.map(({ system, metrics, daysOfTimes }) => ({ system: system.name, ...metrics, daysOfTimes })) },
    ),
    print() {
      console.log(`\n## Other languages: calendar DATE timexes of TempEval-2 and TimeBankPT (training parts)\n`);
      console.log(
        markdownTable(
          ['language', 'docs', 'gold', 'news-timeline P', 'R', 'value acc.', 'value-F1', 'chrono-node (its locale) value-F1', 'news-timeline, times at their day', 'chrono-node, times at their day'],
          ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
          rows.map((row) => {
            if ('skipped' in row) return [row.name, 'skipped', row.skipped, '', '', '', '', '', '', ''];
            const [ours, raw] = row.runs as [SystemRun, SystemRun];
            const m = ours.metrics;
            return [row.name, int(row.docs.length), int(ours.tally.counts.gold), pct(m.precision), pct(m.recall), pct(m.valueAccuracy), pct(m.valueF1), pct(raw.metrics.valueF1), pct(ours.daysOfTimes.valueF1), pct(raw.daysOfTimes.valueF1)];
          }),
        ),
      );
      console.log('\n"Times at their day": as for TBAQ above; a prediction "hier" for the gold "hier soir" (`2003-02-22TEV`, scored in both columns), or "samedi 24 juillet" for "samedi 24 juillet à 15 h 45" (a clock time, not gold), is right when it gives that day.');
      const listed = rows.find((row) => row.lang === options.errorsIn);
      if (listed && !('skipped' in listed)) console.log(errorListing(listed.runs[0]!, listed.docs));
    },
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const families = familyReport(options.json);
  for (const { lang } of [...LANGUAGE_CORPORA, GERMAN]) await loadLanguage(lang);
  const languages = languageReport(options);
  const ownArticles = ownArticlesReport();
  const override = process.env.NEWS_TIMELINE_EVAL_DATA;
  const dataPath = override ? resolve(override) : DEFAULT_DATA;
  if (!existsSync(dataPath)) {
    // An explicit path that doesn't exist is a mistake worth failing on; a fresh clone without
    // ../shared simply has no corpus, and that must not break `npm run eval` for it.
    if (override) fail(`NEWS_TIMELINE_EVAL_DATA=${override}: no such file`);
    const reason = `TempEval-3 data not found at ${dataPath} (set NEWS_TIMELINE_EVAL_DATA to tbaq.json)`;
    console.log(
      options.json ? JSON.stringify({ skipped: reason, families: families.json, languages: languages.json, ownArticles: ownArticles.json }) : `TempEval-3 eval skipped: ${reason}`,
    );
    families.print();
    if (!options.json) languages.print();
    ownArticles.print();
    return;
  }

  const docs = loadDocs(dataPath);
  const goldCount = docs.reduce((n, doc) => n + doc.timexes.filter(isCalendarDateTimex).length, 0);
  const counted = (value: RegExp) => docs.reduce((n, doc) => n + doc.timexes.filter((t) => isCalendarDateTimex(t) && value.test(t.value)).length, 0);
  const added: AddedCounts = { seasons: counted(SEASON_VALUE), parts: counted(PART_VALUE), weekends: counted(WEEKEND_VALUE) };
  // Only the default corpus has a known count; an override may be another TempEval-3 split. The data's
  // README counts calendar values without seasons, parts of a day and weekends.
  const readmeScope = goldCount - added.seasons - added.parts - added.weekends;
  if (!override && readmeScope !== README_GOLD_COUNT) {
    fail(`expected ${README_GOLD_COUNT} calendar DATE gold timexes besides seasons, parts of a day and weekends in ${dataPath}, found ${readmeScope}`);
  }

  const runs = SYSTEMS.map((system) => runSystem(system, docs));

  if (options.json) console.log(JSON.stringify({ ...(jsonReport(runs, docs, goldCount, dataPath) as object), families: families.json, languages: languages.json, ownArticles: ownArticles.json }, null, 2));
  else printReport(runs, docs, goldCount, added, dataPath);
  families.print();
  if (!options.json) languages.print();
  ownArticles.print();

  if (contractWarnings.length > 0) {
    console.error(
      `\nwarning: ${contractWarnings.length} news-timeline expression spans do not match the input text, e.g.\n  ${contractWarnings
        .slice(0, 5)
        .join('\n  ')}`,
    );
  }

  const invalid = runs.flatMap(({ system, matches }) => {
    const n = matches.flatMap((m) => m.predictions).filter((p) => parseValue(p.prediction.value) === null).length;
    return n > 0 ? [`${system.name}: ${n} predicted values are not calendar TIMEX3 values`] : [];
  });
  if (invalid.length > 0) console.error(`\nwarning: ${invalid.join('; ')}`);

  if (options.errorsFor) {
    const run = runs.find((r) => r.system.key === options.errorsFor);
    // Keep stdout parseable when it carries JSON.
    if (run) (options.json ? console.error : console.log)(errorListing(run, docs));
  }
}

await main();

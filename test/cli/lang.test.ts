// `news-timeline extract --lang`: every input form read in the language chosen, a page's own
// `<html lang>`, `--lang auto`, a `--jsonl` record's own "lang", and the refusals of a language not read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/errors.js';
import { extractEvents } from '../../src/parser/index.js';
import { loadLanguage } from '../../src/parser/load-language.js';
import { buildStory } from '../../src/story/index.js';
import { CLI, ROOT, ensureBuilt } from './build.js';

const SPANISH = 'El consejo se reunió el pasado martes para aprobar el presupuesto.\n';
const FRENCH = 'Le conseil municipal de Lyon s’est réuni mardi dernier pour voter le budget. Les travaux du tramway commenceront le 3 mars.\n';
const GERMAN = readFileSync(join(ROOT, 'test', 'fixtures', 'languages', 'german-news.txt'), 'utf8').split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
const DUTCH = 'De gemeenteraad van Amsterdam heeft dinsdag een nieuwe begroting aangenomen voor het komende jaar.\n';

function spanishPage(lang: string): string {
  return `<!doctype html><html${lang}><head><title>El pleno aprueba el presupuesto</title>
<meta property="article:published_time" content="2022-02-16T10:00:00+01:00"></head>
<body><nav><a href="/">Portada</a></nav><article><h1>El pleno aprueba el presupuesto</h1>
<p>${SPANISH.trim()}</p><p>La oposición recurrirá la decisión ante los tribunales en marzo.</p></article></body></html>`;
}

let dir = '';

beforeAll(async () => {
  await ensureBuilt();
  await Promise.all(['es', 'fr', 'de'].map(loadLanguage));
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-lang-'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], input = '') {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

type Event = ReturnType<typeof extractEvents>[number];
const eventsOf = (stdout: string) => (JSON.parse(stdout) as { events: Event[] }).events;
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

// Each test spawns the CLI a few times, some with worker threads: seconds each on a busy 2-core machine.
describe('news-timeline extract --lang', { timeout: 30_000 }, () => {
  it('reads a Spanish text with --lang es: "el pasado martes" of 2022-02-16 is 2022-02-15', () => {
    const run = cli(['extract', file('consejo.txt', SPANISH), '--lang', 'es', '--published', '2022-02-16']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(eventsOf(run.stdout).map(({ date, expression }) => [date, expression.text])).toEqual([['2022-02-15', 'el pasado martes']]);
    // Read as English, the same words give no such date: the option is what reads them.
    const english = cli(['extract', '-', '--published', '2022-02-16'], SPANISH);
    expect(eventsOf(english.stdout).some(({ date }) => date === '2022-02-15')).toBe(false);
  });

  it('reads standard input, and a regional tag as its base language', () => {
    const run = cli(['extract', '--lang', 'es-MX', '--published', '2022-02-16', '--format', 'ndjson'], SPANISH);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as Event).date)).toEqual(['2022-02-15']);
  });

  it('reads a web page in its own <html lang> without --lang, and --lang wins over it', () => {
    const page = file('pleno.html', spanishPage(' lang="es"'));
    const run = cli(['extract', page]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const events = eventsOf(run.stdout);
    expect(events.map(({ date, expression }) => [date, expression.text])).toEqual([
      ['2022-02-15', 'el pasado martes'],
      ['2022-03', 'en marzo'],
    ]);
    expect(eventsOf(cli(['extract', file('sin-lang.html', spanishPage(''))]).stdout)).toEqual([]);
    expect(eventsOf(cli(['extract', page, '--lang', 'en']).stdout)).toEqual([]);
  });

  it('reads a page whose lang is not read as English, with a note that names it', () => {
    const run = cli(['extract', file('japanese.html', spanishPage(' lang="ja-JP"').replace(SPANISH.trim(), 'The council met last Tuesday.'))]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^news-timeline: note: "[^"]*japanese\.html": the page's lang "ja-JP" is not one read \(en, es, fr, it, pt, de\); reading it as English/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(eventsOf(run.stdout).map(({ date }) => date)).toEqual(['2022-02-15']);
  });

  it('tells French and German from the text with --lang auto', () => {
    const french = cli(['extract', '--lang', 'auto', '--published', '2022-02-16'], FRENCH);
    expect(french.stderr).toBe('');
    expect(eventsOf(french.stdout)).toEqual(plain(extractEvents(FRENCH, { published: '2022-02-16', lang: 'fr' })));
    expect(eventsOf(french.stdout).map(({ date }) => date)).toEqual(['2022-02-15', '2022-03-03']);
    // German's own words for dates, which English reads as nothing.
    const council = cli(['extract', '--lang', 'auto', '--published', '2024-10-16'], GERMAN[0]);
    expect(council.stderr).toBe('');
    // The opposition announced it would go to court in March: an intent ("zu ziehen") looks ahead.
    expect(eventsOf(council.stdout).map(({ date, expression }) => [date, expression.text])).toEqual([
      ['2024-10-15', 'am Dienstag'],
      ['2025-03', 'im März'],
    ]);
    // Every German paragraph, one record each, told apart in one run.
    const records = GERMAN.map((text, index) => JSON.stringify({ id: `de${index + 1}`, text, published: '2024-10-16' })).join('\n');
    const run = cli(['extract', '--jsonl', '--lang', 'auto', '--workers', '2'], records);
    expect(run.stderr).toBe('');
    const expected = GERMAN.flatMap((text, index) => extractEvents(text, { published: '2024-10-16', lang: 'de' }).map((event) => JSON.stringify({ ...event, article: `de${index + 1}` })));
    expect(run.stdout.trim().split('\n')).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(GERMAN.length - 3);
  });

  it('reads a language --lang auto finds but the parser does not as English, with a one-line note', () => {
    const run = cli(['extract', '--lang', 'auto', '--published', '2022-02-16'], DUTCH);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('news-timeline: note: standard input: its language was detected as "nld" (ISO 639-3), which is not read; reading it as English (pass --lang to choose)\n');
    const tooShort = cli(['extract', '--lang', 'auto', '--published', '2022-02-16'], '12.03.\n');
    expect(tooShort.stderr).toBe('news-timeline: note: standard input: its language could not be detected; reading it as English (pass --lang to choose)\n');
  });

  it('refuses an unsupported --lang: exit status 2, one line naming the supported ones, nothing on stdout', () => {
    const run = cli(['extract', file('ja.txt', SPANISH), '--lang', 'ja', '--published', '2022-02-16']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('news-timeline: unsupported --lang "ja": the languages read are en, es, fr, it, pt, de, or auto to detect it\n');
    expect(() => parseCommand(['extract', '--jsonl', '--lang', ''])).toThrow(UsageError);
    expect(parseCommand(['extract', '--jsonl', '--lang', 'pt-BR'])).toMatchObject({ kind: 'jsonl', lang: 'pt-BR' });
  });

  it('reads several files in --lang de as one story', () => {
    const first = `Published 2024-10-14\n${GERMAN[2]}\n`;
    const second = `Published 2024-10-16\n${GERMAN[12]}\n`;
    const run = cli(['extract', file('bundesrat.txt', first), file('inflation.txt', second), '--lang', 'de']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { articles, events } = JSON.parse(run.stdout) as { articles: unknown; events: Event[] };
    expect(articles).toEqual([
      { id: 'bundesrat.txt', published: '2024-10-14' },
      { id: 'inflation.txt', published: '2024-10-16' },
    ]);
    const expected = buildStory([
      { id: 'bundesrat.txt', text: first, published: '2024-10-14', lang: 'de' },
      { id: 'inflation.txt', text: second, published: '2024-10-16', lang: 'de' },
    ]);
    expect(events).toEqual(plain(expected));
    // "am 12. Juli" and "am Mittwoch", which English reads as nothing.
    expect(events.map(({ date }) => date)).toEqual(expect.arrayContaining(['2025-07-12', '2024-10-16']));
  });

  it('reads each --jsonl record in its own "lang", else --lang, and skips one with a lang not read', () => {
    const records = [
      { id: 'es', text: SPANISH, published: '2022-02-16', lang: 'es' },
      { id: 'ja', text: SPANISH, published: '2022-02-16', lang: 'ja' },
      { id: 'de', text: GERMAN[0]!, published: '2022-02-16', lang: 'auto' },
      { id: 'fr', text: FRENCH, published: '2022-02-16' },
    ];
    const run = cli(['extract', '--jsonl', '--lang', 'fr', '--workers', '2'], records.map((record) => JSON.stringify(record)).join('\n'));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('news-timeline: line 2: unsupported "lang" "ja": the languages read are en, es, fr, it, pt, de, or auto to detect it\n');
    // --lang fr is the language of the record without one.
    const expected = [
      ['es', SPANISH, 'es'],
      ['de', GERMAN[0]!, 'de'],
      ['fr', FRENCH, 'fr'],
    ].flatMap(([id, text, lang]) => extractEvents(text!, { published: '2022-02-16', lang: lang! }).map((event) => JSON.stringify({ ...event, article: id })));
    expect(run.stdout.trim().split('\n')).toEqual(expected);
    // Each record gave its events: the Spanish one, the German two and the French two.
    expect(run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { article: string }).article)).toEqual(['es', 'de', 'de', 'fr', 'fr']);
    // A page record is read in its own lang, unless --lang says otherwise.
    const page = JSON.stringify({ id: 'page', html: spanishPage(' lang="es"') });
    const stated = cli(['extract', '--jsonl'], page);
    expect(stated.status).toBe(0);
    expect(stated.stdout.trim().split('\n').map((line) => (JSON.parse(line) as Event).date)).toEqual(['2022-02-15', '2022-03']);
    expect(cli(['extract', '--jsonl', '--lang', 'en'], page).stdout).toBe('');
  });

  it('merges --jsonl records, each read in its language', () => {
    const records = [
      { id: 'es', text: SPANISH, published: '2022-02-16', lang: 'es' },
      { id: 'de', text: GERMAN[0]!, published: '2022-02-17', lang: 'de' },
    ];
    const run = cli(['extract', '--jsonl', '--merge'], records.map((record) => JSON.stringify(record)).join('\n'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual(plain(buildStory(records)));
    expect(run.stdout).toContain('"el pasado martes"');
    expect(run.stdout).toContain('"am Dienstag"');
  });
});

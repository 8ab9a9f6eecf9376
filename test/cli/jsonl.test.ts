// `news-timeline extract --jsonl`: an archive of one JSON record per line, read on several worker
// threads, one event per line out in input order; bad records are reported by line and skipped; and a run
// split over two processes gives, together, what one run gives.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import { buildStory } from '../../src/story/index.js';
import { HARLAN_FLOOD } from '../fixtures/story/harlan-flood.js';
import { CLI, ROOT, ensureBuilt } from './build.js';

const PAGE = readFileSync(join(ROOT, 'test', 'fixtures', 'pages', 'courier-levee.html'), 'utf8');
let dir = '';

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-jsonl-'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], input = '') {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** An archive of `count` records: the story's three articles over and over, each with its own id. */
function archive(count: number): string {
  return Array.from({ length: count }, (_, index) => {
    const article = HARLAN_FLOOD[index % HARLAN_FLOOD.length]!;
    return JSON.stringify({ id: `r${index + 1}`, text: article.text, published: article.published, url: article.url });
  }).join('\n');
}

/** What one record gives: its events, each tagged with its id. */
function expectedLines(id: string, text: string, published: string): string[] {
  return extractEvents(text, { published }).map((event) => JSON.stringify({ ...event, article: id }));
}

describe('news-timeline extract --jsonl', () => {
  it('prints each record’s events, tagged with its id, in input order, on several workers', () => {
    const records = archive(40);
    const run = cli(['extract', '--jsonl', '--workers', '3'], records);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const expected = records.split('\n').flatMap((line) => {
      const { id, text, published } = JSON.parse(line) as { id: string; text: string; published: string };
      return expectedLines(id, text, published);
    });
    expect(run.stdout.trimEnd().split('\n')).toEqual(expected);
  });

  it('reads a page record with its html, dated by its metadata', () => {
    const run = cli(['extract', '--jsonl', '-'], `${JSON.stringify({ id: 'page', html: PAGE })}\n`);
    expect(run.stderr).toBe('');
    const events = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { article: string; date: string });
    expect(events.every((event) => event.article === 'page')).toBe(true);
    expect(events.map((event) => event.date)).toContain('2026-04-20');
  });

  it('reports a bad record on standard error with its line number and reason, goes on, and exits 1', () => {
    const good = JSON.stringify({ id: 'ok', text: 'Schools closed on Monday.', published: '2026-04-08' });
    const lines = [good, '{ not json', JSON.stringify({ id: 'x', published: '2026-04-08' }), JSON.stringify({ id: 'y', text: 'Roads reopened on Tuesday.' }), JSON.stringify([1]), good.replace('"ok"', '"ok2"'), '', JSON.stringify({ id: 'z', text: 'x', published: 'soon' })];
    const run = cli(['extract', '--jsonl', '--workers', '2'], lines.join('\n'));
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^news-timeline: line 2: not JSON/),
      'news-timeline: line 3: a record needs a string "text" or a string "html", not both',
      expect.stringMatching(/^news-timeline: line 4: no publication date found/),
      'news-timeline: line 5: a record must be a JSON object',
      expect.stringMatching(/^news-timeline: line 7: not JSON/),
      expect.stringMatching(/^news-timeline: line 8: invalid "published" "soon"/),
    ]);
    expect(run.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { article: string }).article)).toEqual(['ok', 'ok2']);
  });

  it('--merge prints the story of all the records, as buildStory makes it', () => {
    const records = HARLAN_FLOOD.map((article) => JSON.stringify({ id: article.id, text: article.text, published: article.published, source: article.source, url: article.url }));
    const run = cli(['extract', '--jsonl', '--merge'], records.join('\n'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(JSON.parse(JSON.stringify(buildStory(HARLAN_FLOOD))));
  });

  it('gives the same lines split over two processes (split | xargs -P 2) as in one run', () => {
    const file = join(dir, 'archive.jsonl');
    writeFileSync(file, `${archive(30)}\n`);
    const whole = cli(['extract', '--jsonl', file]);
    expect(whole.status).toBe(0);
    // Two halves by line, each read by its own process at once, as a batch engine's mappers would.
    const split = spawnSync('sh', ['-c', `cd "${dir}" && split -n l/2 archive.jsonl part- && ls part-* | xargs -P 2 -I{} sh -c '"${process.execPath}" "${CLI}" extract --jsonl {} > {}.out' && cat part-aa.out part-ab.out`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(split.status, split.stderr).toBe(0);
    expect(split.stdout).toBe(whole.stdout);
  });

  it('refuses options that do not go with --jsonl', () => {
    for (const [args, message] of [
      [['extract', '--jsonl', 'a', 'b'], /--jsonl reads one FILE of records, got 2/],
      [['extract', '--jsonl', '--published', '2026-04-08'], /each record's own "published"/],
      [['extract', '--jsonl', '--format', 'json'], /always writes NDJSON/],
      [['extract', '--merge', 'a.txt'], /--merge and --workers go with --jsonl/],
      [['extract', '--jsonl', '--workers', '0'], /--workers must be a whole number from 1 to 256, got "0"/],
    ] as const) {
      const run = cli([...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});

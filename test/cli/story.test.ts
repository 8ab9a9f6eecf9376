// `news-timeline extract FILE FILE...`: one story from several articles, as buildStory makes it, each
// file dated by --published or by its own dateline or byline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story/index.js';
import { HARLAN_FLOOD } from '../fixtures/story/harlan-flood.js';
import { CLI, ROOT, ensureBuilt } from './build.js';

let dir = '';
const files: string[] = [];

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-story-'));
  for (const article of HARLAN_FLOOD) {
    const file = join(dir, `${article.id}.txt`);
    // The Reuters piece keeps its dateline; the others open with a byline date.
    const byline = article.id!.startsWith('reuters') ? '' : `Published ${article.published}\n`;
    writeFileSync(file, `${byline}${article.text}\n`);
    files.push(file);
  }
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('news-timeline extract with several files', () => {
  it('prints one story: the articles with their dates, and buildStory’s events', () => {
    // The Reuters dateline has no year: its date comes from --published here.
    const run = cli(['extract', files[0]!, files[2]!, '--published', '2026-04-08']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as { articles: unknown; events: unknown };
    expect(Object.keys(output)).toEqual(['articles', 'events']);
    expect(output.articles).toEqual([
      { id: 'courier-0406.txt', published: '2026-04-08' },
      { id: 'herald-0409.txt', published: '2026-04-08' },
    ]);
    const expected = buildStory([0, 2].map((index) => ({ id: basename(files[index]!), text: readFileSync(files[index]!, 'utf8'), published: '2026-04-08' })));
    expect(output.events).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('dates each file by its own byline without --published, and merges what several tell', () => {
    const run = cli(['extract', files[0]!, files[2]!, '--format', 'ndjson']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const events = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { date: string; sources: Array<{ article: string; published: string }> });
    const vote = events.find((event) => event.date === '2026-04-08' && event.sources.length === 2);
    expect(vote?.sources.map((source) => [source.article, source.published])).toEqual([
      ['courier-0406.txt', '2026-04-06'],
      ['herald-0409.txt', '2026-04-09'],
    ]);
  });

  it('writes one page with each article and the story as the timeline’s events, for --format html', () => {
    const run = cli(['extract', files[0]!, files[2]!, '--format', 'html']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/<article data-published="[^"]+">/g)).toEqual(['<article data-published="2026-04-06">', '<article data-published="2026-04-09">']);
    // The latest article's day is the timeline's.
    expect(run.stdout).toContain('<news-timeline published="2026-04-09">');
    const data = /<script type="application\/json" id="news-timeline-events">(.*?)<\/script>/s.exec(run.stdout)![1]!;
    const { articles, events } = JSON.parse(data) as { articles: unknown; events: Array<{ sources: unknown[] }> };
    expect(articles).toEqual([{ id: 'courier-0406.txt', published: '2026-04-06' }, { id: 'herald-0409.txt', published: '2026-04-09' }]);
    expect(events.some((event) => event.sources.length === 2)).toBe(true);
  });

  it('names the file that has no date', () => {
    const undated = join(dir, 'undated.txt');
    writeFileSync(undated, 'Schools closed on Monday.\n');
    const run = cli(['extract', files[0]!, undated]);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^news-timeline: ${JSON.stringify(undated).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}: no publication date found`));
  });
});

// `news-timeline extract page.html`: a saved web page read as a reader would, its date from its
// metadata; and a wire dateline without a year, read as the most recent such day with a note.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../src/html/read-page.js';
import { extractEvents } from '../../src/parser/index.js';
import { CLI, ROOT, ensureBuilt } from './build.js';

const PAGE = join(ROOT, 'test', 'fixtures', 'pages', 'courier-levee.html');
const HTML = readFileSync(PAGE, 'utf8');

beforeAll(ensureBuilt, 120_000);

function cli(args: string[], input = '') {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

describe('a web page as input', () => {
  it("reads the article of a saved page, dates it by the page's metadata, and gives the text its offsets are into", () => {
    const run = cli(['extract', PAGE]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as { published: string; text: string; events: Array<{ expression: { start: number; end: number; text: string } }> };
    expect(Object.keys(output)).toEqual(['published', 'text', 'events']);
    const { text } = readPage(HTML);
    expect(output).toEqual({ published: '2026-04-10', text, events: JSON.parse(JSON.stringify(extractEvents(text, { published: '2026-04-10T07:45:00-04:00' }))) });
    for (const { expression } of output.events) expect(output.text.slice(expression.start, expression.end)).toBe(expression.text);
  });

  it('tells a page on standard input by its markup, and lets --published win over its metadata', () => {
    const run = cli(['extract', '--published', '2026-04-11', '--format', 'ndjson'], HTML);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const events = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { date: string; expression: { text: string } });
    // Published a day later, "on Monday" is still the coming Monday; "Thursday" the one just past.
    expect(events.find((event) => event.expression.text === 'Thursday')?.date).toBe('2026-04-09');
    expect(events.some((event) => /Subscribe|Office hours/.test(JSON.stringify(event)))).toBe(false);
  });
});

describe('a dateline without a year', () => {
  it('is read as the most recent such day, with a note on standard error', () => {
    const now = new Date();
    const run = cli(['extract', '--format', 'ndjson'], 'LONDON, March 3 (Reuters) - Shares fell on Monday.\n');
    expect(run.status).toBe(0);
    const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
    const year = today.month > 3 || (today.month === 3 && today.day >= 3) ? today.year : today.year - 1;
    expect(run.stderr).toBe(`news-timeline: note: standard input: the dateline gives no year: read as ${year}-03-03, the most recent such day (pass --published to set it)\n`);
    expect(JSON.parse(run.stdout).relation).toBe('past');
  });

  it('gives way to --published, without a note', () => {
    const run = cli(['extract', '--published', '2021-03-03', '--format', 'ndjson'], 'LONDON, March 3 (Reuters) - Shares fell on Monday.\n');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).date).toBe('2021-03-01');
  });
});

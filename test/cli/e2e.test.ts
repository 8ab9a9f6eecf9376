import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import { CLI, ROOT, ensureBuilt } from './build.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'russia-troops-2022-02-16.txt');
const ARTICLE = readFileSync(FIXTURE, 'utf8');
const [HEADLINE, ...BODY] = ARTICLE.split('\n');

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], input = ''): Result {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status, stdout, stderr };
}

/** The events as the CLI prints them: JSON drops what JSON cannot hold (`undefined` properties). */
function expectedEvents(text: string, published: string): unknown {
  return JSON.parse(JSON.stringify(extractEvents(text, { published })));
}

function expectJsonOutput(result: Result, text: string, published: string, reference = published): void {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const output: unknown = JSON.parse(result.stdout);
  expect(result.stdout).toBe(`${JSON.stringify(output, null, 2)}\n`);
  expect(Object.keys(output as object)).toEqual(['published', 'events']);
  expect(output).toEqual({ published, events: expectedEvents(text, reference) });
}

/** Every failure: the exit code, one line naming the problem on stderr, nothing on stdout. */
function expectFailure(result: Result, status: number, message: RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.status).toBe(status);
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.split('\n')).toHaveLength(2);
  expect(result.stderr).toMatch(/^news-timeline: /);
  expect(result.stderr).toMatch(message);
}

beforeAll(ensureBuilt, 120_000);

describe('news-timeline extract', () => {
  it('reads FILE and prints the published date and the events, pretty-printed', () => {
    expectJsonOutput(cli(['extract', FIXTURE, '--published', '2022-02-16']), ARTICLE, '2022-02-16');
  });

  it('prints the calendar date of a --published date-time, and gives the parser the value as written', () => {
    const published = '2022-02-16T23:30:00-05:00';
    expectJsonOutput(cli(['extract', FIXTURE, '--published', published]), ARTICLE, '2022-02-16', published);
  });

  it.each([[['extract', '-']], [['extract']]])('reads standard input for %j', (args) => {
    expectJsonOutput(cli([...args, '--published', '2022-02-16'], ARTICLE), ARTICLE, '2022-02-16');
  });

  it('prints one TimelineEvent per line for --format ndjson', () => {
    const result = cli(['extract', FIXTURE, '--published=2022-02-16', '--format', 'ndjson']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const events = expectedEvents(ARTICLE, '2022-02-16') as unknown[];
    expect(result.stdout).toBe(events.map((event) => `${JSON.stringify(event)}\n`).join(''));
  });

  it('takes the date from a dateline when --published is absent', () => {
    const text = [HEADLINE, `KYIV, Feb. 16, 2022 (AP) — ${BODY[0]}`, ...BODY.slice(1)].join('\n');
    expectJsonOutput(cli(['extract'], text), text, '2022-02-16');
  });

  it('completes a year-less Reuters dateline with the byline year', () => {
    const text = [HEADLINE, 'By Jane Doe', 'February 17, 2022 10:32 AM UTC', `WASHINGTON, Feb 16 (Reuters) - ${BODY[0]}`].join('\n');
    expectJsonOutput(cli(['extract', '-'], text), text, '2022-02-16');
  });

  it('prefers --published over the text', () => {
    const text = `Published Feb. 1, 2022\n${ARTICLE}`;
    expectJsonOutput(cli(['extract', '--published', '2022-02-16'], text), text, '2022-02-16');
  });
});

describe('failures', () => {
  it('names a missing file', () => {
    expectFailure(cli(['extract', 'no-such-article.txt', '--published', '2022-02-16']), 2, /cannot read "no-such-article\.txt": no such file/);
  });

  it('names a directory given as FILE', () => {
    expectFailure(cli(['extract', 'test', '--published', '2022-02-16']), 2, /cannot read "test": is a directory/);
  });

  it.each(['2022-02-30', '16/02/2022', 'yesterday', '2022-02-16T10:00'])('rejects --published %j before reading input', (value) => {
    expectFailure(cli(['extract', 'no-such-article.txt', '--published', value]), 2, new RegExp(`invalid --published value "${value}"`));
  });

  it('needs a publication date when the text has no dateline or byline date', () => {
    expectFailure(cli(['extract', FIXTURE]), 2, /no publication date found/);
  });

  it('fails without --published when the top of the text names no date', () => {
    expectFailure(cli(['extract'], `WASHINGTON (Reuters) - ${BODY[0]}`), 2, /no publication date found/);
  });

  it.each([
    [['extract', FIXTURE, '--published', '2022-02-16', '--verbose'], /unknown option "--verbose"/],
    [['extract', FIXTURE, '-x'], /unknown option "-x"/],
    [['extract', FIXTURE, '--published'], /option --published needs a value/],
    [['extract', FIXTURE, '--published', '2022-02-16', '--format', 'xml'], /--format must be json, ndjson or html, got "xml"/],
    [['extract', FIXTURE, FIXTURE, '--published', '2022-02-16'], /is named twice/],
    [['timeline', FIXTURE], /unknown command "timeline"/],
    [[], /missing command/],
  ])('rejects %j', (args, message) => {
    expectFailure(cli(args), 2, message);
  });
});

describe('help and version', () => {
  it.each([['--help'], ['-h'], ['extract', '--help'], ['extract', FIXTURE, '--bogus', '-h']])('%j documents usage and exits 0', (...args) => {
    const result = cli(args);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    for (const section of ['Usage: news-timeline extract [FILE|-]', '--published DATE', '--format json|ndjson|html', 'Exit status:', 'Examples:']) {
      expect(result.stdout).toContain(section);
    }
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});

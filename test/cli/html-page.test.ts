// `news-timeline extract FILE --published DATE --format html > timeline.html`, then the page opened as a
// reader would: from disk, in headless Chromium with the network off. It must draw the seed article's
// timeline and answer to clicks, with no request beyond the file and no error (its CSP included).
// test/cli/html.test.ts checks the page's markup and escaping; this checks that it works.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../ensure-chromium.mjs';
import { CLI, ROOT, ensureBundle } from './build.js';

const SEED = join(ROOT, 'test', 'fixtures', 'russia-troops-2022-02-16.txt');

let temp = '';
let browser: Browser;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  await ensureBundle();
  const cli = spawnSync(process.execPath, [CLI, 'extract', SEED, '--published', '2022-02-16', '--format', 'html'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (cli.status !== 0) throw new Error(`the CLI failed: ${cli.stderr}`);
  temp = mkdtempSync(join(tmpdir(), 'news-timeline-html-'));
  const file = join(temp, 'timeline.html');
  writeFileSync(file, cli.stdout);

  browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.setOfflineMode(true);
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll('button[part~="event-button"]').length === 4, { timeout: 15_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('the standalone HTML page, opened from disk and offline', () => {
  it("draws the seed article's four events, on an axis, with the article below", async () => {
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('news-timeline')!.shadowRoot!;
      return {
        dates: [...root.querySelectorAll('li[part~="event"]')].map((item) => item.getAttribute('data-date')),
        ticks: root.querySelectorAll('[part~="axis"] .tick').length,
        article: document.querySelector('article')?.textContent ?? '',
      };
    });
    expect(drawn.dates.sort()).toEqual(['2022-02-15', '2022-02-15', '2022-02-16', '2022-02-16']);
    expect(drawn.ticks).toBeGreaterThan(1);
    expect(drawn.article).toContain('Russia’s defense ministry on Wednesday said');
  });

  it('selects an event on click and shows its sentence, and zooms with its buttons', async () => {
    const result = await page.evaluate(async () => {
      const el = document.querySelector('news-timeline') as HTMLElement & { updateComplete: Promise<boolean>; visibleDomain: [Date, Date] };
      const root = el.shadowRoot!;
      const span = () => el.visibleDomain[1].getTime() - el.visibleDomain[0].getTime();
      root.querySelector<HTMLButtonElement>('button[part~="event-button"]')!.click();
      await el.updateComplete;
      const expression = root.querySelector('[part~="card"] [part~="expression"]')?.textContent;
      const before = span();
      root.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
      await el.updateComplete;
      return { expression, ratio: span() / before };
    });
    expect(result.expression).toMatch(/^on (?:Tuesday|Wednesday)$/);
    // The story axis gives days room by their events, so a doubled scale shows less time by a factor
    // that depends on where the view is, not exactly half.
    expect(result.ratio).toBeGreaterThan(0.2);
    expect(result.ratio).toBeLessThan(0.75);
  });

  it('asks for nothing but its own file, and reports no error', () => {
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

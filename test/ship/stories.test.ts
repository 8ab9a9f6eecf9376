// The built Storybook (`npm run build-storybook`), each story opened in headless Chromium as its canvas
// shows it: every story draws the state it is named for, with no page error and no console error but the
// one the invalid-date story is about.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../ensure-chromium.mjs';
import { newestMtime } from '../newest-mtime.mjs';
import { ROOT } from '../cli/build.js';

const STATIC = join(ROOT, 'storybook-static');
const INDEX = join(STATIC, 'index.json');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

let server: Server;
let origin = '';
let browser: Browser;

/** npm test builds Storybook first; a bare vitest run builds it when it is missing or older than its sources. */
function ensureStorybook(): void {
  const sources = Math.max(...['src', 'stories', '.storybook'].map((folder) => newestMtime(join(ROOT, folder))));
  if (existsSync(INDEX) && statSync(INDEX).mtimeMs >= sources) return;
  const build = spawnSync('npm', ['run', 'build-storybook'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-storybook failed:\n${build.stderr}\n${build.stdout}`);
}

beforeAll(async () => {
  ensureStorybook();
  // Module scripts need http: a static server for storybook-static/, nothing outside it.
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    const file = join(STATIC, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(STATIC) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Drawn {
  events: number;
  clusters: number;
  parts: string[];
  orientation: string | null;
  empty: boolean;
  error: string;
  background: string;
  clipped: boolean;
}

/** Opens one story's canvas and reads what its first <news-timeline> drew. */
async function openStory(id: string): Promise<{ drawn: Drawn; problems: string[] }> {
  const page: Page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  try {
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const root = document.querySelector('news-timeline')?.shadowRoot;
        return root?.querySelector('[part~="event"], [part~="empty"], [part~="error"]');
      },
      { timeout: 15_000 },
    );
    const drawn = await page.evaluate(() => {
      const el = document.querySelector('news-timeline')!;
      const root = el.shadowRoot!;
      const labels = [...root.querySelectorAll<HTMLElement>('[part~="label"]')];
      return {
        events: root.querySelectorAll('li[part~="event"]').length,
        clusters: root.querySelectorAll('li[part~="cluster"]').length,
        parts: [...new Set([...root.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)))].sort(),
        orientation: el.getAttribute('orientation'),
        empty: root.querySelector('[part~="empty"]') !== null,
        error: root.querySelector('[part~="error"]')?.textContent ?? '',
        background: getComputedStyle(root.querySelector('[part~="timeline"]')!).backgroundColor,
        // A title longer than two lines is cut there with an ellipsis, never drawn past its box.
        clipped: labels.some((label) => label.scrollHeight > label.clientHeight) && labels.every((label) => getComputedStyle(label).webkitLineClamp === '2' && getComputedStyle(label).overflow === 'hidden'),
      };
    });
    return { drawn, problems };
  } finally {
    await page.close();
  }
}

/** Relative luminance of an `rgb(...)` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((channel) => channel / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const EXPECTATIONS: Record<string, (drawn: Drawn) => void> = {
  'news-timeline--seed-article': (drawn) => expect(drawn.events).toBe(4),
  'news-timeline--from-text-attribute': (drawn) => expect(drawn.events).toBeGreaterThan(0),
  'news-timeline--thousand-dense-events': (drawn) => {
    expect(drawn.clusters).toBeGreaterThan(0);
    expect(drawn.events + drawn.clusters).toBeLessThan(200);
  },
  'news-timeline--no-events': (drawn) => expect(drawn.empty).toBe(true),
  'news-timeline--invalid-publication-date': (drawn) => expect(drawn.error).toContain('2022-02-30'),
  'news-timeline--dark-theme': (drawn) => {
    expect(drawn.events).toBe(4);
    expect(luminance(drawn.background)).toBeLessThan(0.2);
  },
  'news-timeline--vertical-360': (drawn) => {
    expect(drawn.orientation).toBe('vertical');
    expect(drawn.events).toBe(4);
  },
  'news-timeline--long-titles': (drawn) => expect(drawn.clipped).toBe(true),
  'news-timeline--period-bands': (drawn) => expect(drawn.parts).toContain('band'),
  'news-timeline--ranges': (drawn) => expect(drawn.parts).toContain('range'),
  'news-timeline--many-events-on-one-day': (drawn) => expect(drawn.clusters).toBeGreaterThan(0),
};

describe('the built Storybook', () => {
  it('has a story for each state that matters, and only those', () => {
    const index = JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, { type: string }> };
    const stories = Object.entries(index.entries).filter(([, entry]) => entry.type === 'story').map(([id]) => id);
    expect(stories.sort()).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  it.each(Object.keys(EXPECTATIONS))('draws %s with no error', async (id) => {
    const { drawn, problems } = await openStory(id);
    EXPECTATIONS[id]!(drawn);
    const expected = id === 'news-timeline--invalid-publication-date' ? [expect.stringMatching(/^console error: <news-timeline>: .*2022-02-30/)] : [];
    expect(problems).toEqual(expected);
  }, 30_000);
});

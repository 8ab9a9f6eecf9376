// Browser tests for <news-timeline>: headless Chromium from the system (never a downloaded build),
// TypeScript through esbuild, one test file at a time so viewport and media emulation never collide.
// Run through test/run-browser-tests.mjs, which finds or installs Chromium and repeats the suite per TZ.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { typescriptSources } from './demo/typescript-sources.mjs';
import { CHROMIUM_ARGS } from './test/ensure-chromium.mjs';

const SCREENSHOT_DIR = fileURLToPath(new URL('./test/screenshots/', import.meta.url));

/**
 * The zone Chromium runs in, always an explicit one: the runner's TZ (test/run-browser-tests.mjs sets
 * each of its zones), else UTC. Without it Chromium would take the machine's zone, which no test names.
 */
const TIME_ZONE = process.env.TZ || 'UTC';

/** A screenshot name as a safe file name: no path separators, no dot-dot, at most 100 characters. */
export function screenshotFileName(name) {
  const safe = String(name ?? '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 100);
  if (!safe) throw new Error(`save-screenshot: unusable name ${JSON.stringify(name)}`);
  return `${safe}.png`;
}

const SSR_RENDER = fileURLToPath(new URL('./test/ssr-render.mjs', import.meta.url));

async function renderOnServer(input) {
  const render = promisify(execFile)(process.execPath, [SSR_RENDER], { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  render.child.stdin.end(JSON.stringify(input));
  return JSON.parse((await render).stdout);
}

/**
 * Server-side commands the tests call with `executeServerCommand` from @web/test-runner-commands:
 * - `save-screenshot` `{ name }`: a full-page PNG at test/screenshots/<name>.png; returns its path.
 * - `runner-time-zone`: the TZ Chromium was started with (TIME_ZONE), so a test can prove the browser
 *   really runs in that zone; running the suite once per zone would prove nothing otherwise.
 * - `forced-colors` `{ active }`: emulates Windows high-contrast mode, which the built-in emulateMedia
 *   offers only for Playwright.
 * - `ssr-render` `{ published, text, article, events }`: the element's HTML for each input as a server
 *   renders it (test/ssr-render.mjs, in a Node process of its own: @lit-labs/ssr's globals stay out of
 *   this one), from dist/, which test/run-browser-tests.mjs keeps built.
 * The built-in commands (setViewport, emulateMedia, sendKeys, sendMouse ...) are added by web-test-runner itself.
 */
function newsTimelineCommands() {
  return {
    name: 'news-timeline-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'runner-time-zone') return TIME_ZONE;
      if (command === 'ssr-render') return renderOnServer(payload);
      if (command !== 'save-screenshot' && command !== 'forced-colors') return undefined; // not ours: let the next plugin answer
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${command} needs a puppeteer browser, not ${session.browser.type}`);
      }
      if (command === 'forced-colors') {
        await session.browser.getPage(session.id).emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
        return true;
      }
      const path = `${SCREENSHOT_DIR}${screenshotFileName(payload?.name)}`;
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const page = session.browser.getPage(session.id);
      await page.screenshot({ path, fullPage: true });
      return { path };
    },
  };
}

/**
 * Keeps the test server on loopback. @web/dev-server listens on every interface when its hostname is
 * localhost or 127.0.0.1 (it passes no host to listen()); before any browser connects, this moves the
 * socket to 127.0.0.1 on the same port.
 */
function loopbackOnly() {
  let listening;
  return {
    name: 'loopback-only',
    // `test-server-address`: the address the server listens on, for test/element/environment.test.ts.
    executeCommand({ command }) {
      return command === 'test-server-address' ? listening?.address() ?? null : undefined;
    },
    async serverStart({ server }) {
      listening = server;
      const { port } = server.address();
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
    },
  };
}

/** Pages under test/element/pages/ whose response carries a CSP, as a site that sends it would. */
const POLICIES = { '/test/element/pages/strict-style-csp.html': "style-src 'self'" };

/** Dev-server middleware: the `Content-Security-Policy` header of the pages in POLICIES. */
async function contentSecurityPolicy(context, next) {
  await next();
  const policy = POLICIES[context.path];
  if (policy) context.set('Content-Security-Policy', policy);
}

/**
 * Dev-server middleware: dist/ answers other origins as a CDN does (`Access-Control-Allow-Origin: *`),
 * so a test page can load the bundle from http://localhost:PORT while it runs at 127.0.0.1:PORT.
 */
async function distAsACdn(context, next) {
  await next();
  if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
}

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['test/element/**/*.test.ts', 'test/demo/**/*.test.ts'],
  hostname: '127.0.0.1',
  // lit's production build, as pages get it; test/run-browser-tests.mjs runs one zone on its development
  // build (LIT_BUILD=development), whose warnings a test file would otherwise print five times each.
  nodeResolve: { exportConditions: [process.env.LIT_BUILD === 'development' ? 'development' : 'production'] },
  middleware: [typescriptSources, contentSecurityPolicy, distAsACdn],
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_ARGS,
        env: { ...process.env, TZ: TIME_ZONE },
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), newsTimelineCommands(), loopbackOnly()],
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};

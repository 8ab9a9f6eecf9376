// Makes docs/seed-timeline.png, the README's picture: the demo page's seed timeline in headless
// Debian Chromium. Run with `npm run docs:screenshot`.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { typescriptSources } from '../demo/typescript-sources.mjs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../test/ensure-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const server = await startDevServer({
  config: { rootDir: root, port: 8765, nodeResolve: true,
    middleware: [typescriptSources], plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 960, height: 800, deviceScaleFactor: 1 });
  await page.goto(`http://localhost:${server.config.port}/demo/`, { waitUntil: 'networkidle0' });
  const timeline = await page.waitForSelector('news-timeline:not(#own)');
  // Select the first event, so the picture shows the card and the highlighted sentence too.
  await page.evaluate((el) => el.shadowRoot.querySelector('button[part~="event-button"]').click(), timeline);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await timeline.screenshot({ path: `${root}docs/seed-timeline.png`, clip: undefined });
  console.log('wrote docs/seed-timeline.png');
} finally {
  await browser.close();
  await server.stop();
}

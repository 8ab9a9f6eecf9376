// Makes docs/seed-timeline.png, the README's picture: the demo page's seed timeline in headless
// Debian Chromium. Run with `npm run docs:screenshot`.
import { startDemoServer } from '../demo/demo-server.mjs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../test/ensure-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const demo = await startDemoServer({ port: 0 });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 960, height: 800, deviceScaleFactor: 1 });
  await page.goto(demo.url, { waitUntil: 'networkidle0' });
  const timeline = await page.waitForSelector('news-timeline:not(#own)');
  // Select the first event, so the picture shows the card and the highlighted sentence too.
  await page.evaluate((el) => el.shadowRoot.querySelector('button[part~="event-button"]').click(), timeline);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await timeline.screenshot({ path: `${root}docs/seed-timeline.png`, clip: undefined });
  console.log('wrote docs/seed-timeline.png');
} finally {
  await browser.close();
  await demo.close();
}

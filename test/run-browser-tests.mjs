// Runs the browser suite (web-test-runner, headless Chromium) once per time zone, stopping at the
// first failure: the element formats dates for people, and a date that moves with the machine's zone
// is a bug that only a zone far from UTC (Kiritimati is UTC+14) shows. Extra arguments go to
// web-test-runner, e.g. `node test/run-browser-tests.mjs --files test/element/states.test.ts`.
// Ends with one plain "browser: N passed, N failed" line over all zones.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';
import { newestMtime } from './newest-mtime.mjs';
// The same zones as the Node suite.
import { TEST_ZONES as ZONES } from './test-zones.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// A run of chosen files still proves, per zone, that Chromium runs in it (web-test-runner takes more
// than one --files).
const ENVIRONMENT_TEST = 'test/element/environment.test.ts';
const args = process.argv.slice(2);
if (args.includes('--files') && !args.includes(ENVIRONMENT_TEST)) args.push('--files', ENVIRONMENT_TEST);
const chromePath = ensureChromium();
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

/**
 * Runs web-test-runner under one zone, echoing its output; resolves to its exit code and last tally.
 * TZ is always set, to the zone: web-test-runner.config.mjs starts Chromium with it. `litBuild` picks
 * lit's development or production build (LIT_BUILD, read by the config).
 */
function runZone(zone, litBuild) {
  return new Promise((resolve) => {
    const child = spawn(
      'npx',
      ['--no', '--', 'web-test-runner', '--config', 'web-test-runner.config.mjs', ...args],
      { cwd: root, stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, TZ: zone, CHROME_PATH: chromePath, LIT_BUILD: litBuild } },
    );
    let tail = '';
    let tally = { passed: 0, failed: 0 };
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
      const counts = [...tail.replace(ANSI, '').matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
      if (counts) tally = { passed: Number(counts[1]), failed: Number(counts[2]) };
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), tally }));
  });
}

// test/element/bundle.test.ts loads the shipped single-file build: made here when it is missing or
// older than the sources (npm test has just built it).
const bundle = join(root, 'dist', 'news-timeline.bundle.js');
if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'rollup.config.js')))) {
  console.log('building dist/ for the bundle test');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const total = { passed: 0, failed: 0 };
let status = 0;
for (const [index, zone] of ZONES.entries()) {
  // The first zone runs on lit's development build, whose checks and warnings catch misuse of lit; the
  // others on the production build that pages get.
  const litBuild = index === 0 ? 'development' : 'production';
  console.log(`\n== web-test-runner under TZ=${zone} (lit ${litBuild} build)`);
  const { code, tally } = await runZone(zone, litBuild);
  total.passed += tally.passed;
  total.failed += tally.failed;
  if (code !== 0) {
    console.error(`Browser tests failed under TZ=${zone}`);
    status = code;
    break;
  }
}
console.log(`\nbrowser: ${total.passed} passed, ${total.failed} failed`);
process.exit(status);

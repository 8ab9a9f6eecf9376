// Runs the Node test suite once per time zone: a date that moves with the machine's zone is a bug,
// and only running under zones on both sides of UTC (and across the date line) shows it.
import { spawnSync } from 'node:child_process';
import { TEST_ZONES as ZONES } from './test-zones.mjs';

// Packaging and size checks (test/ship) do not depend on the zone: they run under the first one only.
for (const [index, zone] of ZONES.entries()) {
  console.log(`\n== vitest under TZ=${zone}`);
  const only = index === 0 ? [] : ['--exclude', 'test/ship/**'];
  const run = spawnSync('npx', ['vitest', 'run', ...only, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) {
    console.error(`Tests failed under TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
}

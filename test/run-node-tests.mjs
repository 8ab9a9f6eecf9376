// Runs the Node test suite once per time zone: a date that moves with the machine's zone is a bug,
// and only running under zones on both sides of UTC (and across the date line) shows it.
import { spawnSync } from 'node:child_process';

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

for (const zone of ZONES) {
  console.log(`\n== vitest under TZ=${zone}`);
  const run = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) {
    console.error(`Tests failed under TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
}

// The CLI loads the parser, chrono-node inside, only to extract: `--help`, `--version` and usage errors
// answer without it (they took 0.3 s, most of it loading chrono-node). Seen through a module-resolution
// hook that names each chrono-node module the process loads.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, ensureBuilt } from './build.js';

const HOOKS = `
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (resolved.url.includes('/node_modules/chrono-node/')) process._rawDebug('loaded chrono-node');
  return resolved;
}`;
const REGISTER = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`)}`;

function loadsChrono(args: string[]): boolean {
  const run = spawnSync(process.execPath, ['--import', REGISTER, CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return run.stderr.includes('loaded chrono-node');
}

beforeAll(ensureBuilt, 120_000);

describe('news-timeline start-up', () => {
  it('answers --help, --version and a usage error without loading chrono-node', () => {
    expect(loadsChrono(['--help'])).toBe(false);
    expect(loadsChrono(['--version'])).toBe(false);
    expect(loadsChrono(['extract', '--published', 'yesterday'])).toBe(false);
  });

  it('loads it to extract (the hook sees it)', () => {
    expect(loadsChrono(['extract', join(ROOT, 'test/fixtures/russia-troops-2022-02-16.txt'), '--published', '2022-02-16'])).toBe(true);
  });
});

// The CLI loads the parser, chrono-node inside, only to extract: `--help`, `--version` and usage errors
// answer without it (they took 0.3 s, most of it loading chrono-node); and the language detector only for
// `--lang auto`. Seen through a module-resolution hook that names each such package the process loads.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, ensureBuilt } from './build.js';

const HOOKS = `
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  for (const name of ['chrono-node', 'franc-min']) if (resolved.url.includes('/node_modules/' + name + '/')) process._rawDebug('loaded ' + name);
  return resolved;
}`;
const REGISTER = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`)}`;

function loads(name: 'chrono-node' | 'franc-min', args: string[]): boolean {
  const run = spawnSync(process.execPath, ['--import', REGISTER, CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return run.stderr.includes(`loaded ${name}`);
}

const loadsChrono = (args: string[]) => loads('chrono-node', args);
const ARTICLE = join(ROOT, 'test/fixtures/russia-troops-2022-02-16.txt');

beforeAll(ensureBuilt, 120_000);

describe('news-timeline start-up', () => {
  it('answers --help, --version and a usage error without loading chrono-node', () => {
    expect(loadsChrono(['--help'])).toBe(false);
    expect(loadsChrono(['--version'])).toBe(false);
    expect(loadsChrono(['extract', '--published', 'yesterday'])).toBe(false);
  });

  it('loads it to extract (the hook sees it)', () => {
    expect(loadsChrono(['extract', ARTICLE, '--published', '2022-02-16'])).toBe(true);
  });

  it('loads the language detector for --lang auto only', () => {
    expect(loads('franc-min', ['extract', ARTICLE, '--published', '2022-02-16'])).toBe(false);
    expect(loads('franc-min', ['extract', ARTICLE, '--published', '2022-02-16', '--lang', 'es'])).toBe(false);
    expect(loads('franc-min', ['extract', ARTICLE, '--published', '2022-02-16', '--lang', 'auto'])).toBe(true);
  });
});

// Shared by the end-to-end tests: they spawn the built CLI, so dist/ must be at least as new as src/.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestMtime } from '../newest-mtime.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

/**
 * `npm test` builds before testing; a bare `npx vitest run` may not have, or may follow an edit, and
 * spawning a stale dist/ would test old code. Builds only then, so the usual run pays nothing.
 */
export function ensureBuilt(): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const output = error instanceof Error && 'stdout' in error ? String(error.stdout) : String(error);
    throw new Error(`build failed, so the CLI cannot be tested:\n${output}`);
  }
}

export const BUNDLE = join(ROOT, 'dist', 'news-timeline.bundle.js');

/**
 * What rollup.config.js makes: the single-file bundle (`--format html` inlines it, the package ships it)
 * and its worker, made again when the tsc output they bundle is newer. Each is written whole and then
 * renamed, so that a test file reading it meanwhile never sees half a file.
 */
export async function ensureBundle(): Promise<void> {
  ensureBuilt();
  const { rollup } = await import('rollup');
  const { default: configs } = await import('../../rollup.config.js');
  const sources = Math.max(...['element', 'parser', 'layout'].map((folder) => newestMtime(join(ROOT, 'dist', folder))), statSync(join(ROOT, 'rollup.config.js')).mtimeMs);
  for (const config of configs) {
    const file = join(ROOT, config.output.file);
    if (existsSync(file) && statSync(file).mtimeMs >= sources) continue;
    const build = await rollup({ ...config, input: join(ROOT, config.input), onwarn: () => {} });
    try {
      const { output } = await build.generate({ ...config.output, file });
      const [chunk] = output;
      const temporary = `${file}.${process.pid}.tmp`;
      if (chunk.map) {
        writeFileSync(`${temporary}.map`, chunk.map.toString());
        renameSync(`${temporary}.map`, `${file}.map`);
      }
      writeFileSync(temporary, chunk.code);
      renameSync(temporary, file);
    } finally {
      await build.close();
    }
  }
}

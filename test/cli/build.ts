// Shared by the end-to-end tests: they spawn the built CLI, so dist/ must be at least as new as src/.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
 * What rollup.config.js makes: the bundle (`--format html` inlines it, the package ships it), its parser
 * chunk and its worker, made again when the tsc output they bundle is newer. Each file is written whole
 * and then renamed, so that a test file reading it meanwhile never sees half a file.
 */
export async function ensureBundle(): Promise<void> {
  ensureBuilt();
  const { rollup } = await import('rollup');
  const { default: configs } = await import('../../rollup.config.js');
  const sources = Math.max(...['element', 'parser', 'layout'].map((folder) => newestMtime(join(ROOT, 'dist', folder))), statSync(join(ROOT, 'rollup.config.js')).mtimeMs);
  for (const config of configs) {
    const { file, dir, entryFileNames } = config.output;
    const entry = join(ROOT, file ?? join(dir, entryFileNames));
    if (existsSync(entry) && statSync(entry).mtimeMs >= sources) continue;
    const build = await rollup({ ...config, input: join(ROOT, config.input), onwarn: () => {} });
    try {
      const { output } = await build.generate(file ? { ...config.output, file: entry } : { ...config.output, dir: join(ROOT, dir) });
      // The entry last: its time stamp says the whole build is fresh.
      for (const chunk of output.filter((item) => item.type === 'chunk').reverse()) {
        const target = join(dirname(entry), chunk.fileName);
        const temporary = `${target}.${process.pid}.tmp`;
        if (chunk.map) {
          writeFileSync(`${temporary}.map`, chunk.map.toString());
          renameSync(`${temporary}.map`, `${target}.map`);
        }
        writeFileSync(temporary, chunk.code);
        renameSync(temporary, target);
      }
    } finally {
      await build.close();
    }
  }
}

// Dev-server middleware: a request for src/**/x.js with only x.ts on disk is served from x.ts (the
// esbuild plugin then compiles it). Imports get this from the plugin already; URLs built at run time,
// like the element's `new Worker(new URL('../extract-worker.js', import.meta.url))`, need it too.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function typescriptSources(context, next) {
  if (context.path.startsWith('/src/') && context.path.endsWith('.js')) {
    const typescript = context.path.replace(/\.js$/, '.ts');
    if (!existsSync(`${root}${context.path.slice(1)}`) && existsSync(`${root}${typescript.slice(1)}`)) {
      context.url = context.url.replace(context.path, typescript);
    }
  }
  return next();
}

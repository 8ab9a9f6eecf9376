import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../src/parser/', import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

describe('news-timeline/parser', () => {
  it('imports nothing of the element, lit, d3 or the DOM', () => {
    const offenders = sources(root).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)]
        .map((match) => match[1]!)
        .filter((specifier) => /^(?:lit|d3-|\.\.\/(?:\.\.\/)?element)/.test(specifier) || specifier.includes('/element/'))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(offenders).toEqual([]);
    const domGlobals = sources(root).filter((file) => /\b(?:document|window|HTMLElement|customElements)\b/.test(readFileSync(file, 'utf8')));
    expect(domGlobals).toEqual([]);
  });
});

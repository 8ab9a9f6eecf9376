// dist/news-timeline.bundle.js: what a page loads with <script type="module" src>, no bundler, no import
// map, so it must import nothing but its parser chunk beside it, and carry lit's production build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, ensureBundle } from '../cli/build.js';

// Import statements and calls; the parser's word lists hold "from" as a string, which is not one.
const IMPORTS = /\b(?:import|export)\s*(?:\{[^}]*\}|\*(?:\s*as\s*\w+)?|\w+)\s*from\s*["'`][^"'`]*["'`]|\bimport\s*\([^)]*\)|\bimport\s*["'`][^"'`]*["'`]/g;
let code = '';
let chunk = '';

beforeAll(async () => {
  await ensureBundle();
  code = readFileSync(BUNDLE, 'utf8');
  chunk = readFileSync(BUNDLE.replace('bundle.js', 'parser.js'), 'utf8');
}, 120_000);

describe('news-timeline.bundle.js', () => {
  it('imports only its parser chunk, on demand: lit and d3 are inside, chrono-node in the chunk', () => {
    expect(code.match(IMPORTS)).toEqual(['import("./news-timeline.parser.js")']);
    expect(code).toMatch(/customElements\.define\(\s*["']news-timeline["']/);
    // What the parser shares with the element (the calendar, the publication date) it takes from the bundle;
    // each language's grammar it loads on demand, from a chunk beside it.
    expect(chunk.match(IMPORTS)).toEqual([
      expect.stringMatching(/^import\{[^}]+\}from"\.\/news-timeline\.bundle\.js"$/),
      ...['es', 'fr', 'it', 'pt', 'de'].map((lang) => `import("./news-timeline.lang-${lang}.js")`),
    ]);
  });

  it('has a worker that loads each language but English on demand, from chunks of its own', () => {
    const worker = readFileSync(BUNDLE.replace('bundle.js', 'worker.js'), 'utf8');
    expect(worker.match(IMPORTS)).toEqual(['es', 'fr', 'it', 'pt', 'de'].map((lang) => `import("./news-timeline.worker-${lang}.js")`));
    for (const lang of ['es', 'fr', 'it', 'pt', 'de']) {
      expect(readFileSync(BUNDLE.replace('bundle.js', `worker-${lang}.js`), 'utf8'), lang).toMatch(/from"\.\/news-timeline\.worker\.js"/);
    }
  });

  it("carries lit's production build, not its dev mode", () => {
    expect(code).not.toContain('Lit is in dev mode');
    expect(code).not.toContain('litIssuedWarnings');
  });

  it('is minified, with a source map beside it that holds the sources', () => {
    // Long lines (only template literals keep their line breaks), and no comments but license notices.
    const longLines = code.split('\n').filter((line) => line.length > 500);
    expect(longLines.join('').length / code.length).toBeGreaterThan(0.8);
    expect((code.match(/\/\*\*[\s\S]*?\*\//g) ?? []).filter((comment) => !comment.includes('@license'))).toEqual([]);
    expect(code).toContain('@license');
    expect(code.trimEnd().endsWith('//# sourceMappingURL=news-timeline.bundle.js.map')).toBe(true);
    const map = JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8')) as { sources: string[]; sourcesContent?: unknown[] };
    expect(map.sources).toContain('element/define.js');
    expect(map.sourcesContent).toHaveLength(map.sources.length);
  });

  it('names THIRD-PARTY-NOTICES.txt in each file, which holds the licence of every package bundled', () => {
    const worker = readFileSync(BUNDLE.replace('bundle.js', 'worker.js'), 'utf8');
    for (const file of [code, chunk, worker]) expect(file.split('\n')[0]).toMatch(/^\/\*!.*THIRD-PARTY-NOTICES\.txt.*\*\/$/);
    const notices = readFileSync(join(BUNDLE, '..', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    const listed = [...notices.matchAll(/^(\S+) \d+\.\d+\.\d+ \((.+)\)$/gm)].map(([, name, license]) => `${name} ${license}`);
    expect(listed).toEqual(expect.arrayContaining(['chrono-node MIT', 'd3-zoom ISC', 'd3-selection ISC', 'd3-time ISC', 'lit-html BSD-3-Clause']));
    // Only what is bundled: tree-shaking and the transition stand-in leave these out.
    expect(listed.map((entry) => entry.split(' ')[0])).not.toContain('d3-color');
    expect(listed.map((entry) => entry.split(' ')[0])).not.toContain('d3-transition');
    expect(notices).toContain('Permission to use, copy, modify, and/or distribute this software');
    expect(notices).toContain('Permission is hereby granted, free of charge');
  });
});

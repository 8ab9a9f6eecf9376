// dist/news-timeline.bundle.js: one file a page loads with <script type="module" src>, no bundler, no
// import map, so it must import nothing and carry lit's production build.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, ensureBundle } from '../cli/build.js';

let code = '';

beforeAll(async () => {
  await ensureBundle();
  code = readFileSync(BUNDLE, 'utf8');
}, 120_000);

describe('news-timeline.bundle.js', () => {
  it('imports nothing: lit, d3 and chrono-node are inside', () => {
    expect(code.match(/\bfrom\s*["'`][^"'`]*["'`]|\bimport\s*\(|\bimport\s*["'`]/g)).toBeNull();
    expect(code).toMatch(/customElements\.define\(\s*["']news-timeline["']/);
  });

  it("carries lit's production build, not its dev mode", () => {
    expect(code).not.toContain('Lit is in dev mode');
    expect(code).not.toContain('litIssuedWarnings');
  });

  it('is minified, with a source map beside it that holds the sources', () => {
    // Long lines (only template literals keep their line breaks), and no comments but license notices.
    expect(code.length / code.split('\n').length).toBeGreaterThan(500);
    expect((code.match(/\/\*\*[\s\S]*?\*\//g) ?? []).filter((comment) => !comment.includes('@license'))).toEqual([]);
    expect(code).toContain('@license');
    expect(code.trimEnd().endsWith('//# sourceMappingURL=news-timeline.bundle.js.map')).toBe(true);
    const map = JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8')) as { sources: string[]; sourcesContent?: unknown[] };
    expect(map.sources).toContain('element/define.js');
    expect(map.sourcesContent).toHaveLength(map.sources.length);
  });
});

// `--format html`: one standalone page. What is checked here is what keeps the page safe and complete
// whatever the article holds; test/cli/html-page.test.ts opens it in Chromium and uses it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_ID, formatHtml, scriptSafeJson } from '../../src/cli/html-output.js';
import { extractEvents } from '../../src/parser/index.js';
import { BUNDLE, CLI, ROOT, ensureBundle } from './build.js';

const PUBLISHED = '2022-02-16';

/** Article text written to break out of every context the page puts it in. */
const HOSTILE = [
  'Evil headline </script><script>window.pwned = 1</script> <!-- <script>',
  'The council said on Tuesday that it would vote </SCRIPT ><img src=x onerror="window.pwned = 2"> on the plan.',
  '"Quotes" & \'apostrophes\' and `backticks` ${x} \\u003c/script> were used last week, officials said.',
  '',
  '   ',
  'Line with <b>markup</b>, &amp; entities, \u2028 a line separator and </p></article></news-timeline> from Feb. 3, 2022.',
].join('\r\n');

/** A stand-in for the bundle with what terser would never leave in it, to see the page cope anyway. */
const FAKE_BUNDLE = 'const a = "</script>", b = \'<!--\', c = `</SCRIPT `;\nexport { a, b, c };\n//# sourceMappingURL=news-timeline.bundle.js.map\n';

interface Script {
  attributes: string;
  content: string;
}

/**
 * The page's scripts as an HTML parser sees them: script data runs to the first `</script` followed by
 * whitespace, `/` or `>`, in any case. (`<!--` in script data changes that rule, so the tests also check
 * that no script holds one.)
 */
function scriptsOf(page: string): Script[] {
  return [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script[\t\n\f\r />]/gi)].map((match) => ({ attributes: match[1]!, content: match[2]! }));
}

/** The page with script contents taken out: what remains is markup and text. */
function markupOf(page: string): string {
  return page.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script[\t\n\f\r />])/gi, '$1$2');
}

function unescapeText(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function expectSafePage(page: string, text: string): void {
  const scripts = scriptsOf(page);
  expect(scripts.map((script) => script.attributes.trim())).toEqual([`type="application/json" id="${EVENTS_ID}"`, 'type="module"']);
  // Exactly the two scripts' own end tags, and no comment opening that could move them.
  expect(page.match(/<\/script/gi)).toHaveLength(2);
  for (const script of scripts) expect(script.content).not.toMatch(/<!--/);

  // The article added no element: only the page's own tags remain outside the scripts.
  const tags = new Set([...markupOf(page).matchAll(/<\/?([a-z][\w-]*)/gi)].map((match) => match[1]!.toLowerCase()));
  expect([...tags].sort()).toEqual(['article', 'body', 'head', 'html', 'link', 'meta', 'news-timeline', 'p', 'script', 'style', 'title']);

  // Every non-blank line is one paragraph, reading as the line itself.
  const paragraphs = [...markupOf(page).matchAll(/<p>([^<]*)<\/p>/g)].map((match) => unescapeText(match[1]!));
  expect(paragraphs).toEqual(text.split(/\r\n?|\n/).filter((line) => line.trim() !== ''));

  // The JSON round-trips to what --format json prints.
  const data: unknown = JSON.parse(scripts[0]!.content);
  expect(data).toEqual({ published: PUBLISHED, events: JSON.parse(JSON.stringify(extractEvents(text, { published: PUBLISHED }))) });

  // The policy lets the module script run, and nothing else.
  const hash = createHash('sha256').update(scripts[1]!.content, 'utf8').digest('base64');
  expect(page).toContain(`script-src 'sha256-${hash}';`);
}

describe('formatHtml', () => {
  const events = extractEvents(HOSTILE, { published: PUBLISHED });
  const page = formatHtml({ published: PUBLISHED, events, text: HOSTILE, bundle: FAKE_BUNDLE });

  it('finds events in the hostile article (else the JSON checks would prove little)', () => {
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.some((event) => event.sentence.text.includes('</SCRIPT >'))).toBe(true);
  });

  it('keeps the article, the JSON and a bundle full of end tags inside their elements', () => {
    expectSafePage(page, HOSTILE);
  });

  it('inlines the bundle without its source map comment, then hands the element the events', () => {
    const module = scriptsOf(page)[1]!.content;
    expect(module).toContain('const a = "<\\/script>", b = \'<\\!--\', c = `<\\/SCRIPT `;');
    expect(module).not.toContain('sourceMappingURL');
    expect(module.trimEnd().endsWith(`.textContent).events;`)).toBe(true);
  });

  it('sets the published attribute and a title from the first line, escaped', () => {
    expect(page).toContain(`<news-timeline published="${PUBLISHED}">`);
    expect(page).toContain('<title>Evil headline &lt;/script&gt;&lt;script&gt;window.pwned = 1&lt;/script&gt; &lt;!-- &lt;script&gt;</title>');
  });

  it('loads nothing from the network', () => {
    expect(page).not.toMatch(/\b(?:src|href)="(?!data:)/);
  });
});

describe('scriptSafeJson', () => {
  it('escapes what could end a script or start a comment, and stays the same JSON', () => {
    const value = { text: '</script><!-- & > \u2028\u2029 "quoted" \\ \ud83d\ude00' };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('news-timeline extract --format html', () => {
  beforeAll(ensureBundle, 120_000);

  function cli(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
    return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  }

  it('writes one page with the shipped bundle inline, safe against the article', () => {
    const result = cli(['extract', '-', '--published', PUBLISHED, '--format', 'html'], HOSTILE);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectSafePage(result.stdout, HOSTILE);
    const bundle = readFileSync(BUNDLE, 'utf8').replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '');
    expect(scriptsOf(result.stdout)[1]!.content.startsWith(bundle)).toBe(true);
  });

  it('does the same for the seed article, with the date from --published', () => {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'russia-troops-2022-02-16.txt'), 'utf8');
    const result = cli(['extract', join(ROOT, 'test', 'fixtures', 'russia-troops-2022-02-16.txt'), '--published', PUBLISHED, '--format=html']);
    expect(result.status).toBe(0);
    expectSafePage(result.stdout, text);
  });
});

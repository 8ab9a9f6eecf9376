/**
 * `--format html`: one standalone page that opens offline: the article, its events as JSON and the
 * `<news-timeline>` element from the single-file bundle, all inline.
 *
 * Nothing from the article can end a script or add markup: the article is escaped text in `<p>` elements,
 * the JSON escapes `<`, `>` and `&` as `\u003c`-style escapes (still the same JSON), and a
 * Content-Security-Policy allows only the page's own module script, by hash, as a second line of defence.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TimelineEvent } from '../model/types.js';

export interface HtmlPage {
  /** 'YYYY-MM-DD'. */
  published: string;
  events: readonly TimelineEvent[];
  /** The article as read; each non-blank line becomes a paragraph. */
  text: string;
  /**
   * A story's articles instead of `text`, each shown as an `<article>` under its outlet and day; `events`
   * are then the story's, with their sources.
   */
  articles?: ReadonlyArray<{ id: string; text: string; published: string; source?: string; url?: string }>;
  /** Source of dist/news-timeline.bundle.js. */
  bundle: string;
}

/** The id of the JSON data block; it holds `{ published, events }`, as `--format json` prints them. */
export const EVENTS_ID = 'news-timeline-events';

// rollup writes it from dist/element/define.js; from dist/cli it is one folder up.
const BUNDLE_URL = new URL('../news-timeline.bundle.js', import.meta.url);

/** The single-file bundle shipped beside the CLI. Throws an Error naming the file when it is missing. */
export function readBrowserBundle(): string {
  try {
    return readFileSync(BUNDLE_URL, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it is missing (npm run build makes it)' : String(error);
    throw new Error(`cannot read the element bundle ${fileURLToPath(BUNDLE_URL)}: ${reason}`);
  }
}

/** Code points of the article's first line the page's title keeps. */
const TITLE_LENGTH = 120;

/** The whole page, ending in a newline. */
export function formatHtml({ published, events, text, bundle, articles }: HtmlPage): string {
  const script = `${inlineScript(bundle)}\n${startScript()}`;
  const lines = linesOf(articles?.[0]?.text ?? text);
  // Counted in code points, so that cutting never splits a character. A code point is at most two code
  // units: splitting only the first 240 keeps a first line of megabytes from becoming an array as long.
  const title = Array.from((lines[0]?.trim() ?? 'Timeline').slice(0, 2 * TITLE_LENGTH)).slice(0, TITLE_LENGTH).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src '${sha256(script)}'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeText(title)}</title>
<link rel="icon" href="data:,">
<style>body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }</style>
</head>
<body>
<news-timeline published="${escapeAttribute(published)}">
${articles ? articles.map(storyArticle).join('\n') : `<article>\n${paragraphs(lines)}\n</article>`}
</news-timeline>
<script type="application/json" id="${EVENTS_ID}">${scriptSafeJson(articles ? { articles: articles.map(({ id, published: day }) => ({ id, published: day })), events } : { published, events })}</script>
<script type="module">${script}</script>
</body>
</html>
`;
}

const linesOf = (text: string) => text.split(/\r\n?|\n/).filter((line) => line.trim() !== '');
const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${escapeText(line)}</p>`).join('\n');

/** One article of a story, under its outlet (its id without one) and day; a web link only for http and https. */
function storyArticle({ id, text, published, source, url }: NonNullable<HtmlPage['articles']>[number]): string {
  const web = url !== undefined && /^https?:\/\//i.test(url);
  const name = escapeText(source ?? id);
  const heading = web ? `<a href="${escapeAttribute(url)}" rel="noopener noreferrer">${name}</a>` : name;
  return `<article data-published="${escapeAttribute(published)}">\n<h2>${heading}, ${escapeText(published)}</h2>\n${paragraphs(linesOf(text))}\n</article>`;
}

/**
 * Runs after the bundle in the same module script, before the element's first update, so it draws the
 * CLI's events rather than parsing the article again.
 */
function startScript(): string {
  return `document.querySelector('news-timeline').events = JSON.parse(document.getElementById('${EVENTS_ID}').textContent).events;`;
}

/**
 * The bundle as the body of an inline script. Its source map is not beside the page, so its comment goes.
 * terser already writes `</script` and `<!--` in strings as escapes; should either appear, `<\/script`
 * and `<\!--` mean the same in every string, template and regular expression literal, the only places
 * valid module code can hold them.
 */
function inlineScript(bundle: string): string {
  return bundle.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '').replace(/<(\/script|!--)/gi, '<\\$1');
}

/** JSON that can sit in a `<script>`: nothing in it can close the element or open a comment. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function sha256(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/**
 * A saved or fetched news page -> the article's text and its publication date, for the CLI and Node (never
 * the browser bundle: the element already has a DOM). linkedom parses the page and Mozilla's Readability
 * (Firefox's reader view) finds the article body, so navigation, promos, related links, comments and
 * footers give no events. The date comes from the page's own metadata: `article:published_time`, then
 * JSON-LD `datePublished`, then the article's `<time datetime>`.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readArticle } from './article-text.js';
import { metaPublished, timePublished } from './stated-publication.js';

export interface ReadPage {
  /** The article as the parser should read it: its headline, then a line per paragraph. */
  text: string;
  /** The publication date-time as the page gives it (ISO 8601), when it gives one. */
  published?: string;
  title?: string;
  /** The page's language as its `<html lang>` (or `xml:lang`) states it, a BCP 47 tag, when it states one. */
  lang?: string;
}

// Bylines and datelines name the author and the publication, not events.
const NOT_ARTICLE = '[class*="byline" i], [class*="dateline" i], [rel="author"], [itemprop="author"], [class*="share" i], [class*="newsletter" i]';

/** `datePublished` of the first JSON-LD object that has one, looking into `@graph` lists. */
function jsonLdPublished(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const pending = [data];
    while (pending.length > 0) {
      const item = pending.shift();
      if (Array.isArray(item)) pending.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (typeof record.datePublished === 'string') return record.datePublished;
        if (record['@graph']) pending.push(record['@graph']);
      }
    }
  }
  return undefined;
}

function publishedOf(document: Document): string | undefined {
  const article = document.querySelector('article') ?? document.querySelector('main');
  return metaPublished(document) ?? jsonLdPublished(document) ?? (article && timePublished(article)) ?? timePublished(document);
}

/** Reads a news page. A page with no article body Readability can find gives the text of its `<body>`. */
export function readPage(html: string): ReadPage {
  // linkedom builds no document from a fragment ("<p>...") or nothing: a page is made around it.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const published = publishedOf(document);
  const root = document.documentElement;
  const lang = (root?.getAttribute('lang') || root?.getAttribute('xml:lang'))?.trim() || undefined;
  for (const element of document.querySelectorAll(NOT_ARTICLE)) element.remove();
  // Readability changes the document it reads: it gets its own.
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(parseHTML(document.toString()).document).parse();
  } catch {
    // A page Readability cannot take (no document element) is read whole.
  }
  const title = article?.title?.trim() || document.querySelector('h1')?.textContent?.trim() || undefined;
  const body = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body : document.body;
  const lines = readArticle(body).text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
  // The headline, unless the body opens with it already.
  if (title && lines[0] !== title) lines.unshift(title);
  return { text: `${lines.join('\n')}\n`, ...(published ? { published } : {}), ...(title ? { title } : {}), ...(lang ? { lang } : {}) };
}

/**
 * The publication date a page states about itself, read from its DOM: the `article:published_time` meta
 * tag (Open Graph) and a `<time datetime>`. Shared by the element (its light-DOM article in a page) and
 * read-page.ts (a page the CLI reads); neither depends on a parser.
 */

/** The page's `article:published_time`, as written. */
export function metaPublished(document: Document): string | undefined {
  return document.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]')?.getAttribute('content')?.trim() || undefined;
}

/** The `datetime` of the first `<time>` inside `root` (or `root` itself), as written. */
export function timePublished(root: Element | Document): string | undefined {
  const time = 'matches' in root && root.matches('time[datetime]') ? root : root.querySelector('time[datetime]');
  return time?.getAttribute('datetime')?.trim() || undefined;
}

/** For an element without `published`: its article's `<time datetime>`, else the page's meta tag. */
export function statedPublication(article: Element): string | undefined {
  return timePublished(article) ?? metaPublished(article.ownerDocument);
}

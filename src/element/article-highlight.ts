/**
 * Marks sentences of the light-DOM article with the CSS Custom Highlight API: the article's DOM is never
 * touched (no wrapping elements, no markup), and text stays text. The highlight colours live in one
 * document-level stylesheet, since ::highlight() styles the page's own text.
 */
import type { ArticleText } from '../html/article-text.js';

export const SELECTED_HIGHLIGHT = 'news-timeline-sentence';
export const EVENT_HIGHLIGHT = 'news-timeline-event-sentences';

let sheetAdopted = false;

function adoptSheet(): void {
  if (sheetAdopted || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    ::highlight(${EVENT_HIGHLIGHT}) { text-decoration: underline dotted; text-underline-offset: 0.2em; }
    ::highlight(${SELECTED_HIGHLIGHT}) { background-color: #fde68a; color: #111827; }
    @media (prefers-color-scheme: dark) { ::highlight(${SELECTED_HIGHLIGHT}) { background-color: #854d0e; color: #f9fafb; } }
    @media (forced-colors: active) { ::highlight(${SELECTED_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; } }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  sheetAdopted = true;
}

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

export function rangeOf(article: ArticleText, start: number, end: number): Range | undefined {
  const from = article.locate(start);
  const to = article.locate(end);
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Underlines every sentence that states an event and marks the selected one; undefined clears. */
export function highlightSentences(ranges: Range[], selected: Range | undefined): void {
  if (!supported()) return;
  adoptSheet();
  // High-contrast mode paints every custom highlight in system colours: only the selection is marked then.
  const forced = matchMedia('(forced-colors: active)').matches;
  if (ranges.length > 0 && !forced) {
    // Added one by one: `new Highlight(...ranges)` overflows the stack for an article of many dated sentences.
    const highlight = new Highlight();
    for (const range of ranges) highlight.add(range);
    CSS.highlights.set(EVENT_HIGHLIGHT, highlight);
  } else CSS.highlights.delete(EVENT_HIGHLIGHT);
  if (selected) CSS.highlights.set(SELECTED_HIGHLIGHT, new Highlight(selected));
  else CSS.highlights.delete(SELECTED_HIGHLIGHT);
}

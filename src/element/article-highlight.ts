/**
 * Marks sentences of the light-DOM article with the CSS Custom Highlight API: the article's DOM is never
 * touched (no wrapping elements, no markup), and text stays text. The highlight colours live in one
 * document-level stylesheet, since ::highlight() styles the page's own text; each element has highlight
 * names and rules of its own there.
 */
import type { ArticleText } from '../html/article-text.js';

/** The prefixes of each element's highlight names: `news-timeline-sentence-3` is the third element's. */
export const SELECTED_HIGHLIGHT = 'news-timeline-sentence';
export const EVENT_HIGHLIGHT = 'news-timeline-event-sentences';

let sheet: CSSStyleSheet | undefined;

/** The highlight rules of one element's names, in the one document-level sheet they share. */
function rulesFor(events: string, selected: string): string[] {
  return [
    `::highlight(${events}) { text-decoration: underline dotted; text-underline-offset: 0.2em; }`,
    `::highlight(${selected}) { background-color: #fde68a; color: #111827; }`,
    `@media (prefers-color-scheme: dark) { ::highlight(${selected}) { background-color: #854d0e; color: #f9fafb; } }`,
    `@media (forced-colors: active) { ::highlight(${selected}) { background-color: Highlight; color: HighlightText; } }`,
  ];
}

function sharedSheet(): CSSStyleSheet | undefined {
  if (sheet || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return sheet;
  sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
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

let instances = 0;

/**
 * One element's highlights, under names of its own: two timelines on a page each mark their own
 * article's sentences, and one leaving the page clears only its own.
 */
export class ArticleHighlights {
  readonly events = `${EVENT_HIGHLIGHT}-${++instances}`;
  readonly selected = `${SELECTED_HIGHLIGHT}-${instances}`;
  private rules: CSSRule[] = [];

  /** Underlines every sentence that states an event and marks the selected one. */
  show(ranges: Range[], selected: Range | undefined): void {
    if (!supported()) return;
    this.addRules();
    // High-contrast mode paints every custom highlight in system colours: only the selection is marked then.
    const forced = matchMedia('(forced-colors: active)').matches;
    if (ranges.length > 0 && !forced) {
      // Added one by one: `new Highlight(...ranges)` overflows the stack for an article of many dated sentences.
      const highlight = new Highlight();
      for (const range of ranges) highlight.add(range);
      CSS.highlights.set(this.events, highlight);
    } else CSS.highlights.delete(this.events);
    if (selected) CSS.highlights.set(this.selected, new Highlight(selected));
    else CSS.highlights.delete(this.selected);
  }

  /** Removes this element's highlights and their rules. */
  clear(): void {
    if (!supported()) return;
    CSS.highlights.delete(this.events);
    CSS.highlights.delete(this.selected);
    const shared = sharedSheet();
    for (const rule of this.rules) {
      const index = shared ? [...shared.cssRules].indexOf(rule) : -1;
      if (index >= 0) shared!.deleteRule(index);
    }
    this.rules = [];
  }

  private addRules(): void {
    const shared = sharedSheet();
    if (!shared || this.rules.length > 0) return;
    for (const rule of rulesFor(this.events, this.selected)) this.rules.push(shared.cssRules[shared.insertRule(rule, shared.cssRules.length)]!);
  }
}

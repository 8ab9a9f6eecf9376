// The article's sentences are marked with the CSS Custom Highlight API, under names of each element's
// own: two timelines on a page mark their own sentences, and one leaving clears only its own. An article
// can state far more events than a function call has room for arguments, so the ranges must never be
// spread into one.
import { expect, fixture, html } from '@open-wc/testing';
import { ArticleHighlights, EVENT_HIGHLIGHT, SELECTED_HIGHLIGHT } from '../../src/element/article-highlight.js';
import { settle, type NewsTimeline } from './helpers.js';

function rangesOver(text: Node, count: number): Range[] {
  return Array.from({ length: count }, (_, index) => {
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range;
  });
}

/** The highlights of the elements' own names, each `[events marked, the selected sentence's text]`. */
function elementHighlights(): Array<[number, string]> {
  const names = [...CSS.highlights.keys()].filter((name) => name.startsWith(`${SELECTED_HIGHLIGHT}-`)).sort();
  return names.map((name) => {
    const events = CSS.highlights.get(name.replace(SELECTED_HIGHLIGHT, EVENT_HIGHLIGHT));
    const [selected] = [...CSS.highlights.get(name)!] as Range[];
    return [events?.size ?? 0, selected!.toString()];
  });
}

describe('article highlights', () => {
  it('marks 250,000 sentences and the selected one, under its own names, and clears them', () => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'x'.repeat(250_000);
    document.body.append(paragraph);
    const highlights = new ArticleHighlights();
    try {
      const ranges = rangesOver(paragraph.firstChild!, 250_000);
      highlights.show(ranges, ranges[7]);
      expect(highlights.events.startsWith(`${EVENT_HIGHLIGHT}-`)).to.be.true;
      expect(CSS.highlights.get(highlights.events)?.size, 'sentences marked').to.equal(250_000);
      expect([...CSS.highlights.get(highlights.selected)!], 'the selected sentence').to.deep.equal([ranges[7]]);
      // Its colours are in the page's one shared sheet, under its names.
      const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      expect(rules.some((rule) => rule.includes(`::highlight(${highlights.selected})`))).to.be.true;
      highlights.clear();
      expect(CSS.highlights.has(highlights.events), 'cleared').to.be.false;
      expect(document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).some((rule) => rule.includes(highlights.selected)), 'rules removed').to.be.false;
    } finally {
      highlights.clear();
      paragraph.remove();
    }
  });

  it('keeps two timelines on a page apart: each marks its own sentences, and removing one leaves the other', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <news-timeline published="2022-02-16"><article><p>The council met on Monday.</p><p>The vote came on Tuesday.</p></article></news-timeline>
      <news-timeline published="2022-02-16"><article><p>Schools closed on Friday.</p></article></news-timeline>
    </div>`);
    const [first, second] = [...container.querySelectorAll<NewsTimeline>('news-timeline')];
    await settle(first!);
    await settle(second!);
    for (const el of [first!, second!]) {
      el.shadowRoot!.querySelector<HTMLElement>('[part~="event-button"]')!.click();
      await settle(el);
    }
    expect(elementHighlights()).to.deep.equal([
      [2, 'The council met on Monday.'],
      [1, 'Schools closed on Friday.'],
    ]);
    second!.remove();
    expect(elementHighlights()).to.deep.equal([[2, 'The council met on Monday.']]);
    first!.remove();
    expect(elementHighlights()).to.deep.equal([]);
  });
});

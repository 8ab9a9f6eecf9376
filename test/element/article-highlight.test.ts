// The article's sentences are marked with the CSS Custom Highlight API; an article can state far more
// events than a function call has room for arguments, so the ranges must never be spread into one.
import { expect } from '@open-wc/testing';
import { EVENT_HIGHLIGHT, SELECTED_HIGHLIGHT, highlightSentences } from '../../src/element/article-highlight.js';

describe('article highlights', () => {
  afterEach(() => highlightSentences([], undefined));

  it('marks 250,000 sentences and the selected one', () => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'x'.repeat(250_000);
    document.body.append(paragraph);
    try {
      const text = paragraph.firstChild!;
      const ranges = Array.from({ length: 250_000 }, (_, index) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range;
      });
      highlightSentences(ranges, ranges[7]);
      expect(CSS.highlights.get(EVENT_HIGHLIGHT)?.size, 'sentences marked').to.equal(250_000);
      expect([...CSS.highlights.get(SELECTED_HIGHLIGHT)!], 'the selected sentence').to.deep.equal([ranges[7]]);
      highlightSentences([], undefined);
      expect(CSS.highlights.has(EVENT_HIGHLIGHT), 'cleared').to.be.false;
    } finally {
      paragraph.remove();
    }
  });
});

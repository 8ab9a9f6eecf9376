/**
 * buildStory in Node (src/story/node.ts) on web pages: the saved Courier page with navigation and promos,
 * told again as text by another article, and the errors a page can give.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/html/read-page.js';
import { buildStory as buildFromText } from '../../src/story/index.js';
import { buildStory } from '../../src/story/node.js';

const PAGE = readFileSync(new URL('../fixtures/pages/courier-levee.html', import.meta.url), 'utf8');

describe('buildStory on web pages', () => {
  it('reads a page as readPage does, dated by its own metadata, and merges it with a text article', () => {
    const story = buildStory([
      { id: 'courier', html: PAGE, source: 'The Harlan Courier' },
      { id: 'copy', text: readPage(PAGE).text, published: '2026-04-11' },
    ]);
    expect(story.length).toBeGreaterThan(3);
    for (const event of story) {
      expect(event.sources!.map((source) => [source.article, source.published])).toEqual([
        ['courier', '2026-04-10'],
        ['copy', '2026-04-11'],
      ]);
    }
    // Navigation, promos and footers tell nothing: every source sentence is in the article's own text.
    const text = readPage(PAGE).text;
    expect(story.every((event) => event.sources!.every((source) => text.slice(source.sentence.start, source.sentence.end) === source.sentence.text))).toBe(true);
  });

  it("lets a given published date win over the page's own", () => {
    const [first] = buildStory([{ html: PAGE, published: '2026-05-01' }]);
    expect(first!.sources![0]!.published).toBe('2026-05-01');
  });

  it('refuses a page that states no date and is given none, and an article with both text and html', () => {
    const bare = '<!doctype html><html><body><article><p>The levee held on Tuesday.</p></article></body></html>';
    expect(() => buildStory([{ id: 'bare', html: bare }])).toThrow(/the page "bare" states no publication date/);
    expect(() => buildStory([{ html: PAGE, text: 'x', published: '2026-04-10' } as never])).toThrow(/article "a1" has both text and html/);
  });

  it('says where pages are read when the browser entry is given one', () => {
    expect(() => buildFromText([{ html: PAGE } as never])).toThrow(/web pages are read by news-timeline\/story in Node/);
  });
});

/**
 * `news-timeline/story` as Node loads it: `buildStory` also takes web pages (`{ html }`), read with
 * Readability on linkedom (src/html/), which the browser entry must not pull in.
 */
import { readPage } from '../html/read-page.js';
import type { StoryArticle, StoryPage, TimelineEvent } from '../model/types.js';
import { buildStory as buildFromText } from './build-story.js';

function articleOf(article: StoryArticle | StoryPage, index: number): StoryArticle {
  const page = article as Partial<StoryPage> & Partial<StoryArticle>;
  if (typeof page?.html !== 'string') return article as StoryArticle;
  const name = JSON.stringify(page.id ?? `a${index + 1}`);
  if (page.text !== undefined) throw new TypeError(`buildStory: article ${name} has both text and html; give one`);
  const { html, ...rest } = page;
  const read = readPage(html);
  const published = rest.published ?? read.published;
  if (published === undefined) throw new TypeError(`buildStory: the page ${name} states no publication date; give it "published"`);
  return { ...rest, text: read.text, published };
}

/**
 * `buildStory` (see build-story.ts), where an article may also be a web page `{ html, published? }`.
 * Throws a `TypeError` for a page that states no publication date and is given none.
 */
export function buildStory(articles: readonly (StoryArticle | StoryPage)[]): TimelineEvent[] {
  return buildFromText(Array.isArray(articles) ? articles.map(articleOf) : (articles as readonly StoryArticle[]));
}

export type { EventSource, StoryArticle, StoryPage, TimelineEvent } from '../model/types.js';

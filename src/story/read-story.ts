/**
 * A story's articles, each read on its own against its own publication date by the parser given, then
 * merged (merge-story.ts). Free of the parser itself: the element hands in the one it loaded on demand.
 */
import { parsePublished } from '../model/publication.js';
import { formatDay } from '../model/calendar.js';
import type { StoryArticle, TimelineEvent } from '../model/types.js';
import type { extractEvents } from '../parser/index.js';
import { mergeStory } from './merge-story.js';

function articleIds(articles: readonly StoryArticle[]): string[] {
  const ids = articles.map((article, index) => article.id ?? `a${index + 1}`);
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string' || id === '') throw new TypeError(`buildStory: an article id must be a non-empty string, got ${JSON.stringify(id)}`);
    if (seen.has(id)) throw new TypeError(`buildStory: two articles have the id ${JSON.stringify(id)}`);
    seen.add(id);
  }
  return ids;
}

/** What `buildStory` gives (see build-story.ts), each article read with `extract`. */
export function readStory(articles: readonly StoryArticle[], extract: typeof extractEvents): TimelineEvent[] {
  if (!Array.isArray(articles)) throw new TypeError(`buildStory: articles must be an array, got ${articles === null ? 'null' : typeof articles}`);
  const ids = articleIds(articles);
  const read = articles
    .map((article, index) => {
      if (typeof article?.text !== 'string') {
        const page = typeof (article as { html?: unknown } | undefined)?.html === 'string';
        // Pages are read by news-timeline/story under Node (node.ts), which hands this function their text.
        throw new TypeError(`buildStory: article ${JSON.stringify(ids[index])} has no text${page ? ' (web pages are read by news-timeline/story in Node; elsewhere give the article\'s text)' : ''}`);
      }
      return { article, id: ids[index]!, index, day: formatDay(parsePublished(article.published)) };
    })
    // Publication order; the order given among articles of one day.
    .sort((a, b) => a.day.localeCompare(b.day) || a.index - b.index);
  return mergeStory(
    read.map(({ article, id, day }) => ({
      id,
      day,
      events: extract(article.text, { published: day, ...(article.lang === undefined ? {} : { lang: article.lang }) }),
      ...(article.url === undefined ? {} : { url: article.url }),
      ...(article.source === undefined ? {} : { source: article.source }),
      ...(article.lang === undefined ? {} : { lang: article.lang }),
    })),
  );
}

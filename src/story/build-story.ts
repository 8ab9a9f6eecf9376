import type { StoryArticle, TimelineEvent } from '../model/types.js';
import { extractEvents } from '../parser/index.js';
import { readStory } from './read-story.js';

/**
 * The story several articles tell, as one timeline: each article is read on its own, against its own
 * publication date, and the events several tell alike become one (see merge-story.ts), in the order
 * their first telling was published, each with its `sources`. A single article gives the events
 * `extractEvents` gives, with the same ids, and sources.
 * Throws a `TypeError` for a list that is not an array of articles with text and a valid `published`,
 * or for two articles with the same id.
 */
export function buildStory(articles: readonly StoryArticle[]): TimelineEvent[] {
  return readStory(articles, extractEvents);
}

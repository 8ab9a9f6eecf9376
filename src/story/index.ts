export { buildStory } from './build-story.js';
export type { EventSource, StoryArticle, StoryPage, TimelineEvent } from '../model/types.js';

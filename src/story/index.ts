export { buildStory } from './build-story.js';
export type { EventSource, StoryArticle, TimelineEvent } from '../model/types.js';

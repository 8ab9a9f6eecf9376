export * from './parser/index.js';
export { buildStory } from './story/index.js';
export type { EventSource, StoryArticle, StoryPage } from './model/types.js';
// The element's class without registering the tag (import 'news-timeline/element' for that), so
// importing the package root has no side effects.
export { NewsTimeline } from './element/news-timeline.js';
export type { NewsTimelineSelectDetail, Orientation, Placement } from './element/news-timeline.js';
export type { ExtractedTimeline } from './element/timeline-input.js';

import { NewsTimeline } from './news-timeline.js';

export { NewsTimeline };
export type { NewsTimelineSelectDetail, Orientation, Placement } from './news-timeline.js';
export type { ExtractedTimeline } from './timeline-input.js';

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
  interface HTMLElementEventMap {
    'news-timeline-select': CustomEvent<import('./news-timeline.js').NewsTimelineSelectDetail>;
  }
}

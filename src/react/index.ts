/**
 * `<news-timeline>` in React 19's JSX, for TypeScript: `import type {} from 'news-timeline/react'` once
 * (it has no code) and `<news-timeline published="..." onnews-timeline-select={...}>` type-checks. React 19 sets
 * `events`, `text` and the other properties as properties, and listens to `onnews-timeline-select` as the
 * element's event; this only tells TypeScript so. Needs `@types/react` 19.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsTimeline, NewsTimelineSelectDetail } from '../element/news-timeline.js';

/** What the element takes in JSX: its settable properties, and its select event as a handler. */
export type NewsTimelineProps = DetailedHTMLProps<HTMLAttributes<NewsTimeline>, NewsTimeline> &
  Partial<Pick<NewsTimeline, 'published' | 'text' | 'events' | 'articles' | 'placement'>> & {
    'onnews-timeline-select'?: (event: CustomEvent<NewsTimelineSelectDetail>) => void;
  };

declare module 'react' {
  // React's own augmentation point for intrinsic elements, which must be a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'news-timeline': NewsTimelineProps;
    }
  }
}

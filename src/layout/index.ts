export { eventInterval, type EventInterval, type IntervalKind } from './event-interval.js';
export { GRANULARITIES, parseEventValue, periodInterval } from '../model/event-value.js';
export { describeValue, isValidTimelineEvent, type EventCheck } from '../model/event-validation.js';
export {
  DEFAULT_CLUSTER_LABEL_SIZE,
  DEFAULT_MIN_GAP,
  layoutLabels,
  type Cluster,
  type LabelLayout,
  type LayoutItem,
  type LayoutOptions,
  type PlacedLabel,
} from './label-layout.js';
export { DOMAIN_PADDING, MIN_FITTED_SPAN, ZOOM_LIMITS, clampDomain, fitDomain } from './time-domain.js';
export { tickUnit, timeScale, type TickUnit, type TimeScale } from './time-scale.js';
export { layoutVertical, type VerticalLayoutOptions } from './vertical-layout.js';
export { brokenTimeScale, type AxisPiece, type BrokenTimeScale, type StoryAxis, type TimeBreak } from './broken-time-scale.js';
export { breakLength, type BreakUnit } from './break-length.js';
export { rowOverlap, thinLabels, type RowLabel } from './label-thinning.js';
export { segmentTicks, segmentsOf, type TickFloor } from './segment-ticks.js';
export { BREAK_FACTOR, MIN_BREAK, planStoryAxis, storyZoomExtent, type PlannedAxis, type StoryAxisOptions } from './story-axis.js';
export { VIEW, fitStory, placeLabels, type FitOptions, type FittedStory, type PlaceOptions, type StoryItem } from './story-view.js';
export { timeWarp, warpDensities, warpForward, warpInverse, type TimeWarp } from './time-warp.js';
export { limitZoomSpan, type AxisZoom } from './zoom-span.js';
export { revealScroll, type VerticalBox } from './reveal-scroll.js';
export { timelineItems, visibleItems, type TimelineItem, type TimelineItems } from './timeline-items.js';

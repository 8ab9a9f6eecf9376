export { eventInterval, type EventInterval, type IntervalKind } from './event-interval.js';
export { GRANULARITIES, parseEventValue, periodInterval } from './event-value.js';
export { describeValue, isValidTimelineEvent, type EventCheck } from './event-validation.js';
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
export { DOMAIN_PADDING, MIN_FITTED_SPAN, ZOOM_LIMITS, clampDomain, fitDomain, zoomScaleExtent } from './time-domain.js';
export { tickUnit, timeScale, type TickUnit, type TimeScale } from './time-scale.js';
export { layoutVertical, type VerticalLayoutOptions } from './vertical-layout.js';

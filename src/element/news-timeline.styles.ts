import { css } from 'lit';

/**
 * Every colour, font and size is a `--news-timeline-*` custom property with a light and a dark default;
 * the defaults meet WCAG AA contrast on their backgrounds (4.5:1 for text, 3:1 for marks and focus).
 */
export const styles = css`
  :host {
    --_bg: var(--news-timeline-background, #ffffff);
    --_fg: var(--news-timeline-color, #1f2937);
    --_muted: var(--news-timeline-muted-color, #4b5563);
    --_accent: var(--news-timeline-accent-color, #1d4ed8);
    --_band: var(--news-timeline-band-color, rgba(29, 78, 216, 0.14));
    --_range: var(--news-timeline-range-color, rgba(29, 78, 216, 0.32));
    --_axis: var(--news-timeline-axis-color, #4b5563);
    --_publication: var(--news-timeline-publication-color, #b91c1c);
    --_selected-bg: var(--news-timeline-selected-background, #dbeafe);
    --_card-bg: var(--news-timeline-card-background, #f9fafb);
    --_mark-bg: var(--news-timeline-mark-background, #fde68a);
    --_mark-fg: var(--news-timeline-mark-color, #111827);
    --_focus: var(--news-timeline-focus-color, #1d4ed8);
    --_font: var(--news-timeline-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--news-timeline-font-size, 0.875rem);
        display: block;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--news-timeline-background, #111827);
      --_fg: var(--news-timeline-color, #f3f4f6);
      --_muted: var(--news-timeline-muted-color, #d1d5db);
      --_accent: var(--news-timeline-accent-color, #93c5fd);
      --_band: var(--news-timeline-band-color, rgba(147, 197, 253, 0.18));
      --_range: var(--news-timeline-range-color, rgba(147, 197, 253, 0.38));
      --_axis: var(--news-timeline-axis-color, #d1d5db);
      --_publication: var(--news-timeline-publication-color, #fca5a5);
      --_selected-bg: var(--news-timeline-selected-background, #1e3a8a);
      --_card-bg: var(--news-timeline-card-background, #1f2937);
      --_mark-bg: var(--news-timeline-mark-background, #854d0e);
      --_mark-fg: var(--news-timeline-mark-color, #f9fafb);
      --_focus: var(--news-timeline-focus-color, #93c5fd);
    }
  }
  [hidden] {
    display: none !important;
  }
  /* Only the timeline takes the theme: the slotted article keeps the page's own colours. */
  .timeline {
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_axis);
    border-radius: 6px;
    padding: 8px;
    margin-block: 8px;
  }
  .controls {
    display: flex;
    gap: 6px;
    justify-content: flex-end;
    margin-block-end: 4px;
  }
  .cluster button {
    width: 100%;
  }
  .controls button,
  .cluster button {
    font: inherit;
    min-width: 2.25rem;
    min-height: 2.25rem;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_axis);
    border-radius: 4px;
    cursor: pointer;
  }
  .viewport {
    position: relative;
    overflow: hidden;
    touch-action: none;
    cursor: grab;
    user-select: none;
  }
  svg {
    position: absolute;
    inset: 0;
    overflow: visible;
  }
  .axis {
    color: var(--_axis);
    font-size: 0.75rem;
  }
  .axis text {
    fill: var(--_muted);
  }
  .band {
    fill: var(--_band);
  }
  .range {
    fill: var(--_range);
  }
  .point {
    fill: var(--_accent);
  }
  .stem {
    stroke: var(--_axis);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .publication line {
    stroke: var(--_publication);
    stroke-width: 2;
  }
  .publication text {
    fill: var(--_publication);
    font-size: 0.75rem;
    font-weight: 600;
  }
  .publication rect {
    fill: var(--_publication);
    opacity: 0.3;
  }
  /* A break: a faint band through the lanes, the axis line cut between two slashes, its length above. */
  .break-band {
    fill: var(--_band);
    opacity: 0.5;
  }
  .break-gap {
    fill: var(--_bg);
  }
  .break-mark {
    stroke: var(--_axis);
    stroke-width: 1.5;
    fill: none;
  }
  .break text {
    fill: var(--_muted);
    font-size: 0.75rem;
    font-style: italic;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* No transitions on position: labels follow the zoom frame by frame, and an animated one would
     briefly overlap its neighbours. */
  li {
    position: absolute;
    box-sizing: border-box;
  }
  .event button {
    display: block;
    box-sizing: border-box;
    width: 100%;
    text-align: start;
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_axis);
    border-inline-start: 4px solid var(--_accent);
    border-radius: 4px;
    padding: 2px 6px;
    cursor: pointer;
  }
  .event button[aria-pressed='true'] {
    background: var(--_selected-bg);
  }
  /* Two lines of title (about 60 characters), then an ellipsis; hover and focus show it whole, over
     the lane below, without moving anything. */
  .label {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    line-height: 1.25;
  }
  .event:hover,
  .event:focus-within {
    z-index: 1;
  }
  .event button:hover .label,
  .event button:focus-visible .label {
    -webkit-line-clamp: unset;
    line-clamp: none;
  }
  .event button:hover,
  .event button:focus-visible {
    height: auto;
    min-height: 100%;
  }
  .date {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .date,
  .card-date {
    color: var(--_muted);
    font-size: 0.75rem;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The card's room is kept whether or not an event is selected, so opening it moves nothing below. */
  .card-slot {
    box-sizing: border-box;
    height: 8.5rem;
    margin-block-start: 8px;
    overflow: auto;
    background: var(--_bg);
  }
  /* A story's card lists its sources too. */
  .card-slot.story {
    height: 11.5rem;
  }
  :host([orientation='vertical']) .card-slot.story {
    height: 15rem;
  }
  /* A timeline taller than the window keeps the card in sight at the window's foot while it is on screen. */
  .card-slot.open {
    position: sticky;
    bottom: 0;
    border-block-start: 1px solid var(--_axis);
  }
  .card-hint {
    margin: 0;
    padding: 8px 12px;
    color: var(--_muted);
  }
  .card {
    box-sizing: border-box;
    min-height: 100%;
    padding: 8px 12px;
    background: var(--_card-bg);
    border-radius: 4px;
    border-inline-start: 4px solid var(--_accent);
    position: relative;
  }
  .card-close {
    position: absolute;
    inset-block-start: 4px;
    inset-inline-end: 4px;
    width: 28px;
    height: 28px;
    padding: 0;
    font: inherit;
    font-size: 1.25rem;
    line-height: 1;
    color: var(--_fg);
    background: transparent;
    border: 1px solid transparent;
    border-radius: 4px;
    cursor: pointer;
  }
  .card-close:hover {
    border-color: var(--_axis);
  }
  .card h3 {
    padding-inline-end: 32px;
    margin: 0 0 4px;
    font-size: 1em;
  }
  .card p {
    margin: 4px 0;
  }
  /* A story's sources: one line each, the outlet (its button shows its sentence), its day and its link. */
  .sources-heading {
    margin: 6px 0 2px;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .sources {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }
  .sources li {
    position: static;
    display: flex;
    gap: 6px;
    align-items: baseline;
  }
  .sources button {
    padding: 2px 6px;
    font: inherit;
    color: var(--_fg);
    background: transparent;
    border: 1px solid var(--_axis);
    border-radius: 4px;
    cursor: pointer;
  }
  .sources .shown button {
    border-color: var(--_accent);
    background: var(--_selected-bg);
  }
  .source-date {
    color: var(--_muted);
  }
  mark {
    background: var(--_mark-bg);
    color: var(--_mark-fg);
  }
  .message {
    padding: 16px;
    margin: 0;
  }
  .error {
    color: var(--_publication);
    font-weight: 600;
  }
  :host([orientation='vertical']) .viewport {
    cursor: ns-resize;
  }
  @media (forced-colors: active) {
    .band,
    .range,
    .point {
      fill: Highlight;
      forced-color-adjust: none;
    }
    .publication line {
      stroke: CanvasText;
    }
    .publication rect {
      fill: CanvasText;
    }
    .break-mark {
      stroke: CanvasText;
    }
    .break-gap {
      fill: Canvas;
    }
    .publication text,
    .break text,
    .axis text {
      fill: CanvasText;
    }
    .event button {
      border-color: ButtonText;
    }
    /* A frame, not a fill: system colours keep the text's own contrast. */
    .event button[aria-pressed='true'] {
      outline: 3px solid Highlight;
      outline-offset: 1px;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
  }
  .print-list {
    display: none;
  }
  @media print {
    .controls,
    .viewport,
    .card-slot {
      display: none;
    }
    .timeline {
      border: none;
      padding: 0;
    }
    .print-list {
      display: block;
      margin: 0 0 1em;
      padding: 0;
      list-style: none;
    }
    .print-list li {
      position: static;
      break-inside: avoid;
      padding: 0.35em 0;
      border-block-end: 1px solid #ccc;
    }
    .print-date {
      display: block;
      font-size: 0.85em;
      color: #444;
    }
    .print-title,
    .print-sentence {
      display: block;
    }
  }
`;

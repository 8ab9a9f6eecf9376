import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { axisLeft, axisTop } from 'd3-axis';
import { select } from 'd3-selection';
import { zoomIdentity } from 'd3-zoom';
import {
  eventInterval,
  fitDomain,
  layoutLabels,
  layoutVertical,
  parseEventValue,
  periodInterval,
  timeScale,
  zoomScaleExtent,
  type Cluster,
  type PlacedLabel,
  type TimeScale,
} from '../layout/index.js';
import type { CalendarDate } from '../parser/calendar.js';
import type { TimelineEvent } from '../parser/index.js';
import { highlightSentences, rangeOf } from './article-highlight.js';
import { readArticle, type ArticleText } from './article-text.js';
import { BackgroundExtractor, BACKGROUND_THRESHOLD } from './controllers/background-extractor.js';
import { loadedParser } from './parser-loader.js';
import { LightDomController } from './controllers/light-dom-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { dateInWords, periodInWords, spanInWords, tickLabel } from './date-words.js';
import { usableLanguage } from './language.js';
import { styles } from './news-timeline.styles.js';
import { styleProperties, type StyleProperties } from './style-properties.js';
import { checkEvents, resolveTimeline, textToRead, type ExtractedTimeline, type ResolvedTimeline } from './timeline-input.js';

/** Below this width of its own the timeline turns vertical (phones, sidebars). */
const NARROW = 600;
// Tick labels sit above the axis line, event labels below it.
const AXIS_SIZE = 30;
const LANE_HEIGHT = 46;
const LANES = 5;
const PUBLICATION_LABEL_SPACE = 24;
const VERTICAL_HEIGHT = 520;
const VERTICAL_AXIS_X = 64;
const VERTICAL_LABEL_HEIGHT = 44;
/** Width of a "+N more" button, which the layout reserves for it. */
const CLUSTER_WIDTH = 96;
const MS_PER_DAY = 86_400_000;

export type Placement = 'before' | 'after';
export type Orientation = 'horizontal' | 'vertical';

interface Drawable {
  event: TimelineEvent;
  start: number;
  end: number;
  kind: 'point' | 'band' | 'range';
  /** Horizontal label width, fixed per event so layout needs no measuring. */
  labelSize: number;
}

/**
 * Estimated from the text so layout needs no measuring; CSS truncates anything longer. Wide enough for
 * the date in words ("Wednesday, September 28, 2022"), which is part of the accessible name.
 */
function labelSize(event: TimelineEvent): number {
  return Math.min(220, Math.max(196, 16 + event.title.length * 6.5));
}

/** The first index in [0, length) for which the monotonic `test` holds, or `length`. */
function bisect(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Detail of the `news-timeline-select` event. */
export interface NewsTimelineSelectDetail {
  event: TimelineEvent;
}

/**
 * A zoomable, keyboard-navigable timeline of the dated events of a news article, each linked back to
 * the sentence that states it.
 *
 * Give it an article in its light DOM (it stays readable without JavaScript), or `text`, or `events`
 * made elsewhere; `published` places relative dates ("on Tuesday"). The last input wins: an article
 * still being read when another input arrives never replaces it. Events whose date no JavaScript `Date`
 * can hold ("the year 999999") are left out and reported in one console error; the rest are drawn.
 *
 * @element news-timeline
 *
 * @attr published - Publication date: `YYYY-MM-DD` or an ISO date-time with offset.
 * @attr text - Article text to read events from, instead of the light-DOM article.
 * @attr placement - `before` (default) or `after`: where the timeline goes relative to the article.
 * @attr orientation - Read-only: `vertical` when the element is narrower than 600 px, else `horizontal`.
 * @attr lang - Language for dates in words and axis ticks; defaults to the nearest `lang` in the page. A Unix
 *   locale name is read as the language it names (`en_US.UTF-8` is `en-US`); a tag Intl rejects gives way to
 *   the page's language, then the browser's.
 *
 * @fires news-timeline-select - An event was selected; `detail.event` is the TimelineEvent. Bubbles, composed.
 *
 * @slot - The article. Its sentences that state events are underlined; the selected one is highlighted.
 *
 * @csspart timeline - The box around controls, axis and events.
 * @csspart controls - The zoom buttons' container.
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart zoom-fit - The button that fits all events.
 * @csspart viewport - The zoomable area.
 * @csspart axis - The time axis (an SVG group).
 * @csspart publication - The publication-date marker.
 * @csspart band - A week, month, quarter or year event's period.
 * @csspart range - A range event's bar.
 * @csspart events - The list of events, in time order.
 * @csspart event - One event's list item.
 * @csspart event-button - The button that selects an event.
 * @csspart label - An event's title.
 * @csspart date - An event's date in words.
 * @csspart cluster - A "+N more" item standing for events that do not fit at this zoom.
 * @csspart card - Details of the selected event.
 * @csspart expression - The date words, highlighted in the card's sentence.
 * @csspart source - The link to an event's source (`url`, when it is http or https).
 * @csspart empty - The message shown when there are no events.
 * @csspart status - "Reading the article..." while a long article is read in the background.
 * @csspart error - The message shown for an invalid publication date, or an `events` value that is neither
 *   an array nor the `{ published, events }` object of `news-timeline extract`.
 *
 * @cssprop --news-timeline-background - Background of the timeline box.
 * @cssprop --news-timeline-color - Text colour.
 * @cssprop --news-timeline-muted-color - Secondary text (dates, ticks).
 * @cssprop --news-timeline-accent-color - Event marks and the selected event's edge.
 * @cssprop --news-timeline-band-color - Fill of week/month/quarter/year bands.
 * @cssprop --news-timeline-range-color - Fill of range bars.
 * @cssprop --news-timeline-axis-color - Axis and borders.
 * @cssprop --news-timeline-publication-color - Publication marker.
 * @cssprop --news-timeline-selected-background - Background of the selected event.
 * @cssprop --news-timeline-card-background - Background of the detail card.
 * @cssprop --news-timeline-mark-background - Background of the date words in the card.
 * @cssprop --news-timeline-mark-color - Colour of the date words in the card.
 * @cssprop --news-timeline-focus-color - Focus outline.
 * @cssprop --news-timeline-font-family - Font.
 * @cssprop --news-timeline-font-size - Base font size.
 */
export class NewsTimeline extends LitElement {
  static override styles = styles;

  static override properties = {
    published: { type: String },
    text: { type: String },
    events: { attribute: false },
    placement: { type: String, reflect: true },
    orientation: { type: String, reflect: true },
  };

  /** Publication date: `YYYY-MM-DD` or an ISO date-time with offset. */
  declare published: string | undefined;
  /** Article text to read events from, instead of the light-DOM article. */
  declare text: string | undefined;
  /**
   * Events made elsewhere (a server, the CLI): a `TimelineEvent[]`, or the `{ published, events }` object
   * `news-timeline extract` prints, whose `published` is used when the element has none. Validated: bad
   * items are reported and skipped; any other value shows the error state.
   */
  declare events: readonly TimelineEvent[] | ExtractedTimeline | undefined;
  /** Where the timeline goes relative to the article. */
  declare placement: Placement;
  /** Read-only: the layout in use, from the element's own width. */
  declare orientation: Orientation;

  private readonly size = new ResizeController(this);
  private readonly lightDom = new LightDomController(this);
  private readonly background = new BackgroundExtractor(this);
  /** The read in flight, from `readInBackground` until its answer is shown or a newer input overtakes it. */
  private reading?: { inWorker: boolean; finished: Promise<void>; finish: () => void };
  private readonly zoom = new ZoomController(this, () => this.renderRoot?.querySelector<HTMLElement>('.viewport'));
  // Set only through select() and moveFocus(), which request the update.
  private selectedId: string | undefined;
  private focusId: string | undefined;
  private resolved: ResolvedTimeline = { events: [], rejected: [] };
  private drawables: Drawable[] = [];
  private byId = new Map<string, Drawable>();
  /** `reach[i]`: the latest end among drawables 0..i, so the visible ones can be found by bisection. */
  private reach: number[] = [];
  /** The fitted scale's domain, per set of events: zooming never changes it. */
  private fitted?: [number, number];
  private article?: ArticleText;
  private articleVersion = -1;
  private reportedError?: string;
  private focusAfterRender = false;

  // `lang` is the element's own HTML attribute; a change re-renders the dates in words.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  constructor() {
    super();
    this.placement = 'before';
    this.orientation = 'horizontal';
    this.addEventListener('click', this.onArticleClick);
  }

  /** The visible time span. */
  get visibleDomain(): [Date, Date] {
    const [start, end] = this.scale().domain();
    return [start!, end!];
  }

  zoomIn(): void {
    this.zoom.scaleBy(2);
  }

  zoomOut(): void {
    this.zoom.scaleBy(0.5);
  }

  fit(): void {
    this.zoom.set(zoomIdentity);
  }

  /** Shows the span from `start` to `end` (clamped to the zoom limits). */
  zoomTo(start: Date, end: Date): void {
    const base = this.baseScale();
    const [x0, x1] = [base(start), base(end)];
    if (!(x1 > x0)) return;
    const [k0, k1] = this.scaleExtent();
    const k = Math.min(k1, Math.max(k0, this.axisLength() / (x1 - x0)));
    const offset = -x0 * k;
    this.zoom.set(this.orientation === 'vertical' ? zoomIdentity.translate(0, offset).scale(k) : zoomIdentity.translate(offset, 0).scale(k));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.orientation = this.size.width > 0 && this.size.width < NARROW ? 'vertical' : 'horizontal';
    const inputsChanged = changed.has('published') || changed.has('text') || changed.has('events');
    if (inputsChanged || this.lightDom.version !== this.articleVersion) {
      this.articleVersion = this.lightDom.version;
      const article = this.querySelector('article') ?? (this.childElementCount > 0 ? this : undefined);
      this.article = !this.events && !this.text && article ? readArticle(article) : undefined;
      const input = {
        published: this.published,
        text: this.text,
        events: this.events,
        ...(this.article ? { articleText: this.article.text } : {}),
      };
      const toRead = textToRead(input);
      const parser = loadedParser();
      if (toRead && (toRead.text.length > BACKGROUND_THRESHOLD || !parser)) {
        this.readInBackground(toRead, toRead.text.length > BACKGROUND_THRESHOLD);
      } else {
        // Whatever is still being read is an older input now: its answer must not arrive.
        this.background.cancel();
        this.endRead();
        this.show(resolveTimeline(input, parser?.extractEvents));
      }
      if (inputsChanged) this.zoom.transform = zoomIdentity;
    }
    this.zoom.configure(this.scaleExtent(), [this.axisLength(), this.orientation === 'vertical' ? VERTICAL_HEIGHT : AXIS_SIZE + LANES * LANE_HEIGHT], this.orientation === 'vertical');
  }

  /**
   * Long articles are read in a worker, short ones here once the parser has loaded; until the events
   * arrive the previous ones stay, but not an error, which the new input has just mended. Only the
   * answer for the current input ever arrives.
   */
  private readInBackground({ text, published }: { text: string; published: string }, inWorker: boolean): void {
    this.endRead();
    const dated = resolveTimeline({ published });
    let finish = (): void => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    this.reading = { inWorker, finished, finish };
    if (this.resolved.error) this.show({ ...dated, events: [] });
    this.background.extract(text, published, inWorker).then(
      (events) => this.showRead({ ...dated, ...checkEvents(events) }),
      (error: Error) => this.showRead({ events: [], rejected: [], error: error.message }),
    );
  }

  private showRead(resolved: ResolvedTimeline): void {
    this.endRead();
    this.show(resolved);
    this.requestUpdate();
  }

  private endRead(): void {
    this.reading?.finish();
    this.reading = undefined;
  }

  /**
   * `updateComplete` also waits for a short text whose parser is loading, so that awaiting it means the
   * text's events are drawn, as it did when the parser was part of the element. Long articles are read
   * in a worker and are not waited for: the element shows "Reading the article…" meanwhile.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.reading && !this.reading.inWorker) {
      await this.reading.finished;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private show(resolved: ResolvedTimeline): void {
    this.resolved = resolved;
    this.report();
    this.drawables = resolved.events
      .map((event) => ({ event, ...eventInterval(event), labelSize: labelSize(event) }))
      .sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1));
    this.byId = new Map(this.drawables.map((drawable) => [drawable.event.id, drawable]));
    let latest = -Infinity;
    this.reach = this.drawables.map((drawable) => (latest = Math.max(latest, drawable.end)));
    this.fitted = undefined;
    if (!this.drawables.some(({ event }) => event.id === this.selectedId)) this.selectedId = undefined;
    if (!this.drawables.some(({ event }) => event.id === this.focusId)) this.focusId = this.drawables[0]?.event.id;
  }

  protected override updated(): void {
    this.drawAxis();
    this.highlightArticle();
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(this.focusId ?? '')}"]`)?.focus();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    highlightSentences([], undefined);
  }

  protected override render(): TemplateResult {
    const timeline = html`<div part="timeline" class="timeline">${this.renderBody()}</div>`;
    return this.placement === 'after' ? html`<slot></slot>${timeline}` : html`${timeline}<slot></slot>`;
  }

  private renderBody(): TemplateResult {
    if (this.resolved.error) {
      return html`<p part="error" class="message error" role="alert">This timeline cannot be shown: ${this.resolved.error}</p>`;
    }
    if (this.drawables.length === 0) {
      return this.reading
        ? html`<p part="status" class="message" role="status">Reading the article\u2026</p>`
        : html`<p part="empty" class="message">No dated events were found in this article.</p>`;
    }
    const scale = this.scale();
    const { placed, clusters } = this.layout(scale);
    const vertical = this.orientation === 'vertical';
    const [width, height] = this.viewportSize(placed, clusters);
    const byId = this.byId;
    const labels = new Map(placed.map((label) => [label.id, label]));
    const rendered = placed.map((label) => byId.get(label.id)!).sort((a, b) => a.start - b.start);
    const tabStop = rendered.some(({ event }) => event.id === this.focusId) ? this.focusId : rendered[0]?.event.id;
    const selected = this.selectedId ? byId.get(this.selectedId) : undefined;
    return html`
      <div part="controls" class="controls">
        <button part="zoom-in" aria-label="Zoom in" @click=${() => this.zoomIn()}>+</button>
        <button part="zoom-out" aria-label="Zoom out" @click=${() => this.zoomOut()}>&minus;</button>
        <button part="zoom-fit" aria-label="Fit all events" @click=${() => this.fit()}>Fit</button>
      </div>
      <div part="viewport" class="viewport" ${styleProperties({ height: `${height}px` })} @keydown=${this.onKeyDown} @dblclick=${this.stopZoomOnButtons}>
        <svg width=${width} height=${height} aria-hidden="true">
          ${this.renderMarks(scale, placed, byId)} ${this.renderPublication(scale, width, height)}
          <g part="axis" class="axis" transform=${vertical ? `translate(${VERTICAL_AXIS_X},0)` : `translate(0,${AXIS_SIZE})`}></g>
        </svg>
        <ol part="events" aria-label="Events in time order">
          ${repeat(
            rendered,
            // Keyed by event, so an item keeps its DOM node (and focus) while zooming re-lays it out.
            (drawable) => drawable.event.id,
            (drawable) => this.renderEvent(drawable, labels.get(drawable.event.id)!, tabStop),
          )}
          ${clusters.map((cluster) => this.renderCluster(cluster, byId))}
        </ol>
      </div>
      ${selected ? this.renderCard(selected.event) : nothing}
    `;
  }

  private renderEvent(drawable: Drawable, label: PlacedLabel, tabStop: string | undefined): TemplateResult {
    const { event } = drawable;
    const words = this.dateWords(event);
    const position: StyleProperties = this.orientation === 'vertical'
      ? { top: `${label.position}px`, left: `${VERTICAL_AXIS_X + 12}px`, right: '4px', height: `${VERTICAL_LABEL_HEIGHT - 4}px` }
      : { left: `${label.position}px`, top: `${AXIS_SIZE + label.lane * LANE_HEIGHT + 8}px`, width: `${drawable.labelSize}px` };
    return html`<li part="event" class="event" data-id=${event.id} data-date=${event.date} ${styleProperties(position)}>
      <button
        part="event-button"
        data-id=${event.id}
        tabindex=${event.id === tabStop ? 0 : -1}
        aria-pressed=${event.id === this.selectedId ? 'true' : 'false'}
        aria-label=${`${event.title}, ${words}`}
        @click=${() => this.select(event.id)}
        @focus=${() => this.noteFocus(event.id)}
      >
        <span part="label" class="label">${event.title}</span>
        <span part="date" class="date">${this.periodWords(event)}</span>
      </button>
    </li>`;
  }

  private renderCluster(cluster: Cluster, byId: ReadonlyMap<string, Drawable>): TemplateResult {
    const first = byId.get(cluster.ids[0]!)?.event;
    const last = byId.get(cluster.ids[cluster.ids.length - 1]!)?.event;
    const span = first && last ? `${this.periodWords(first)} to ${this.periodWords(last)}` : '';
    const position: StyleProperties = this.orientation === 'vertical'
      ? { top: `${cluster.position}px`, left: `${VERTICAL_AXIS_X + 12}px` }
      : { left: `${cluster.position}px`, top: `${AXIS_SIZE + cluster.lane * LANE_HEIGHT + 8}px`, width: `${CLUSTER_WIDTH}px` };
    return html`<li part="cluster" class="cluster" ${styleProperties(position)}>
      <button aria-label=${`${cluster.count} more events, ${span}: zoom in`} @click=${() => this.zoomToMembers(cluster.ids.map((id) => byId.get(id)!))}>+${cluster.count} more</button>
    </li>`;
  }

  private renderMarks(scale: TimeScale, placed: PlacedLabel[], byId: ReadonlyMap<string, Drawable>): TemplateResult[] {
    const vertical = this.orientation === 'vertical';
    return placed.map((label) => {
      const { start, end, kind } = byId.get(label.id)!;
      const from = scale(start);
      const to = Math.max(scale(end), from + 2);
      if (vertical) {
        return kind === 'point'
          ? svg`<circle class="point" cx=${VERTICAL_AXIS_X} cy=${from} r="4"></circle><line class="stem" x1=${VERTICAL_AXIS_X} y1=${from} x2=${VERTICAL_AXIS_X + 12} y2=${label.position + VERTICAL_LABEL_HEIGHT / 2}></line>`
          : svg`<rect part=${kind} class=${kind} x=${VERTICAL_AXIS_X - 6} y=${from} width="12" height=${to - from}></rect>`;
      }
      const top = AXIS_SIZE + label.lane * LANE_HEIGHT + 8;
      return kind === 'point'
        ? svg`<circle class="point" cx=${from} cy=${AXIS_SIZE} r="4"></circle><line class="stem" x1=${from} y1=${AXIS_SIZE} x2=${from} y2=${top}></line>`
        : svg`<rect part=${kind} class=${kind} x=${from} y=${top - 4} width=${to - from} height=${LANE_HEIGHT - 4}></rect>`;
    });
  }

  private renderPublication(scale: TimeScale, width: number, height: number): TemplateResult | typeof nothing {
    const day = this.publicationDay();
    if (!day) return nothing;
    const at = scale((day[0] + day[1]) / 2);
    const published = this.resolved.published!;
    const text = `Published ${periodInWords({ granularity: 'day', date: published }, this.language())}`;
    if (this.orientation === 'vertical') {
      return svg`<g part="publication" class="publication"><line x1="0" x2=${width} y1=${at} y2=${at}></line><text x=${width - 2} y=${at - 4} text-anchor="end">${text}</text></g>`;
    }
    // The label reads away from the nearer edge, so it is never cut off.
    const leftward = at > width / 2;
    return svg`<g part="publication" class="publication"><line x1=${at} x2=${at} y1="0" y2=${height}></line><text x=${leftward ? at - 4 : at + 4} y=${height - 4} text-anchor=${leftward ? 'end' : 'start'}>${text}</text></g>`;
  }

  private renderCard(event: TimelineEvent): TemplateResult {
    const { sentence, expression } = event;
    const from = Math.max(0, expression.start - sentence.start);
    const to = Math.min(sentence.text.length, expression.end - sentence.start);
    return html`<section part="card" class="card" aria-label="Selected event" aria-live="polite">
      <h3>${event.title}</h3>
      <p class="card-date">${this.dateWords(event)}</p>
      <p>${sentence.text.slice(0, from)}<mark part="expression">${sentence.text.slice(from, to)}</mark>${sentence.text.slice(to)}</p>
      ${event.url === undefined ? nothing : this.renderSource(event.url)}
    </section>`;
  }

  /** Only web addresses become links: a `javascript:` or `data:` URL stays visible text. */
  private renderSource(url: string): TemplateResult {
    let web = false;
    try {
      web = ['http:', 'https:'].includes(new URL(url).protocol);
    } catch {
      web = false;
    }
    return web
      ? html`<p><a part="source" href=${url} rel="noopener noreferrer" target="_blank">Source</a></p>`
      : html`<p part="source">Source: ${url}</p>`;
  }

  private drawAxis(): void {
    const group = this.renderRoot.querySelector<SVGGElement>('[part~="axis"]');
    if (!group) return;
    const scale = this.scale();
    const vertical = this.orientation === 'vertical';
    const length = this.axisLength();
    // d3 picks ticks (minutes to centuries) for the span; text is set with textContent.
    const axis = vertical ? axisLeft(scale).ticks(Math.max(2, Math.floor(length / 60))) : axisTop(scale).ticks(Math.max(2, Math.floor(length / 110)));
    const lang = this.language();
    select(group).call(axis.tickSizeOuter(0).tickFormat((tick) => tickLabel(tick as Date, lang)));
  }

  private highlightArticle(): void {
    const article = this.article;
    if (!article) return;
    const byId = new Map(this.drawables.map((drawable) => [drawable.event.id, drawable.event]));
    const ranges = this.drawables.map(({ event }) => rangeOf(article, event.sentence.start, event.sentence.end)).filter((range): range is Range => !!range);
    const selected = this.selectedId ? byId.get(this.selectedId) : undefined;
    highlightSentences(ranges, selected && rangeOf(article, selected.sentence.start, selected.sentence.end));
  }

  private select(id: string): void {
    const drawable = this.drawables.find(({ event }) => event.id === id);
    if (!drawable) return;
    this.selectedId = id;
    this.focusId = id;
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent<NewsTimelineSelectDetail>('news-timeline-select', { detail: { event: drawable.event }, bubbles: true, composed: true }));
    if (this.article) {
      const range = rangeOf(this.article, drawable.event.sentence.start, drawable.event.sentence.end);
      // An instant jump: the reader asked for the sentence, and reduced-motion users get no glide.
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
    }
  }

  /** Clicking a sentence of the article that states an event selects that event. */
  private readonly onArticleClick = (event: MouseEvent): void => {
    // Clicks from the timeline itself (including those a key press makes on a button) are not the article's.
    const origin = event.composedPath()[0];
    if (!this.article || !(origin instanceof Node) || origin === this || this.renderRoot.contains(origin) || !this.contains(origin)) return;
    const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    const offset = caret && this.article.offsetOf(caret.offsetNode, caret.offset);
    if (offset === undefined || offset === null) return;
    const hit = this.drawables.find(({ event: item }) => item.sentence.start <= offset && offset <= item.sentence.end);
    if (hit) this.select(hit.event.id);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const order = this.drawables.map((drawable) => drawable.event.id);
    const current = Math.max(0, order.indexOf(this.focusId ?? ''));
    const move = (index: number) => {
      event.preventDefault();
      this.moveFocus(order[Math.min(order.length - 1, Math.max(0, index))]);
    };
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        return move(current + 1);
      case 'ArrowLeft':
      case 'ArrowUp':
        return move(current - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(order.length - 1);
      case '+':
      case '=':
        event.preventDefault();
        return this.zoomIn();
      case '-':
      case '_':
        event.preventDefault();
        return this.zoomOut();
      case '0':
        event.preventDefault();
        return this.fit();
    }
  };

  private readonly stopZoomOnButtons = (event: Event): void => {
    if ((event.target as Element).closest?.('button')) event.stopImmediatePropagation();
  };

  /** Focus moved by Tab or a click: the roving tab stop follows it. */
  private noteFocus(id: string): void {
    if (this.focusId === id) return;
    this.focusId = id;
    this.requestUpdate();
  }

  /** Moves focus to an event, panning (and zooming in, out of a cluster) until it is on screen. */
  private moveFocus(id: string | undefined): void {
    const drawable = this.drawables.find(({ event }) => event.id === id);
    if (!drawable) return;
    this.focusId = drawable.event.id;
    for (let attempt = 0; attempt < 16 && !this.layout(this.scale()).placed.some((label) => label.id === drawable.event.id); attempt++) {
      const [start, end] = this.visibleDomain.map(Number) as [number, number];
      const span = (end - start) / (attempt === 0 ? 1 : 2);
      const middle = (drawable.start + drawable.end) / 2;
      this.zoomToInstant(middle - span / 2, middle + span / 2);
    }
    this.focusAfterRender = true;
    this.requestUpdate();
  }

  private zoomToInstant(start: number, end: number): void {
    this.zoomTo(new Date(start), new Date(end));
  }

  private zoomToMembers(members: Drawable[]): void {
    if (members.length === 0) return;
    // A loop, not Math.min(...spread): a cluster can hold more members than a call has room for arguments.
    let start = Infinity;
    let end = -Infinity;
    for (const member of members) {
      start = Math.min(start, member.start);
      end = Math.max(end, member.end);
    }
    const pad = Math.max((end - start) * 0.1, MS_PER_DAY / 2);
    this.zoomToInstant(start - pad, end + pad);
  }

  private layout(scale: TimeScale): { placed: PlacedLabel[]; clusters: Cluster[] } {
    const vertical = this.orientation === 'vertical';
    const items = this.visible(scale).map((drawable) => ({
      id: drawable.event.id,
      start: scale(drawable.start),
      end: scale(drawable.end),
      labelSize: vertical ? VERTICAL_LABEL_HEIGHT : drawable.labelSize,
    }));
    return vertical
      ? layoutVertical(items, { axisLength: this.axisLength() })
      : layoutLabels(items, { axisLength: this.axisLength(), lanes: LANES, clusterLabelSize: CLUSTER_WIDTH });
  }

  /**
   * The drawables that reach into the visible span: those starting before its end (bisection on the
   * sorted starts) whose period has not ended before its start (bisection on `reach`). Zoomed in, a
   * frame then touches a handful of the 10,000 events a story collection can hold.
   */
  private visible(scale: TimeScale): Drawable[] {
    const [from, to] = scale.domain().map(Number) as [number, number];
    const drawables = this.drawables;
    const firstReaching = bisect(drawables.length, (index) => this.reach[index]! >= from);
    const firstAfter = bisect(drawables.length, (index) => drawables[index]!.start > to);
    return drawables.slice(firstReaching, firstAfter).filter((drawable) => drawable.end >= from);
  }

  /** The fitted scale: every event and the publication date in view. */
  private baseScale(): TimeScale {
    if (!this.fitted) this.fitted = fitDomain(this.drawables, this.publicationDay()?.[0] ?? this.drawables[0]?.start ?? 0);
    const [start, end] = this.fitted;
    return timeScale([start, end], [0, this.axisLength()]);
  }

  /** The publication day on the axis, `[midnight, next midnight)` in UTC ms (years 0-99 included). */
  private publicationDay(): [number, number] | undefined {
    const published = this.resolved.published;
    return published && periodInterval({ granularity: 'day', date: published });
  }

  private scale(): TimeScale {
    const base = this.baseScale();
    return this.orientation === 'vertical' ? this.zoom.transform.rescaleY(base) : this.zoom.transform.rescaleX(base);
  }

  private scaleExtent(): [number, number] {
    const [start, end] = this.baseScale().domain().map(Number) as [number, number];
    return zoomScaleExtent([start, end]);
  }

  private axisLength(): number {
    return this.orientation === 'vertical' ? VERTICAL_HEIGHT : Math.max(120, this.size.width - 20);
  }

  /** Horizontal: as tall as the lanes in use (at least two, so zooming does not make it jump much). */
  private viewportSize(placed: PlacedLabel[] = [], clusters: Cluster[] = []): [number, number] {
    if (this.orientation === 'vertical') return [Math.max(120, this.size.width - 20), VERTICAL_HEIGHT];
    const lanes = [...placed, ...clusters].reduce((most, { lane }) => Math.max(most, lane + 1), 2);
    return [this.axisLength(), AXIS_SIZE + lanes * LANE_HEIGHT + PUBLICATION_LABEL_SPACE];
  }


  private language(): string {
    return usableLanguage([(this.closest('[lang]') as HTMLElement | null)?.lang, document.documentElement.lang, navigator.language]);
  }

  private periodOf(event: TimelineEvent) {
    return parseEventValue(event.date)!;
  }

  private endOf(event: TimelineEvent) {
    return event.end ? parseEventValue(event.end) : undefined;
  }

  private periodWords(event: TimelineEvent): string {
    return spanInWords(this.periodOf(event), this.endOf(event), this.language());
  }

  private dateWords(event: TimelineEvent): string {
    const published: CalendarDate | undefined = this.resolved.published;
    return published ? dateInWords(this.periodOf(event), published, this.language(), this.endOf(event)) : this.periodWords(event);
  }

  private report(): void {
    const { error, rejected } = this.resolved;
    if (error && error !== this.reportedError) console.error(`<news-timeline>: ${error}`);
    this.reportedError = error;
    if (rejected.length > 0) {
      console.error(`<news-timeline>: skipped ${rejected.length} event(s) it cannot draw: ${rejected.map(({ index, reason }) => `#${index} ${reason}`).join('; ')}`);
    }
  }
}

import { LitElement, html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { zoomIdentity } from 'd3-zoom';
import {
  VIEW,
  brokenTimeScale,
  fitStory,
  limitZoomSpan,
  parseEventValue,
  periodInterval,
  placeLabels,
  rowOverlap,
  storyZoomExtent,
  type BrokenTimeScale,
  type Cluster,
  type FittedStory,
  type PlacedLabel,
  type RowLabel,
  type TickFloor,
  timelineItems,
  visibleItems,
  type TimelineItem,
  type TimelineItems,
} from '../layout/index.js';
import type { CalendarDate } from '../model/calendar.js';
import type { EventSource, StoryArticle, TimelineEvent } from '../model/types.js';
import { ArticleHighlights, rangeOf } from './article-highlight.js';
import { readArticle, type ArticleText } from '../html/article-text.js';
import { statedPublication, timePublished } from '../html/stated-publication.js';
import { parsePublished } from '../model/publication.js';
import { BackgroundExtractor, BACKGROUND_THRESHOLD } from './controllers/background-extractor.js';
import { loadReader, loadedReader } from './parser-loader.js';
import { PrintController } from './controllers/print-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { LightDomController } from './controllers/light-dom-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { drawAxis } from './axis-drawing.js';
import { AXIS_SIZE, VERTICAL_AXIS_X, breakMarks, publicationMark, renderBreak, renderPublication } from './axis-marks.js';
import { dateInWords, dayAndMonthInWords, rangeInWords, shortDayInWords, spanInWords } from './date-words.js';
import { usableLanguage } from './language.js';
import { message, messagesFor, plural, type Messages } from './messages.js';
import { SUPPORTED_LANGUAGES, supportedLanguage, type Language } from '../parser/locale.js';
import { styles } from './news-timeline.styles.js';
import { styleProperties, type StyleProperties } from './style-properties.js';
import { checkEvents, resolveTimeline, storyToRead, textToRead, type ExtractedTimeline, type ResolvedTimeline, type TimelineInput } from './timeline-input.js';

/** Below this width of its own the timeline turns vertical (phones, sidebars). */
const NARROW = 600;
// Tick labels sit above the axis line (AXIS_SIZE), event labels below it, in lanes.
// A lane holds a label of two title lines and its date line.
const LANE_HEIGHT = 60;
/** Room below the last lane. */
const FOOT = 8;
const VERTICAL_LABEL_HEIGHT = VIEW.labelHeight;
const MS_PER_DAY = 86_400_000;
/** The languages already warned about, once per page: each element in such a page would say the same. */
const warnedLanguages = new Set<string>();

export type Placement = 'before' | 'after';
export type Orientation = 'horizontal' | 'vertical';

/** Only http and https addresses become links: a `javascript:` or `data:` URL stays text. */
function isWebAddress(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Estimated from the text so layout needs no measuring: room for the title on two lines, up to about 66
 * characters of it (CSS ends a longer one with an ellipsis, and shows it whole on hover and focus), and
 * always for the date in words ("Wednesday, September 28, 2022"), which is part of the accessible name.
 */
function labelSize(event: TimelineEvent): number {
  return Math.min(300, Math.max(224, 16 + (Math.ceil(event.title.length / 2) + 4) * 8.2));
}

export type { NewsTimelineSelectDetail } from './controllers/selection-controller.js';

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
 * @attr published - Publication date: `YYYY-MM-DD` or an ISO date-time with offset. Without it, the
 *   date the page states: its article's `<time datetime>`, else the page's `article:published_time`.
 * @attr text - Article text to read events from, instead of the light-DOM article.
 * @attr placement - `before` (default) or `after`: where the timeline goes relative to the article.
 * @attr orientation - Read-only: `vertical` when the element is narrower than 600 px, else `horizontal`.
 * @attr lang - The article's language, and the element's; defaults to the nearest `lang` in the page. It picks
 *   the grammar the text is read with (`en`, `es`, `fr`, `it`, `pt`, `de`; `es-MX` reads as `es`; any other
 *   language is read as English, with one console warning), the element's own words (English for a language
 *   without them) and the dates in words and on the axis (Intl, in any language). A change reads the text
 *   again when it changes the grammar. A Unix locale name is read as the language it names (`en_US.UTF-8` is
 *   `en-US`); a tag Intl rejects gives way to the page's language, then the browser's.
 *
 * @fires {CustomEvent<{ event: TimelineEvent }>} news-timeline-select - An event was selected; `detail.event` is the TimelineEvent. Bubbles, composed.
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
 * @csspart band - A week, month, season, quarter or year event's period.
 * @csspart range - A range event's bar.
 * @csspart events - The list of events, in time order.
 * @csspart event - One event's list item.
 * @csspart event-button - The button that selects an event.
 * @csspart label - An event's title.
 * @csspart date - An event's date in words.
 * @csspart cluster - A "+N more" item standing for events that do not fit at this zoom.
 * @csspart break - A stretch of empty time cut short on the axis, labelled with its length ("14 years").
 * @csspart card - Details of the selected event.
 * @csspart card-close - Closes the card; Escape and a second click on the selected event close it too.
 * @csspart expression - The date words, highlighted in the card's sentence.
 * @csspart print-list - What a printout shows instead of the axis and controls: every event with its
 *   date, title and sentence (rendered only while printing).
 * @csspart source - The link to an event's source (`url`, when it is http or https), or to a story source's article.
 * @csspart sources - The list of a story event's sources in the card, in publication order.
 * @csspart source-item - One source: its outlet, day and link.
 * @csspart source-button - The outlet's button, which highlights the source's sentence in its own article.
 * @csspart empty - The message shown when there are no events.
 * @csspart status - "Reading the article..." while a long article is read in the background.
 * @csspart error - The message shown for an invalid publication date, or an `events` value that is neither
 *   an array nor the `{ published, events }` object of `news-timeline extract`.
 *
 * @cssprop --news-timeline-background - Background of the timeline box.
 * @cssprop --news-timeline-color - Text colour.
 * @cssprop --news-timeline-muted-color - Secondary text (dates, ticks).
 * @cssprop --news-timeline-accent-color - Event marks and the selected event's edge.
 * @cssprop --news-timeline-band-color - Fill of week/month/season/quarter/year bands.
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
    articles: { attribute: false },
    placement: { type: String, reflect: true },
    orientation: { type: String, reflect: true },
  };

  /**
   * Publication date: `YYYY-MM-DD` or an ISO date-time with offset. Without it, the date the page states:
   * its article's `<time datetime>`, else the page's `article:published_time`.
   */
  declare published: string | undefined;
  /** Article text to read events from, instead of the light-DOM article. */
  declare text: string | undefined;
  /**
   * Events made elsewhere (a server, the CLI): a `TimelineEvent[]`, or the `{ published, events }` object
   * `news-timeline extract` prints, whose `published` is used when the element has none. Validated: bad
   * items are reported and skipped; any other value shows the error state.
   */
  declare events: readonly TimelineEvent[] | ExtractedTimeline | undefined;
  /**
   * Several articles of one story (`{ id?, text, published, url?, source? }`, as `buildStory` takes
   * them): one timeline where what several tell is one event, its card listing each source. Several
   * `<article>` children do the same from the light DOM (each dated by its `data-published` or `<time
   * datetime>`, named by its `id`, with `data-source` and `data-url`).
   */
  declare articles: readonly StoryArticle[] | undefined;
  /** Where the timeline goes relative to the article. */
  declare placement: Placement;
  /** Read-only: the layout in use, from the element's own width. */
  declare orientation: Orientation;

  /**
   * On the server, and in the browser until the update that hydrates server-rendered HTML (a declarative
   * shadow root) is done: the element draws only what the server knows, since hydration needs the same
   * render on both sides. No width (the first layout), no light-DOM article, only its own `lang`.
   */
  private serverView = isServer || this.shadowRoot !== null;
  private readonly size = new ResizeController(this);
  private readonly lightDom = new LightDomController(this);
  private readonly print = new PrintController(this);
  private readonly background = new BackgroundExtractor(this);
  /** The read in flight, from `readInBackground` until its answer is shown or a newer input overtakes it. */
  private reading?: { inWorker: boolean; finished: Promise<void>; finish: () => void };
  private readonly zoom = new ZoomController(this, () => this.renderRoot?.querySelector<HTMLElement>('.viewport'));
  private readonly selection = new SelectionController(this, {
    items: () => this.items,
    bringIntoView: (item) => this.bringIntoView(item),
    sentenceRange: (event) => this.sentenceRange(event),
  });
  private resolved: ResolvedTimeline = { events: [], rejected: [] };
  private items: TimelineItems = timelineItems([], labelSize);
  /** The first view (story axis, length, lanes), per set of events and size: zooming never changes it. */
  private fitted?: { key: string; view: FittedStory };
  private article?: ArticleText;
  /** A story's light-DOM articles, by id: where its sources' sentences are highlighted. */
  private storyArticles = new Map<string, ArticleText>();
  /** The source of the selected event whose sentence is shown, when the reader picked one in the card. */
  private shownSource?: EventSource;
  private articleVersion = -1;
  /** This element's highlights of its article's sentences, named for it alone. */
  private readonly highlights = new ArticleHighlights();
  /** The publication date the page states, for an element without `published` (see timeline-input.ts). */
  private pagePublished?: string;
  /** The story being shown, from `articles` or the light DOM's `<article>`s. */
  private storyInput?: readonly StoryArticle[];
  private reportedError?: string;
  private updateLanguage?: string;
  /** The grammar the shown events were read with: a change of language reads the text again. */
  private readGrammar?: Language;
  private words = new Map<string, { period: string; date: string }>();
  private wordsLanguage?: string;
  /** The finest ticks the events in view allow (see `renderBody`). */
  private axisFloor: TickFloor = 'day';
  /** Labels in the tick row that ticks give way to: the publication date, the breaks' lengths. */
  private axisFixed: RowLabel[] = [];

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

  /** Zooms in twice as close, about the middle of the view. */
  zoomIn(): void {
    this.zoom.scaleBy(2);
  }

  /** Zooms out to twice the span, about the middle of the view (no further than the zoom limits). */
  zoomOut(): void {
    this.zoom.scaleBy(0.5);
  }

  /** Back to the first view, every event and the publication date in view. */
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

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.serverView ? this.hydrate() : super.scheduleUpdate();
  }

  /**
   * The first update of server-rendered HTML: hydrates it with the server's view, then at once draws the
   * browser's (width, article, page language) in a second update. Lit would call an update asked for in
   * `updated` wasteful; this one can only follow from hydrating.
   */
  private async hydrate(): Promise<void> {
    // The server read a short text while rendering: so does the hydrating update, once the parser has loaded.
    const toRead = textToRead(this.input());
    if (toRead && toRead.text.length <= BACKGROUND_THRESHOLD) await loadReader(this.grammar()).catch(() => undefined);
    this.performUpdate();
    this.serverView = false;
    this.requestUpdate();
    this.performUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.updateLanguage = undefined;
    this.orientation = this.width() > 0 && this.width() < NARROW ? 'vertical' : 'horizontal';
    const inputsChanged = changed.has('published') || changed.has('text') || changed.has('events') || changed.has('articles');
    // A new language is a new grammar for a text to read: the same text may hold other dates in it.
    const grammar = this.grammar();
    const regrammar = grammar !== this.readGrammar && (!!textToRead(this.input()) || storyToRead(this.input()));
    if (inputsChanged || this.lightDom.version !== this.articleVersion || regrammar) {
      // The server has no light DOM, and the hydrating update renders as it did: the article is read after.
      this.articleVersion = this.serverView ? -1 : this.lightDom.version;
      const article = this.serverView ? undefined : this.querySelector('article') ?? (this.childElementCount > 0 ? this : undefined);
      const stories = this.serverView || this.events || this.text || this.articles ? [] : this.querySelectorAll(':scope > article');
      this.storyArticles = new Map();
      this.storyInput = stories.length > 1 ? [...stories].map((element, index) => this.storyArticle(element, index)) : this.articles;
      this.article = !this.events && !this.text && !this.storyInput && article ? readArticle(article) : undefined;
      this.pagePublished = this.serverView || this.published ? undefined : statedPublication(article ?? this);
      this.shownSource = undefined;
      const input = this.input();
      const toRead = textToRead(input);
      this.readGrammar = grammar;
      if (toRead || storyToRead(input)) this.warnOfGrammar();
      const reader = loadedReader(grammar);
      if (storyToRead(input) && !reader) {
        this.readStoryWhenLoaded(input, grammar);
      } else if (toRead && (toRead.text.length > BACKGROUND_THRESHOLD || !reader)) {
        this.readInBackground(toRead, grammar, toRead.text.length > BACKGROUND_THRESHOLD);
      } else {
        // Whatever is still being read is an older input now: its answer must not arrive.
        this.background.cancel();
        this.endRead();
        this.show(resolveTimeline(input, reader));
      }
      if (inputsChanged) this.zoom.transform = zoomIdentity;
    }
    const vertical = this.orientation === 'vertical';
    this.zoom.configure(this.scaleExtent(), vertical ? [this.crossLength(), this.axisLength()] : [this.axisLength(), this.viewportSize()[1]], vertical, (k, offset) =>
      limitZoomSpan(this.baseScale(), this.axisLength(), { k, offset }),
    );
  }

  private input(): TimelineInput {
    return {
      published: this.published,
      text: this.text,
      events: this.events,
      ...(this.article ? { articleText: this.article.text } : {}),
      ...(this.pagePublished ? { pagePublished: this.pagePublished } : {}),
      ...(this.storyInput ? { story: this.storyInput } : {}),
    };
  }

  /** A light-DOM `<article>` of a story, its text kept for highlighting its sentences. */
  private storyArticle(element: Element, index: number): StoryArticle {
    const id = element.id || `a${index + 1}`;
    const text = readArticle(element);
    this.storyArticles.set(id, text);
    const { source, url } = (element as HTMLElement).dataset;
    const published = (element as HTMLElement).dataset.published ?? timePublished(element);
    return { id, text: text.text, published: published ?? '', ...(source ? { source } : {}), ...(url ? { url } : {}) };
  }

  /**
   * A story is read on the main thread once the parser has loaded; only the answer for the current input
   * arrives, as for a text (see `readInBackground`).
   */
  private readStoryWhenLoaded(input: TimelineInput, grammar: Language): void {
    this.background.cancel();
    this.endRead();
    let finish = (): void => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const reading = { inWorker: false, finished, finish };
    this.reading = reading;
    loadReader(grammar).then(
      (extract) => this.reading === reading && this.showRead(resolveTimeline(input, extract)),
      (error: Error) => this.reading === reading && this.showRead({ events: [], rejected: [], error: error.message }),
    );
  }

  /** The host's width; none in the server's view. */
  private width(): number {
    return this.serverView ? 0 : this.size.width;
  }

  /**
   * Long articles are read in a worker, short ones here once the parser has loaded; until the events
   * arrive the previous ones stay, but not an error, which the new input has just mended. Only the
   * answer for the current input ever arrives.
   */
  private readInBackground({ text, published }: { text: string; published: string }, grammar: Language, inWorker: boolean): void {
    this.endRead();
    const dated = resolveTimeline({ published });
    let finish = (): void => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    this.reading = { inWorker, finished, finish };
    if (this.resolved.error) this.show({ ...dated, events: [] });
    this.background.extract(text, published, grammar, inWorker).then(
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
    this.words.clear();
    this.report();
    this.items = timelineItems(resolved.events, labelSize);
    this.fitted = undefined;
    this.selection.reconcile();
  }

  protected override updated(): void {
    this.drawAxis();
    this.highlightArticle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.highlights.clear();
  }

  protected override render(): TemplateResult {
    const timeline = html`<div part="timeline" class="timeline" @keydown=${this.selection.onKeyDown}>${this.renderBody()}${this.print.printing ? this.renderPrintList() : nothing}</div>`;
    return this.placement === 'after' ? html`<slot></slot>${timeline}` : html`${timeline}<slot></slot>`;
  }

  /** What a printout shows instead of the axis: every event, in time order, with its date and sentence. */
  private renderPrintList(): TemplateResult {
    return html`<ol part="print-list" class="print-list">
      ${this.items.items.map(
        ({ event }) => html`<li>
          <span class="print-date">${this.periodWords(event)}</span>
          <strong class="print-title">${event.title}</strong>
          <span class="print-sentence">${event.sentence.text}</span>
        </li>`,
      )}
    </ol>`;
  }

  private renderBody(): TemplateResult {
    const words = this.messages();
    if (this.resolved.error) {
      return html`<p part="error" class="message error" role="alert">${message(words.error, { reason: this.resolved.error })}</p>`;
    }
    if (this.items.items.length === 0) {
      // Without `text` or `events` the server's view has an article to read still, in the light DOM.
      return this.reading || (this.serverView && !this.text && !this.events)
        ? html`<p part="status" class="message" role="status">${words.reading}</p>`
        : html`<p part="empty" class="message">${words.empty}</p>`;
    }
    const scale = this.scale();
    const visible = this.visible(scale);
    const { placed, clusters } = this.layout(scale, visible);
    // Hours only when an event in view has a clock time: a story of days gets day ticks.
    this.axisFloor = visible.some((item) => item.timed) ? 'minute' : 'day';
    const vertical = this.orientation === 'vertical';
    const [width, height] = this.viewportSize();
    const byId = this.items.byId;
    const labels = new Map(placed.map((label) => [label.id, label]));
    const rendered = placed.map((label) => byId.get(label.id)!).sort((a, b) => a.start - b.start);
    const tabStop = rendered.some(({ event }) => event.id === this.selection.focusId) ? this.selection.focusId : rendered[0]?.event.id;
    const selected = this.selection.selectedId ? byId.get(this.selection.selectedId) : undefined;
    const day = this.publicationDay();
    // The column beside a vertical axis is narrow: the day and month, written without the year by Intl
    // ("27 de nov.", not "27 de nov. de 2025" with its year cut off).
    const dayInWords = vertical ? dayAndMonthInWords : shortDayInWords;
    const publication = day && publicationMark(scale, day, words.published, dayInWords(this.resolved.published!, this.language()), vertical, this.axisLength());
    // A break's length gives way to the publication label where the two would meet; its mark stays.
    const breaks = breakMarks(scale, this.language(), vertical).map((cut) => (publication && rowOverlap(cut.row, publication.row) ? { ...cut, text: '' } : cut));
    this.axisFixed = [...(publication ? [publication.row] : []), ...breaks.filter(({ text }) => text).map(({ row }) => row)];
    return html`
      <div part="controls" class="controls">
        <button part="zoom-in" aria-label=${words.zoomIn} @click=${() => this.zoomIn()}>+</button>
        <button part="zoom-out" aria-label=${words.zoomOut} @click=${() => this.zoomOut()}>&minus;</button>
        <button part="zoom-fit" aria-label=${words.fitLabel} @click=${() => this.fit()}>${words.fit}</button>
      </div>
      <div part="viewport" class="viewport" ${styleProperties({ height: `${height}px` })} @keydown=${this.onZoomKey} @dblclick=${this.stopZoomOnButtons}>
        <svg width=${width} height=${height} aria-hidden="true">
          ${this.renderMarks(scale, placed, byId)}
          <g part="axis" class="axis" transform=${vertical ? `translate(${VERTICAL_AXIS_X},0)` : `translate(0,${AXIS_SIZE})`}></g>
          ${breaks.map((cut) => renderBreak(cut, vertical, height))} ${publication ? renderPublication(publication, vertical) : nothing}
        </svg>
        <ol part="events" aria-label=${words.events}>
          ${repeat(
            rendered,
            // Keyed by event, so an item keeps its DOM node (and focus) while zooming re-lays it out.
            (item) => item.event.id,
            (item) => this.renderEvent(item, labels.get(item.event.id)!, tabStop),
          )}
          ${clusters.map((cluster) => this.renderCluster(cluster, byId))}
        </ol>
      </div>
      <div class=${`card-slot${selected ? ' open' : ''}${this.storyInput ? ' story' : ''}`} role="region" aria-label=${words.details} tabindex="0">${selected ? this.renderCard(selected.event) : html`<p class="card-hint">${words.hint}</p>`}</div>
    `;
  }

  private renderEvent(item: TimelineItem, label: PlacedLabel, tabStop: string | undefined): TemplateResult {
    const { event } = item;
    const words = this.dateWords(event);
    const position: StyleProperties = this.orientation === 'vertical'
      ? { top: `${label.position}px`, left: `${VERTICAL_AXIS_X + 12}px`, right: '4px', height: `${VERTICAL_LABEL_HEIGHT - 4}px` }
      : { left: `${label.position}px`, top: `${AXIS_SIZE + label.lane * LANE_HEIGHT + 8}px`, width: `${item.labelSize}px` };
    return html`<li part="event" class="event" data-id=${event.id} data-date=${event.date} ${styleProperties(position)}>
      <button
        part="event-button"
        data-id=${event.id}
        tabindex=${event.id === tabStop ? 0 : -1}
        aria-pressed=${event.id === this.selection.selectedId ? 'true' : 'false'}
        aria-label=${`${event.title}, ${words}`}
        @click=${() => this.selection.select(event.id)}
        @focus=${() => this.selection.noteFocus(event.id)}
      >
        <span part="label" class="label">${event.title}</span>
        <span part="date" class="date">${this.periodWords(event)}</span>
      </button>
    </li>`;
  }

  private renderCluster(cluster: Cluster, byId: ReadonlyMap<string, TimelineItem>): TemplateResult {
    const first = byId.get(cluster.ids[0]!)?.event;
    const last = byId.get(cluster.ids[cluster.ids.length - 1]!)?.event;
    const span = first && last ? rangeInWords(this.periodWords(first), this.periodWords(last), this.language()) : '';
    const { more, moreLabel } = this.messages();
    const lang = this.language();
    const position: StyleProperties = this.orientation === 'vertical'
      ? { top: `${cluster.position}px`, left: `${VERTICAL_AXIS_X + 12}px` }
      : { left: `${cluster.position}px`, top: `${AXIS_SIZE + cluster.lane * LANE_HEIGHT + 8}px`, width: `${VIEW.clusterWidth}px` };
    return html`<li part="cluster" class="cluster" ${styleProperties(position)}>
      <button aria-label=${plural(moreLabel, cluster.count, lang, { span })} @click=${() => this.zoomToMembers(cluster.ids)}>${plural(more, cluster.count, lang)}</button>
    </li>`;
  }

  private renderMarks(scale: BrokenTimeScale, placed: PlacedLabel[], byId: ReadonlyMap<string, TimelineItem>): TemplateResult[] {
    const vertical = this.orientation === 'vertical';
    return placed.map((label) => {
      const { start, end, kind, at } = byId.get(label.id)!;
      const mark = scale(at);
      const from = scale(start);
      const to = Math.max(scale(end), from + 2);
      if (vertical) {
        return kind === 'point'
          ? svg`<circle class="point" cx=${VERTICAL_AXIS_X} cy=${mark} r="4"></circle><line class="stem" x1=${VERTICAL_AXIS_X} y1=${mark} x2=${VERTICAL_AXIS_X + 12} y2=${label.position + VERTICAL_LABEL_HEIGHT / 2}></line>`
          : svg`<rect part=${kind} class=${kind} x=${VERTICAL_AXIS_X - 6} y=${from} width="12" height=${to - from}></rect>`;
      }
      const top = AXIS_SIZE + label.lane * LANE_HEIGHT + 8;
      return kind === 'point'
        ? svg`<circle class="point" cx=${mark} cy=${AXIS_SIZE} r="4"></circle><line class="stem" x1=${mark} y1=${AXIS_SIZE} x2=${label.position} y2=${top}></line>`
        : svg`<rect part=${kind} class=${kind} x=${from} y=${top - 4} width=${to - from} height=${LANE_HEIGHT - 4}></rect>`;
    });
  }

  private renderCard(event: TimelineEvent): TemplateResult {
    // In a story, the sentence of the source the reader picked.
    const { sentence, expression } = this.sourceShown(event) ?? event;
    const from = Math.max(0, expression.start - sentence.start);
    const to = Math.min(sentence.text.length, expression.end - sentence.start);
    const words = this.messages();
    return html`<section part="card" class="card" aria-label=${words.card} aria-live="polite">
      <button part="card-close" class="card-close" aria-label=${words.close} title=${words.closeTitle} @click=${() => this.selection.close()}>\u00d7</button>
      <h3>${event.title}</h3>
      <p class="card-date">${this.dateWords(event)}</p>
      <p>${sentence.text.slice(0, from)}<mark part="expression">${sentence.text.slice(from, to)}</mark>${sentence.text.slice(to)}</p>
      ${event.url === undefined ? nothing : this.renderSource(event.url)}
      ${event.sources && event.sources.length > 0 && event.article !== undefined ? this.renderSources(event, event.sources) : nothing}
    </section>`;
  }

  /** A story's sources of the event: outlet, date and link each, and a button that shows its sentence. */
  private renderSources(event: TimelineEvent, sources: readonly EventSource[]): TemplateResult {
    const shown = this.sourceShown(event);
    const words = this.messages();
    return html`<h4 class="sources-heading">${plural(words.sources, sources.length, this.language())}</h4>
      <ul part="sources" class="sources">
        ${sources.map((source) => {
          const name = source.source ?? source.article;
          const day = shortDayInWords(parsePublished(source.published), this.language());
          const inPage = this.storyArticles.has(source.article);
          return html`<li part="source-item" class=${source === shown ? 'shown' : ''}>
            ${inPage
              ? html`<button part="source-button" aria-pressed=${source === shown ? 'true' : 'false'} @click=${() => this.showSource(source)}>${name}</button>`
              : html`<span class="source-name">${name}</span>`}
            <span class="source-date">${day}</span>
            ${source.url === undefined ? nothing : this.renderSourceLink(source.url, message(words.openLabel, { name }))}
          </li>`;
        })}
      </ul>`;
  }

  /** The source whose sentence is shown for an event: the one the reader picked, else the event's own. */
  private sourceShown(event: TimelineEvent): EventSource | undefined {
    const sources = event.sources ?? [];
    return this.shownSource && sources.includes(this.shownSource) ? this.shownSource : sources.find((source) => source.article === event.article);
  }

  /** Highlights a source's sentence in its own article and brings it into view. */
  private showSource(source: EventSource): void {
    this.shownSource = source;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const text = this.storyArticles.get(source.article);
      const range = text && rangeOf(text, source.sentence.start, source.sentence.end);
      (range?.startContainer.parentElement ?? undefined)?.scrollIntoView({ block: 'nearest' });
    });
  }

  /** Only web addresses become links: a `javascript:` or `data:` URL stays visible text. */
  private renderSource(url: string): TemplateResult {
    const words = this.messages();
    return isWebAddress(url)
      ? html`<p><a part="source" href=${url} rel="noopener noreferrer" target="_blank">${words.source}</a></p>`
      : html`<p part="source">${message(words.sourceText, { url })}</p>`;
  }

  private renderSourceLink(url: string, label: string): TemplateResult {
    return isWebAddress(url)
      ? html`<a part="source" href=${url} rel="noopener noreferrer" target="_blank" aria-label=${label}>${this.messages().open}</a>`
      : html`<span part="source" class="source-url">${url}</span>`;
  }

  private drawAxis(): void {
    const group = this.renderRoot.querySelector<SVGGElement>('[part~="axis"]');
    if (!group) return;
    drawAxis(group, this.scale(), { vertical: this.orientation === 'vertical', lang: this.language(), floor: this.axisFloor, fixed: this.axisFixed });
  }

  private highlightArticle(): void {
    if (!this.article && this.storyArticles.size === 0) return;
    const byId = new Map(this.items.items.map((item) => [item.event.id, item.event]));
    const ranges = this.items.items.flatMap(({ event }) => this.sentenceRanges(event));
    const selected = this.selection.selectedId ? byId.get(this.selection.selectedId) : undefined;
    this.highlights.show(ranges, selected && this.sentenceRange(selected));
  }

  /** Every sentence in the page that tells the event: one in an article, one per source in a story. */
  private sentenceRanges(event: TimelineEvent): Range[] {
    const tellings = this.article ? [{ text: this.article, span: event.sentence }] : (event.sources ?? []).map((source) => ({ text: this.storyArticles.get(source.article), span: source.sentence }));
    return tellings.flatMap(({ text, span }) => (text ? [rangeOf(text, span.start, span.end)].filter((range): range is Range => !!range) : []));
  }

  /** The sentence shown for the selected event: the source the reader picked, else its own. */
  private sentenceRange(event: TimelineEvent): Range | undefined {
    if (this.article) return rangeOf(this.article, event.sentence.start, event.sentence.end);
    const source = this.sourceShown(event);
    const text = source && this.storyArticles.get(source.article);
    return text && rangeOf(text, source.sentence.start, source.sentence.end);
  }

  /** Clicking a sentence of the article that states an event selects that event. */
  private readonly onArticleClick = (event: MouseEvent): void => {
    // Clicks from the timeline itself (including those a key press makes on a button) are not the article's.
    const origin = event.composedPath()[0];
    if ((!this.article && this.storyArticles.size === 0) || !(origin instanceof Node) || origin === this || this.renderRoot.contains(origin) || !this.contains(origin)) return;
    const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    if (!caret) return;
    if (this.article) {
      const offset = this.article.offsetOf(caret.offsetNode, caret.offset);
      const hit = offset === undefined ? undefined : this.items.items.find(({ event: item }) => item.sentence.start <= offset && offset <= item.sentence.end);
      if (hit) this.selection.select(hit.event.id);
      return;
    }
    // In a story: the event one of whose sources is the clicked sentence, shown as that source.
    for (const [article, text] of this.storyArticles) {
      const offset = text.offsetOf(caret.offsetNode, caret.offset);
      if (offset === undefined) continue;
      for (const { event: item } of this.items.items) {
        const source = item.sources?.find((candidate) => candidate.article === article && candidate.sentence.start <= offset && offset <= candidate.sentence.end);
        if (source) {
          this.shownSource = source;
          // Another source's sentence of the selected event shows that source; it does not close the card.
          if (item.id !== this.selection.selectedId) this.selection.select(item.id);
          this.requestUpdate();
          return;
        }
      }
      return;
    }
  };

  /** Zoom keys; the selection controller handles the others. */
  private readonly onZoomKey = (event: KeyboardEvent): void => {
    const zoom = { '+': 2, '=': 2, '-': 0.5, _: 0.5 }[event.key];
    if (zoom === undefined && event.key !== '0') return;
    event.preventDefault();
    if (zoom === undefined) this.fit();
    else this.zoomAboutFocus(zoom);
  };

  /** Keyboard zoom keeps the focused event where it is, so focus never leaves the view. */
  private zoomAboutFocus(factor: number): void {
    const focused = this.selection.focusId ? this.items.byId.get(this.selection.focusId) : undefined;
    const at = focused && this.scale()(focused.at);
    const inView = at !== undefined && at >= 0 && at <= this.axisLength();
    this.zoom.scaleBy(factor, inView ? (this.orientation === 'vertical' ? [0, at] : [at, 0]) : undefined);
  }

  private readonly stopZoomOnButtons = (event: Event): void => {
    if ((event.target as Element).closest?.('button')) event.stopImmediatePropagation();
  };

  /** Pans, and zooms in out of a "+N more", until the item has its own label on screen. */
  private bringIntoView(item: TimelineItem): void {
    for (let attempt = 0; attempt < 16 && !this.layout(this.scale()).placed.some((label) => label.id === item.id); attempt++) {
      const [start, end] = this.visibleDomain.map(Number) as [number, number];
      const span = (end - start) / (attempt === 0 ? 1 : 2);
      const middle = (item.start + item.end) / 2;
      this.zoomToInstant(middle - span / 2, middle + span / 2);
    }
  }

  private zoomToInstant(start: number, end: number): void {
    this.zoomTo(new Date(start), new Date(end));
  }

  /**
   * Zooms until every event of a "+N more" has a label of its own: to the members' span, then, while some
   * are still folded, to the span of those, until none is or the zoom can go no further.
   */
  private zoomToMembers(ids: readonly string[]): void {
    let pending = ids.map((id) => this.items.byId.get(id)).filter((item): item is TimelineItem => !!item);
    for (let attempt = 0; attempt < 8 && pending.length > 0; attempt++) {
      // A loop, not Math.min(...spread): a cluster can hold more members than a call has room for arguments.
      let start = Infinity;
      let end = -Infinity;
      for (const member of pending) {
        start = Math.min(start, member.at);
        end = Math.max(end, member.at);
      }
      const pad = Math.max((end - start) * 0.1, MS_PER_DAY / 2);
      const before = this.zoom.transform;
      this.zoomToInstant(start - pad, end + pad);
      const placed = new Set(this.layout(this.scale()).placed.map(({ id }) => id));
      const folded = pending.filter((member) => !placed.has(member.event.id));
      const after = this.zoom.transform;
      const stuck = after.k === before.k && after.x === before.x && after.y === before.y;
      // Where the same members fold again, the earliest half of them comes first: each click narrows.
      pending = stuck && folded.length === pending.length ? folded.slice(0, Math.floor(folded.length / 2)) : folded;
    }
  }

  private layout(scale: BrokenTimeScale, visible = this.visible(scale)): { placed: PlacedLabel[]; clusters: Cluster[] } {
    const vertical = this.orientation === 'vertical';
    return placeLabels(visible, scale, {
      vertical,
      axisLength: this.axisLength(),
      lanes: this.fittedView().lanes,
    });
  }

  /** The items reaching into the visible span. */
  private visible(scale: BrokenTimeScale): TimelineItem[] {
    const [from, to] = scale.domain().map(Number) as [number, number];
    return visibleItems(this.items, from, to);
  }

  /**
   * The first view, made once per set of events, orientation and width: the story axis with its breaks,
   * its length and the lanes it reserves, so that zooming never changes the element's height.
   */
  private fittedView(): FittedStory {
    const vertical = this.orientation === 'vertical';
    const width = Math.max(120, this.width() - 20);
    const key = `${vertical ? 'v' : 'h'}${width}`;
    if (this.fitted?.key !== key) {
      const first = this.items.items[0];
      const day = this.publicationDay() ?? (first ? [first.start, first.end] : [0, MS_PER_DAY]);
      this.fitted = { key, view: fitStory(this.items.items, day, { vertical, width }) };
    }
    return this.fitted.view;
  }

  /** The fitted scale: every event and the publication date in view. */
  private baseScale(): BrokenTimeScale {
    const { story, domain, axisLength } = this.fittedView();
    return brokenTimeScale(story, domain, [0, axisLength]);
  }

  /** The publication day on the axis, `[midnight, next midnight)` in UTC ms (years 0-99 included). */
  private publicationDay(): [number, number] | undefined {
    const published = this.resolved.published;
    return published && periodInterval({ granularity: 'day', date: published });
  }

  private scale(): BrokenTimeScale {
    const base = this.baseScale();
    return this.orientation === 'vertical' ? this.zoom.transform.rescaleY(base) : this.zoom.transform.rescaleX(base);
  }

  private scaleExtent(): [number, number] {
    const { story, axisLength } = this.fittedView();
    return storyZoomExtent(story, axisLength);
  }

  /** Pixels along the time axis: the width, or the height a vertical timeline needs for its labels. */
  private axisLength(): number {
    return this.fittedView().axisLength;
  }

  /** Pixels across the time axis. */
  private crossLength(): number {
    return Math.max(120, this.width() - 20);
  }

  /** Fixed for a set of events and a width: the lanes the first view needs, whatever the zoom. */
  private viewportSize(): [number, number] {
    if (this.orientation === 'vertical') return [this.crossLength(), this.axisLength()];
    return [this.axisLength(), AXIS_SIZE + this.fittedView().lanes * LANE_HEIGHT + FOOT];
  }

  /**
   * The language of this update (see `willUpdate`), looked up once per update rather than per label. The
   * server's view has only the element's own `lang`: the server sees no page around it.
   */
  private language(): string {
    return (this.updateLanguage ??= usableLanguage(
      this.serverView ? [this.getAttribute('lang')] : [(this.closest('[lang]') as HTMLElement | null)?.lang, document.documentElement.lang, navigator.language],
    ));
  }

  /**
   * The grammar of this update's language; English for a language the parser has none for (see
   * `warnOfGrammar`): an article in it may still quote dates the English grammar reads ("2022-03-15"),
   * and the page's `lang` may not be the article's, where a page in one language carries articles in
   * another.
   */
  private grammar(): Language {
    return supportedLanguage(this.language()) ?? 'en';
  }

  private warnOfGrammar(): void {
    const lang = this.language();
    if (supportedLanguage(lang) || warnedLanguages.has(lang)) return;
    warnedLanguages.add(lang);
    console.warn(`<news-timeline>: no grammar for lang="${lang}": the text is read as English (grammars: ${SUPPORTED_LANGUAGES.join(', ')}).`);
  }

  /** The element's own words, in this update's language (English for a language without them). */
  private messages(): Messages {
    return messagesFor(this.language());
  }

  /**
   * An event's dates in words, made once per event and language: every frame of a zoom draws them again,
   * and `Intl` formatting is the dearest part of a frame.
   */
  private wordsOf(event: TimelineEvent): { period: string; date: string } {
    const lang = this.language();
    if (this.wordsLanguage !== lang) {
      this.words.clear();
      this.wordsLanguage = lang;
    }
    let words = this.words.get(event.id);
    if (!words) {
      const period = parseEventValue(event.date)!;
      const end = event.end ? parseEventValue(event.end) : undefined;
      const published: CalendarDate | undefined = this.resolved.published;
      // The item's date line stays the period alone: with its part ("…, in the morning") it would not fit
      // beside a title. The card and the accessible name say the part.
      words = {
        period: spanInWords(period, end, lang),
        date: published ? dateInWords(period, published, lang, end, event.part) : spanInWords(period, end, lang, event.part),
      };
      this.words.set(event.id, words);
    }
    return words;
  }

  private periodWords(event: TimelineEvent): string {
    return this.wordsOf(event).period;
  }

  private dateWords(event: TimelineEvent): string {
    return this.wordsOf(event).date;
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

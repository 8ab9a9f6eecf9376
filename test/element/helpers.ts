// Shared setup for the <news-timeline> browser tests: fixtures built from real DOM (never innerHTML),
// queries by the element's documented parts, and waits that report what they saw when they give up.
import { fixture, html, nextFrame } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emulateMedia, executeServerCommand, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/element/define.js';
import type { NewsTimeline } from '../../src/element/news-timeline.js';
import { extractEvents, type Granularity, type Relation, type TimelineEvent } from '../../src/parser/index.js';

export { captureConsole, captureConsoleError, type ConsoleCapture } from './console-capture.js';

export type { NewsTimeline, TimelineEvent };

export const SEED_PUBLISHED = '2022-02-16';
/** web-test-runner's default page size, restored after tests that change it. */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/** A fixture article's lines (blank lines dropped), from test/fixtures/<name>.txt on the dev server. */
export async function fixtureLines(name: string): Promise<string[]> {
  const response = await fetch(`/test/fixtures/${name}.txt`);
  if (!response.ok) throw new Error(`GET ${name} answered ${response.status}`);
  return (await response.text()).split('\n').map((line) => line.trimEnd()).filter((line) => line !== '');
}

let seedLinesCache: Promise<string[]> | undefined;

/** The seed article's lines, fetched once. */
export function seedLines(): Promise<string[]> {
  return (seedLinesCache ??= fixtureLines('russia-troops-2022-02-16'));
}

export interface ArticleOptions {
  /** Index of the paragraph before which an empty, tall spacer is put (pushes it below the fold). */
  spacerBefore?: number;
  /** The spacer's height in pixels; 2000 unless given. */
  spacerHeight?: number;
}

/**
 * An <article> with one <p> per line, text set with textContent. Paragraphs are separated by a
 * newline text node, as in authored HTML, so the article's textContent keeps the line breaks.
 */
export function buildArticle(lines: readonly string[], options: ArticleOptions = {}): HTMLElement {
  const article = document.createElement('article');
  lines.forEach((line, index) => {
    if (index > 0) article.append('\n');
    if (index === options.spacerBefore) {
      const spacer = document.createElement('div');
      spacer.style.height = `${options.spacerHeight ?? 2000}px`;
      spacer.setAttribute('data-test-spacer', '');
      article.append(spacer);
    }
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    article.append(paragraph);
  });
  return article;
}

export interface TimelineOptions extends ArticleOptions {
  published?: string;
  placement?: 'before' | 'after';
}

/** `<news-timeline published=...><article>…</article></news-timeline>`, attached and rendered. */
export async function articleTimeline(lines: readonly string[], options: TimelineOptions = {}): Promise<NewsTimeline> {
  const article = buildArticle(lines, options);
  const el = await fixture<NewsTimeline>(
    html`<news-timeline published=${options.published ?? SEED_PUBLISHED} placement=${ifDefined(options.placement)}
      >${article}</news-timeline
    >`,
  );
  await settle(el);
  return el;
}

/** The seed article inside a timeline published 2022-02-16. */
export async function seedTimeline(options: TimelineOptions = {}): Promise<NewsTimeline> {
  return articleTimeline(await seedLines(), options);
}

/** A timeline from the `text` property. */
export async function textTimeline(text: string, published = SEED_PUBLISHED): Promise<NewsTimeline> {
  const el = await fixture<NewsTimeline>(html`<news-timeline published=${published} .text=${text}></news-timeline>`);
  await settle(el);
  return el;
}

/** A timeline from the `events` property. */
export async function eventsTimeline(events: unknown[], published = SEED_PUBLISHED): Promise<NewsTimeline> {
  const el = await fixture<NewsTimeline>(
    html`<news-timeline published=${published} .events=${events as TimelineEvent[]}></news-timeline>`,
  );
  await settle(el);
  return el;
}

/**
 * What the element should draw for its light-DOM article: extractEvents over the article's text.
 * The element may join block elements with line breaks of its own, which moves offsets (and so ids)
 * but not dates, titles, sentences or expressions: compare events with `eventKey`, never by id.
 */
export function expectedArticleEvents(el: NewsTimeline, published = SEED_PUBLISHED): TimelineEvent[] {
  const article = el.querySelector('article');
  if (!article) throw new Error('test setup: the timeline has no light-DOM <article>');
  return extractEvents(article.textContent ?? '', { published });
}

/** An event's identity apart from offsets: date and title (what a list item shows). */
export function eventKey(event: Pick<TimelineEvent, 'date' | 'title'>): string {
  return `${event.date} | ${event.title}`;
}

/** The same key read from a drawn list item (data-date and the label's text). */
export function itemKey(item: Element): string {
  return `${item.getAttribute('data-date')} | ${text(eventButton(item).querySelector('[part~="label"]'))}`;
}

/** The expected event a drawn item stands for. */
export function expectedFor(item: Element, expected: readonly TimelineEvent[]): TimelineEvent {
  const key = itemKey(item);
  const found = expected.find((event) => eventKey(event) === key);
  if (!found) throw new Error(`drawn item "${key}" matches no expected event: ${JSON.stringify(expected.map(eventKey))}`);
  return found;
}

/** Same event apart from offsets and id: date, end, granularity, relation, title, sentence and expression text. */
export function sameEventContent(actual: TimelineEvent, expected: TimelineEvent): boolean {
  const content = (e: TimelineEvent) =>
    JSON.stringify([e.date, e.end, e.granularity, e.relation, e.title, e.sentence.text, e.expression.text]);
  return content(actual) === content(expected);
}

/** Lets the element render, observe its size and lay out (two frames between update passes). */
export async function settle(el: NewsTimeline): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

// ---------------------------------------------------------------- queries

export function shadow(el: NewsTimeline): ShadowRoot {
  if (!el.shadowRoot) throw new Error('<news-timeline> has no open shadow root');
  return el.shadowRoot;
}

/** The first element in the shadow root with the given part name, or null. */
export function part<T extends Element = HTMLElement>(el: NewsTimeline, name: string): T | null {
  return shadow(el).querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(el: NewsTimeline, name: string): T[] {
  return [...shadow(el).querySelectorAll<T>(`[part~="${name}"]`)];
}

/** The list items of single events (not clusters), in list (= time) order. */
export function eventItems(el: NewsTimeline): HTMLLIElement[] {
  return [
    ...shadow(el).querySelectorAll<HTMLLIElement>('ol[part~="events"] li[part~="event"]:not([part~="cluster"])'),
  ];
}

export function clusterItems(el: NewsTimeline): HTMLLIElement[] {
  return [...shadow(el).querySelectorAll<HTMLLIElement>('li[part~="cluster"]')];
}

export function eventButton(item: Element): HTMLButtonElement {
  const buttons = item.querySelectorAll<HTMLButtonElement>('button[part~="event-button"]');
  if (buttons.length !== 1) {
    throw new Error(`li data-id="${item.getAttribute('data-id')}" has ${buttons.length} event buttons, expected 1`);
  }
  return buttons[0]!;
}

/** The button of the index-th event item, or an error that says what is drawn instead. */
export function nthEventButton(el: NewsTimeline, index: number): HTMLButtonElement {
  const items = eventItems(el);
  const item = items[index];
  if (!item) {
    throw new Error(
      `no event item #${index + 1}: ${items.length} event item(s), clusters ${JSON.stringify(clusterItems(el).map((c) => text(c)))}, ` +
        `orientation "${el.getAttribute('orientation')}", host width ${el.getBoundingClientRect().width}px`,
    );
  }
  return eventButton(item);
}

export function eventButtons(el: NewsTimeline): HTMLButtonElement[] {
  return eventItems(el).map(eventButton);
}

export function itemById(el: NewsTimeline, id: string): HTMLLIElement {
  const item = eventItems(el).find((li) => li.dataset['id'] === id);
  if (!item) throw new Error(`no li[part~="event"] with data-id="${id}"; ids: ${JSON.stringify(ids(el))}`);
  return item;
}

export function ids(el: NewsTimeline): string[] {
  return eventItems(el).map((li) => li.dataset['id'] ?? '(none)');
}

export function dates(el: NewsTimeline): string[] {
  return eventItems(el).map((li) => li.dataset['date'] ?? '(none)');
}

export function isSelected(button: Element): boolean {
  return button.getAttribute('aria-pressed') === 'true' || button.getAttribute('aria-current') === 'true';
}

/** The data-id of the event whose button has focus, or a description of what has it. */
export function focusedId(el: NewsTimeline): string {
  const active = shadow(el).activeElement;
  if (!active) return '(focus is not inside the element)';
  const item = active.closest('li');
  return item?.dataset['id'] ?? `(focus on <${active.localName} part="${active.getAttribute('part') ?? ''}">)`;
}

export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Rendered and not hidden by CSS: has a box, not display:none, visibility:hidden or opacity 0. */
export function isVisible(node: Element | null | undefined): boolean {
  if (!node) return false;
  const rect = node.getBoundingClientRect();
  return (
    rect.width > 0 &&
    rect.height > 0 &&
    node.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
  );
}

// ---------------------------------------------------------------- pointer, viewport, media, screenshots

/** A real mouse click at the middle of `target`, after checking that nothing covers that point. */
export async function clickElement(el: NewsTimeline, target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  await nextFrame();
  const rect = target.getBoundingClientRect();
  const x = Math.round(rect.left + rect.width / 2);
  const y = Math.round(rect.top + rect.height / 2);
  const hit = shadow(el).elementFromPoint(x, y);
  if (!hit || !(hit === target || target.contains(hit))) {
    throw new Error(
      `cannot click <${target.localName} aria-label="${target.getAttribute('aria-label')}">: at (${x}, ${y}) ` +
        `the topmost element is <${hit?.localName ?? 'nothing'} part="${hit?.getAttribute('part') ?? ''}">`,
    );
  }
  await sendMouse({ type: 'click', position: [x, y] });
}

export async function hoverElement(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  await nextFrame();
  const rect = target.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
}

/** Puts the page back as web-test-runner opened it: viewport, light scheme, motion, mouse, scroll. */
export async function resetPage(): Promise<void> {
  await resetMouse();
  await setViewport(DEFAULT_VIEWPORT);
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  window.scrollTo(0, 0);
}

/** A full-page PNG at test/screenshots/<name>.png (written by the config's save-screenshot command). */
export async function screenshot(name: string): Promise<void> {
  await executeServerCommand('save-screenshot', { name });
}

// ---------------------------------------------------------------- dates and domains

const WORDS = new Intl.DateTimeFormat('en-US', {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "2022-02-15" -> "Tuesday, February 15, 2022" (computed in UTC: the date must not move with the zone). */
export function dateInWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return WORDS.format(Date.UTC(y!, m! - 1, d!));
}

/** Start of a TIMEX3 value (2014, 2021-Q3, 2022-W06, 2022-02, 2022-02-15, 2022-02-15T09:00) in UTC ms. */
export function timexStart(value: string): number {
  let match: RegExpMatchArray | null;
  if ((match = value.match(/^(\d{4})$/))) return Date.UTC(+match[1]!, 0, 1);
  if ((match = value.match(/^(\d{4})-Q([1-4])$/))) return Date.UTC(+match[1]!, (+match[2]! - 1) * 3, 1);
  // Seasons start in March, June, September and December.
  if ((match = value.match(/^(\d{4})-(SP|SU|FA|WI)$/))) return Date.UTC(+match[1]!, ['SP', 'SU', 'FA', 'WI'].indexOf(match[2]!) * 3 + 2, 1);
  if ((match = value.match(/^(\d{4})-W(\d{2})$/))) {
    const jan4 = Date.UTC(+match[1]!, 0, 4);
    const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return mondayOfWeek1 + (+match[2]! - 1) * 7 * 86_400_000;
  }
  if ((match = value.match(/^(\d{4})-(\d{2})$/))) return Date.UTC(+match[1]!, +match[2]! - 1, 1);
  if ((match = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/))) {
    return Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +(match[4] ?? 0), +(match[5] ?? 0));
  }
  throw new Error(`not a TIMEX3 value this test knows: ${value}`);
}

export type Domain = [Date, Date];

export function span(domain: Domain): number {
  return domain[1].getTime() - domain[0].getTime();
}

export function showDomain(domain: Domain | undefined): string {
  if (!domain) return '(none)';
  return `[${domain[0].toISOString()} .. ${domain[1].toISOString()}] (${(span(domain) / 3_600_000).toFixed(2)} h)`;
}

function readDomain(el: NewsTimeline): Domain {
  const domain = el.visibleDomain as unknown;
  if (
    !Array.isArray(domain) ||
    domain.length !== 2 ||
    !(domain[0] instanceof Date) ||
    !(domain[1] instanceof Date) ||
    !(domain[0].getTime() < domain[1].getTime())
  ) {
    throw new Error(`el.visibleDomain should be [Date, Date] with start < end, got ${String(domain)}`);
  }
  return [new Date(domain[0].getTime()), new Date(domain[1].getTime())];
}

function sameDomain(a: Domain, b: Domain): boolean {
  return a[0].getTime() === b[0].getTime() && a[1].getTime() === b[1].getTime();
}

/**
 * Runs `action`, then waits (up to 3 s) for the visible domain to change and stop changing: zooms
 * may animate. Returns the settled domain, or the unchanged one when nothing moved.
 */
export async function domainAfter(el: NewsTimeline, action: () => unknown | Promise<unknown>): Promise<Domain> {
  const before = readDomain(el);
  await action();
  await el.updateComplete;
  const deadline = performance.now() + 3000;
  let current = readDomain(el);
  while (sameDomain(current, before) && performance.now() < deadline) {
    await nextFrame();
    current = readDomain(el);
  }
  let stableFrames = 0;
  while (stableFrames < 3 && performance.now() < deadline) {
    await nextFrame();
    const next = readDomain(el);
    stableFrames = sameDomain(next, current) ? stableFrames + 1 : 0;
    current = next;
  }
  await el.updateComplete;
  return current;
}

export function currentDomain(el: NewsTimeline): Domain {
  return readDomain(el);
}

export function closeDomains(a: Domain, b: Domain, tolerance = 0.005): boolean {
  const allowed = Math.max(span(a), span(b)) * tolerance;
  return Math.abs(a[0].getTime() - b[0].getTime()) <= allowed && Math.abs(a[1].getTime() - b[1].getTime()) <= allowed;
}

// ---------------------------------------------------------------- hand-made events

export interface EventSpec {
  date: string;
  granularity: Granularity;
  title: string;
  expression?: string;
  end?: string;
  relation?: Relation;
  sentence?: string;
  id?: string;
}

let nextOffset = 0;

/** A consistent TimelineEvent: the expression lies inside the sentence, offsets agree with the texts. */
export function makeEvent(spec: EventSpec): TimelineEvent {
  const expression = spec.expression ?? 'on that day';
  const sentence = spec.sentence ?? `${spec.title.replace(/[.!?]$/, '')} ${expression}.`;
  const inSentence = sentence.indexOf(expression);
  if (inSentence < 0) throw new Error(`test setup: "${expression}" is not in "${sentence}"`);
  const start = nextOffset;
  nextOffset += sentence.length + 1;
  const event: TimelineEvent = {
    id: spec.id ?? `${spec.date}@${start + inSentence}`,
    date: spec.date,
    granularity: spec.granularity,
    expression: { text: expression, start: start + inSentence, end: start + inSentence + expression.length },
    sentence: { text: sentence, start, end: start + sentence.length },
    title: spec.title,
    relation: spec.relation ?? 'past',
  };
  if (spec.end !== undefined) event.end = spec.end;
  return event;
}

/**
 * Synthetic, valid `TimelineEvent`s for the browser benchmark, and the zoom/pan window sequence. Both
 * pages (news-timeline and vis-timeline) bundle this module, so they draw exactly the same events and
 * visit exactly the same windows. Deterministic: a seeded PRNG, no `Math.random`, no clock.
 */
import { addDays, addMonths, formatDay, formatMonth, formatQuarter, formatTime, formatWeek, formatYear, quarterOf, type CalendarDate } from '../../src/model/calendar.js';
import type { Granularity, Relation, TimelineEvent } from '../../src/model/types.js';
import { eventInterval, fitDomain } from '../../src/layout/index.js';

export const PUBLISHED = '2022-02-16';
const PUBLISHED_DATE: CalendarDate = { year: 2022, month: 2, day: 16 };
const MS_PER_DAY = 86_400_000;
export const PUBLISHED_MS = Date.UTC(2022, 1, 16);

/** mulberry32: tiny, fast and good enough to spread dates; the same seed gives the same events everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'officials said the council would vote on new sanctions after talks in Geneva stalled while markets fell sharply ' +
  'and the central bank raised rates as troops moved closer to the border prompting an emergency meeting of ministers ' +
  'who announced aid for refugees and a review of energy supplies amid protests over prices and a court ruling'
).split(' ');

/** A headline-like title of 20 to 80 characters. */
function title(random: () => number): string {
  const target = 20 + Math.floor(random() * 61);
  let text = '';
  while (text.length < target) {
    const word = WORDS[Math.floor(random() * WORDS.length)]!;
    text = text ? `${text} ${word}` : word.charAt(0).toUpperCase() + word.slice(1);
  }
  return text.slice(0, target).trimEnd();
}

/**
 * A day within about two years around publication: half the events cluster in the weeks around it
 * (as in a real article, and the dense case for label layout), half spread evenly over the two years.
 */
function day(random: () => number): CalendarDate {
  const offset = random() < 0.5
    ? Math.round((random() + random() + random() - 1.5) * 40) // roughly ±60 days, peaked at publication
    : Math.floor(random() * 730) - 365;
  return addDays(PUBLISHED_DATE, offset);
}

interface Value {
  date: string;
  end?: string;
  granularity: Granularity;
  words: string;
}

/** The mix: mostly days, some times, week/month/quarter/year bands, and day and month ranges. */
function value(random: () => number): Value {
  const r = random();
  const d = day(random);
  if (r < 0.74) return { date: formatDay(d), granularity: 'day', words: 'on Tuesday' };
  if (r < 0.77) return { date: formatTime(d, Math.floor(random() * 24), Math.floor(random() * 4) * 15), granularity: 'time', words: '9 a.m. Tuesday' };
  if (r < 0.84) return { date: formatWeek(d), granularity: 'week', words: 'last week' };
  if (r < 0.90) return { date: formatMonth(d.year, d.month), granularity: 'month', words: 'in March' };
  if (r < 0.92) return { date: formatQuarter(d.year, quarterOf(d.month)), granularity: 'quarter', words: 'the third quarter' };
  // Only 2021 and 2022, so that year bands stay inside the two years instead of widening the view.
  if (r < 0.93) return { date: formatYear(random() < 0.5 ? 2021 : 2022), granularity: 'year', words: 'in 2021' };
  if (r < 0.98) return { date: formatDay(d), end: formatDay(addDays(d, 1 + Math.floor(random() * 10))), granularity: 'day', words: 'from Monday to Wednesday' };
  const until = addMonths({ ...d, day: 1 }, 1 + Math.floor(random() * 3));
  return { date: formatMonth(d.year, d.month), end: formatMonth(until.year, until.month), granularity: 'month', words: 'from March to May' };
}

function relationOf(start: number, end: number): Relation {
  if (end <= PUBLISHED_MS) return 'past';
  if (start >= PUBLISHED_MS + MS_PER_DAY) return 'future';
  return 'present';
}

/** `count` valid events; the same `count` and `seed` always give the same list. */
export function syntheticEvents(count: number, seed = 20220216): TimelineEvent[] {
  const random = prng(seed ^ count);
  const events: TimelineEvent[] = [];
  let offset = 0;
  for (let index = 0; index < count; index++) {
    const { date, end, granularity, words } = value(random);
    const headline = title(random);
    const sentenceText = `${headline} ${words}.`;
    const sentence = { text: sentenceText, start: offset, end: offset + sentenceText.length };
    const expression = { text: words, start: offset + headline.length + 1, end: offset + headline.length + 1 + words.length };
    // Ids as the parser makes them (`date@offset`), unique because offsets only grow.
    const event: TimelineEvent = { id: `${date}@${expression.start}`, date, granularity, expression, sentence, title: headline, relation: 'past' };
    if (end !== undefined) event.end = end;
    const interval = eventInterval(event);
    event.relation = relationOf(interval.start, interval.end);
    events.push(event);
    offset = sentence.end + 1;
  }
  return events;
}

export const ZOOM_STEPS = 40;
export const PAN_STEPS = 20;
/** Narrowest window of the sequence. */
export const WEEK_MS = 7 * MS_PER_DAY;
/** How far each pan step moves the one-week window: two days, a brisk drag. */
export const PAN_STEP_MS = 2 * MS_PER_DAY;

/**
 * The 60 windows `[start, end]` (UTC ms): 40 steps from the fitted view (the one the element opens
 * with: every event plus publication, padded 5%) down to one week, zooming about the publication day
 * as a wheel zoom with the pointer there would; then 20 steps panning the one-week window forward.
 * Spans shrink geometrically, so every zoom step is the same factor (~1.16x).
 */
export function zoomPanWindows(events: readonly TimelineEvent[]): Array<[number, number]> {
  const [fullStart, fullEnd] = fitDomain(events.map((event) => eventInterval(event)), PUBLISHED_MS);
  const fullSpan = fullEnd - fullStart;
  const focus = PUBLISHED_MS + MS_PER_DAY / 2;
  const share = (focus - fullStart) / fullSpan;
  const windows: Array<[number, number]> = [];
  for (let step = 0; step < ZOOM_STEPS; step++) {
    const span = fullSpan * (WEEK_MS / fullSpan) ** (step / (ZOOM_STEPS - 1));
    windows.push([focus - share * span, focus - share * span + span]);
  }
  const [weekStart, weekEnd] = windows[windows.length - 1]!;
  for (let step = 1; step <= PAN_STEPS; step++) windows.push([weekStart + step * PAN_STEP_MS, weekEnd + step * PAN_STEP_MS]);
  return windows;
}

/** Index of the most zoomed-in window (the first one-week window); 0 is the most zoomed-out. */
export const MOST_ZOOMED_IN = ZOOM_STEPS - 1;

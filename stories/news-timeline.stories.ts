/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Placement } from '../src/element/news-timeline.js';
import { eventInterval } from '../src/layout/index.js';
import type { Granularity, Relation, TimelineEvent } from '../src/parser/index.js';
import seedArticle from '../test/fixtures/russia-troops-2022-02-16.txt?raw';

// ---------------------------------------------------------------------------------------------------
// Story data. Everything is built here, deterministically; no text ever goes through innerHTML: lit's
// `html` templates render every `${...}` in a child position as text.
// ---------------------------------------------------------------------------------------------------

const PUBLISHED = '2022-02-16';
const MS_PER_DAY = 86_400_000;

/** One line of the seed article per paragraph, as a page would print it. */
const SEED_LINES = seedArticle.split(/\r?\n/).filter((line) => line.trim() !== '');

/** past / present / future: whether the event's period ends before, contains or starts after `published`. */
function relationOf(event: Pick<TimelineEvent, 'id' | 'date' | 'end'>, published = PUBLISHED): Relation {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  const dayStart = Date.UTC(year, month - 1, day);
  const { start, end } = eventInterval(event);
  if (end <= dayStart) return 'past';
  if (start >= dayStart + MS_PER_DAY) return 'future';
  return 'present';
}

/** A sentence split around its date words, and what the event is. */
interface EventSpec {
  date: string;
  end?: string;
  granularity: Granularity;
  before: string;
  expression: string;
  after: string;
  title: string;
}

/**
 * Events as `extractEvents` would give them for an article made of the specs' sentences, one after the
 * other: `sentence` and `expression` are offsets into that article, and the id is `date@offset`.
 */
function eventsFrom(specs: readonly EventSpec[], published = PUBLISHED): TimelineEvent[] {
  let offset = 0;
  return specs.map((spec) => {
    const text = spec.before + spec.expression + spec.after;
    const sentenceStart = offset;
    offset += text.length + 1;
    const start = sentenceStart + spec.before.length;
    const event = {
      id: `${spec.date}@${start}`,
      date: spec.date,
      ...(spec.end === undefined ? {} : { end: spec.end }),
      granularity: spec.granularity,
      expression: { text: spec.expression, start, end: start + spec.expression.length },
      sentence: { text, start: sentenceStart, end: sentenceStart + text.length },
      title: spec.title,
    };
    return { ...event, relation: relationOf(event, published) };
  });
}

// Deterministic pseudo-random numbers (mulberry32), so the dense story is the same on every run.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const SUBJECTS = [
  'The defense ministry',
  'NATO officials',
  'The White House',
  'Ukraine’s foreign minister',
  'European Union leaders',
  'The Kremlin',
  'Satellite imagery analysts',
  'The U.N. Security Council',
  'Belarusian forces',
  'Germany’s chancellor',
  'Oil traders',
  'The Pentagon',
];
/** What happened, as [past tense, future tense]. */
const ACTIONS: ReadonlyArray<readonly [string, string]> = [
  ['announced new troop movements', 'will announce new troop movements'],
  ['held talks on de-escalation', 'will hold talks on de-escalation'],
  ['released footage of tanks leaving Crimea', 'will release footage of tanks leaving Crimea'],
  ['warned of further sanctions', 'will warn of further sanctions'],
  ['reported artillery fire along the line of contact', 'will report on artillery fire along the line of contact'],
  ['sent a written response to security demands', 'will send a written response to security demands'],
  ['moved field hospitals closer to the border', 'will move field hospitals closer to the border'],
  ['called for an emergency meeting', 'will call for an emergency meeting'],
  ['evacuated embassy staff from Kyiv', 'will evacuate embassy staff from Kyiv'],
  ['raised its alert level', 'will raise its alert level'],
  ['confirmed a phone call between the presidents', 'will confirm a phone call between the presidents'],
  ['said it had not seen evidence of a withdrawal', 'will say whether it has seen evidence of a withdrawal'],
];
const PAST_TAILS = ['', ', officials said', ', according to Reuters', ', The Associated Press reported'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function apDate(ms: number): string {
  const date = new Date(ms);
  return `${AP_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

function apTime(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute ? `:${pad(minute)}` : ''} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/** `count` events, mostly days and times, some months, between September 2021 and August 2022. */
function denseEvents(count: number): TimelineEvent[] {
  const next = random(20220216);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const first = Date.UTC(2021, 8, 1);
  const days = 365;
  const specs: EventSpec[] = [];
  for (let i = 0; i < count; i++) {
    const dayMs = first + Math.floor(next() * days) * MS_PER_DAY;
    const subject = pick(SUBJECTS);
    const [past, future] = pick(ACTIONS);
    const verb = dayMs >= Date.UTC(2022, 1, 17) ? future : past;
    const title = `${subject} ${verb}`;
    const kind = next();
    if (kind < 0.12) {
      const hour = 6 + Math.floor(next() * 15);
      const minute = pick([0, 0, 15, 30, 45]);
      specs.push({
        date: `${isoDay(dayMs)}T${pad(hour)}:${pad(minute)}`,
        granularity: 'time',
        before: `${subject} ${verb} `,
        expression: `at ${apTime(hour, minute)} on ${apDate(dayMs)}`,
        after: `${pick(PAST_TAILS)}.`,
        title,
      });
    } else if (kind < 0.15) {
      const date = new Date(dayMs);
      specs.push({
        date: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`,
        granularity: 'month',
        before: `${subject} ${verb} `,
        expression: `in ${date.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${date.getUTCFullYear()}`,
        after: '.',
        title,
      });
    } else {
      specs.push({
        date: isoDay(dayMs),
        granularity: 'day',
        before: `${subject} ${verb} `,
        expression: `on ${apDate(dayMs)}`,
        after: `${pick(PAST_TAILS)}.`,
        title,
      });
    }
  }
  return eventsFrom(specs);
}

const BAND_EVENTS = eventsFrom([
  { date: '2014', granularity: 'year', before: 'Russia annexed Crimea from Ukraine ', expression: 'in 2014', after: ', a move most of the world does not recognize.', title: 'Russia annexed Crimea from Ukraine' },
  { date: '2021-Q4', granularity: 'quarter', before: 'Troop numbers near the border grew steadily through ', expression: 'the fourth quarter', after: ', analysts said.', title: 'Troop numbers near the border grew steadily' },
  { date: '2021-SU', granularity: 'season', before: 'Russian units began moving toward the border ', expression: 'last summer', after: '.', title: 'Russian units began moving toward the border' },
  { date: '2021-11', granularity: 'month', before: 'U.S. intelligence first warned allies of a possible invasion ', expression: 'in November', after: '.', title: 'U.S. intelligence first warned allies of a possible invasion' },
  { date: '2022-Q1', granularity: 'quarter', before: 'European gas prices have nearly doubled ', expression: 'this quarter', after: '.', title: 'European gas prices have nearly doubled' },
  { date: '2022-W06', granularity: 'week', before: 'Diplomats shuttled between Moscow, Kyiv and Berlin ', expression: 'last week', after: '.', title: 'Diplomats shuttled between Moscow, Kyiv and Berlin' },
  { date: '2022-W07', granularity: 'week', before: 'NATO defense ministers meet in Brussels ', expression: 'this week', after: '.', title: 'NATO defense ministers meet in Brussels' },
  { date: '2022-02-15', granularity: 'day', before: 'Moscow announced a partial pullback ', expression: 'on Tuesday', after: '.', title: 'Moscow announced a partial pullback' },
  { date: '2022-W08', granularity: 'week', before: 'Foreign ministers will meet in Munich ', expression: 'next week', after: '.', title: 'Foreign ministers will meet in Munich' },
  { date: '2022-03', granularity: 'month', before: 'The EU will decide on a further sanctions package ', expression: 'next month', after: '.', title: 'The EU will decide on a further sanctions package' },
  { date: '2022', granularity: 'year', before: 'The IMF cut its growth forecast for the region ', expression: 'this year', after: '.', title: 'The IMF cut its growth forecast for the region' },
]);

const RANGE_EVENTS = eventsFrom([
  { date: '2019', end: '2021', granularity: 'year', before: 'Military spending rose every year ', expression: 'between 2019 and 2021', after: '.', title: 'Military spending rose every year' },
  { date: '2021-10', end: '2021-12', granularity: 'month', before: 'Satellite images showed units arriving ', expression: 'from October to December', after: '.', title: 'Satellite images showed units arriving' },
  { date: '2022-02-10', end: '2022-02-20', granularity: 'day', before: 'Russia and Belarus hold joint exercises ', expression: 'from Feb. 10 to Feb. 20', after: '.', title: 'Russia and Belarus hold joint exercises' },
  { date: '2022-02-14', end: '2022-02-16', granularity: 'day', before: 'Lawmakers debated the sanctions bill ', expression: 'from Monday to Wednesday', after: '.', title: 'Lawmakers debated the sanctions bill' },
  { date: '2022-02-15T09:00', end: '2022-02-15T13:00', granularity: 'time', before: 'The embassy was open for consular services ', expression: 'from 9 a.m. to 1 p.m. Tuesday', after: '.', title: 'The embassy was open for consular services' },
  { date: '2022-W09', end: '2022-W10', granularity: 'week', before: 'Talks are expected to resume ', expression: 'over the next two weeks', after: '.', title: 'Talks are expected to resume' },
  { date: '2022-Q2', end: '2022-Q3', granularity: 'quarter', before: 'Gas deliveries may be cut ', expression: 'in the second and third quarters', after: '.', title: 'Gas deliveries may be cut' },
]);

/** Titles as the parser writes them: the clause without its date words, at most 100 characters. */
function headline(clause: string): string {
  const text = clause.trim().replace(/[\s,:;]+$/, '');
  return text.length <= 100 ? text : `${text.slice(0, 99).trimEnd()}…`;
}

const LONG_TITLE_SPECS: ReadonlyArray<Omit<EventSpec, 'title'>> = [
  {
    date: '2022-02-14',
    granularity: 'day',
    before: 'The Organization for Security and Co-operation in Europe’s Special Monitoring Mission to Ukraine recorded more than five hundred ceasefire violations in the Donetsk and Luhansk regions ',
    expression: 'on Monday',
    after: '.',
  },
  {
    date: '2022-02-15',
    granularity: 'day',
    before: 'Germany’s chancellor, who flew to Moscow after meeting Ukraine’s president in Kyiv, told reporters at a joint news conference with Vladimir Putin that war in Europe was unthinkable ',
    expression: 'on Tuesday',
    after: '.',
  },
  {
    date: '2022-02-15',
    granularity: 'day',
    before: 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz-style compound words do not wrap: ',
    expression: 'Tuesday',
    after: '’s memo used one.',
  },
  {
    date: '2022-02-16',
    granularity: 'day',
    before: 'Titles are text, never markup: <script>alert("x")</script> & <img src=x onerror=alert(1)> stay literal ',
    expression: 'today',
    after: '.',
  },
  {
    date: '2022-02-17',
    granularity: 'day',
    before: 'The U.N. Security Council will hold an open debate on the implementation of the Minsk agreements, with the foreign ministers of several member states expected to attend in person ',
    expression: 'on Thursday',
    after: '.',
  },
  {
    date: '2022-02',
    granularity: 'month',
    before: 'Several airlines suspended flights to Kyiv and insurers withdrew cover for aircraft in Ukrainian airspace ',
    expression: 'this month',
    after: ', leaving travelers to find other ways out.',
  },
];

const LONG_TITLE_EVENTS = eventsFrom(LONG_TITLE_SPECS.map((spec) => ({ ...spec, title: headline(spec.before) })));

/** Many events on Tuesday, Feb. 15 (a live blog's day), some at times, and a few either side. */
const CLUSTER_EVENTS = (() => {
  const specs: EventSpec[] = [
    { date: '2022-02-14', granularity: 'day', before: 'Ukraine’s president called for a day of national unity ', expression: 'on Monday', after: '.', title: 'Ukraine’s president called for a day of national unity' },
  ];
  const next = random(15);
  // An article's few dozen events of a day all get labels; a crowd of hundreds folds into "+N more".
  for (let i = 0; i < 360; i++) {
    const subject = SUBJECTS[i % SUBJECTS.length]!;
    const action = ACTIONS[(i * 5) % ACTIONS.length]![0];
    if (i % 3 === 0) {
      const hour = 7 + Math.floor(next() * 14);
      const minute = [0, 15, 30, 45][i % 4]!;
      specs.push({ date: `2022-02-15T${pad(hour)}:${pad(minute)}`, granularity: 'time', before: `${subject} ${action} `, expression: `at ${apTime(hour, minute)} Tuesday`, after: '.', title: `${subject} ${action}` });
    } else {
      specs.push({ date: '2022-02-15', granularity: 'day', before: `${subject} ${action} `, expression: 'on Tuesday', after: PAST_TAILS[i % PAST_TAILS.length] + '.', title: `${subject} ${action}` });
    }
  }
  specs.push({ date: '2022-02-16', granularity: 'day', before: 'The head of NATO said the alliance did not see evidence of a troop withdrawal ', expression: 'on Wednesday', after: '.', title: 'The head of NATO said the alliance did not see evidence of a troop withdrawal' });
  return eventsFrom(specs);
})();

const SHORT_ARTICLE =
  'Russia’s defense ministry on Wednesday said that some troops would return to their bases. ' +
  'Moscow had announced a partial pullback on Tuesday. ' +
  'NATO defense ministers meet in Brussels this week, and foreign ministers gather in Munich on Saturday. ' +
  'Russia annexed Crimea in 2014.';

// ---------------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------------

interface TimelineArgs {
  /** `published` attribute. */
  published: string;
  /** `text` attribute; empty means unset (the light-DOM article, if any, is read). */
  text: string;
  /** `placement` attribute. */
  placement: Placement;
  /** `lang` attribute; empty means inherited from the page. */
  lang: string;
  /** `events` property; unset means events are read from `text` or the article. */
  events?: TimelineEvent[];
  /** Logs `news-timeline-select` in the Actions panel. */
  onSelect: (event: Event) => void;
  /** Dense story only: how many events to generate. */
  count?: number;
}

const DARK_THEME = [
  '--news-timeline-background: #16181d',
  '--news-timeline-color: #e8eaed',
  '--news-timeline-muted-color: #aab1bc',
  '--news-timeline-accent-color: #79b8ff',
  '--news-timeline-band-color: rgba(121, 184, 255, 0.2)',
  '--news-timeline-range-color: rgba(255, 171, 112, 0.35)',
  '--news-timeline-axis-color: #6b7380',
  '--news-timeline-publication-color: #ff8a80',
  '--news-timeline-selected-background: #23344a',
  '--news-timeline-card-background: #1f232a',
  '--news-timeline-mark-background: #ffd866',
  '--news-timeline-mark-color: #16181d',
  '--news-timeline-focus-color: #ffd866',
].join('; ');

/**
 * The element with every public attribute bound. `lang` is read when the element renders, not observed,
 * so a new `lang` gets a new element (keyed) instead of a stale one.
 */
function timeline(args: TimelineArgs, article?: TemplateResult, style?: string): TemplateResult {
  return html`${keyed(
    args.lang,
    html`<news-timeline
      published=${ifDefined(args.published || undefined)}
      text=${ifDefined(args.text || undefined)}
      placement=${ifDefined(args.placement || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      style=${ifDefined(style)}
      .events=${args.events}
      @news-timeline-select=${args.onSelect}
      >${article ?? nothing}</news-timeline
    >`,
  )}`;
}

/** An article with one paragraph per line; each line is a text binding, so it is escaped. */
function article(lines: readonly string[]): TemplateResult {
  return html`<article>${lines.map((line) => html`<p>${line}</p>`)}</article>`;
}

const seedArticleTemplate = (): TemplateResult => article(SEED_LINES);

const meta: Meta<TimelineArgs> = {
  title: 'news-timeline',
  component: 'news-timeline',
  args: {
    published: PUBLISHED,
    text: '',
    placement: 'before',
    lang: 'en',
  },
  argTypes: {
    published: { control: 'text', description: 'Publication date: `YYYY-MM-DD` or an ISO date-time with offset.' },
    text: { control: 'text', description: 'Article text to read events from, instead of the light-DOM article.' },
    placement: { control: 'inline-radio', options: ['before', 'after'], description: 'Timeline before or after the article.' },
    lang: { control: { type: 'select', labels: { '': '(inherit from page)' } }, options: ['', 'en', 'en-GB', 'de', 'fr', 'es', 'uk', 'ja'], description: 'Language of dates in words and axis ticks; empty: the page’s.' },
    events: { control: 'object', description: 'TimelineEvent[] made elsewhere (property only).' },
    onSelect: { action: 'news-timeline-select', control: false, table: { category: 'events' } },
    count: { table: { disable: true } },
  },
  render: (args) => timeline(args),
};

export default meta;

type Story = StoryObj<TimelineArgs>;

/** The seed article in the light DOM: the element reads it, draws its events, underlines their sentences. */
export const SeedArticle: Story = {
  render: (args) => timeline(args, seedArticleTemplate()),
};

/** The same kind of article given as the `text` attribute (no light DOM). */
export const FromTextAttribute: Story = {
  args: { text: SHORT_ARTICLE },
};

/** 1,000 events over a year (deterministic): labels that do not fit become "+N more" items. */
export const ThousandDenseEvents: Story = {
  name: '1,000 dense events',
  args: { count: 1000 },
  argTypes: {
    count: { control: { type: 'range', min: 0, max: 5000, step: 100 }, table: { disable: false }, description: 'Events generated (deterministic).' },
    events: { control: false, table: { disable: true } },
  },
  render: (args) => timeline({ ...args, events: denseEvents(args.count ?? 1000) }),
};

/** No events: the empty state. */
export const NoEvents: Story = {
  args: { events: [] },
};

/** An impossible publication date: the error state (and one console error). */
export const InvalidPublicationDate: Story = {
  args: { published: '2022-02-30' },
  render: (args) => timeline(args, seedArticleTemplate()),
};

/** Themed through the `--news-timeline-*` custom properties, on a dark page. */
export const DarkTheme: Story = {
  parameters: { layout: 'fullscreen' },
  render: (args) =>
    html`<div style="background: #0d0f12; color: #e8eaed; color-scheme: dark; min-height: 100vh; padding: 1rem; box-sizing: border-box">
      ${timeline(args, seedArticleTemplate(), DARK_THEME)}
    </div>`,
};

/** In a 360 px column the element turns vertical (its own width, not the window's). */
export const Vertical360: Story = {
  name: 'Vertical (360 px)',
  render: (args) => html`<div style="width: 360px; border: 1px dashed #999">${timeline(args, seedArticleTemplate())}</div>`,
};

/** Titles at the 100-character limit, an unbreakable word and markup-like text (rendered as text). */
export const LongTitles: Story = {
  args: { events: LONG_TITLE_EVENTS },
};

/** Week, month, season, quarter and year events drawn as bands over their whole period. */
export const PeriodBands: Story = {
  name: 'Week, month, season, quarter and year bands',
  args: { events: BAND_EVENTS },
};

/** Ranges ("from Monday to Wednesday", "between 2019 and 2021") drawn as bars. */
export const Ranges: Story = {
  args: { events: RANGE_EVENTS },
};

/** 360 events on one day: they stack, and what does not fit becomes "+N more". */
export const ManyEventsOnOneDay: Story = {
  name: 'Many events on one day (clusters)',
  args: { events: CLUSTER_EVENTS },
};

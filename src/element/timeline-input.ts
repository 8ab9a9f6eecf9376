/**
 * Turns the element's inputs into the events it draws: events given directly (validated), else text or
 * the light-DOM article (parsed). Pure: the element only wires the result to the DOM, and hands in the
 * parser, which it loads on demand.
 */
import { describeValue, isValidTimelineEvent } from '../layout/index.js';
import type { extractEvents, TimelineEvent } from '../parser/index.js';
import { formatDay, type CalendarDate } from '../model/calendar.js';
import type { StoryArticle } from '../model/types.js';
import { readStory } from '../story/read-story.js';
import { parsePublished } from '../model/publication.js';

/** What `news-timeline extract` prints (`--format json`): the publication date and the events found. */
export interface ExtractedTimeline {
  published: string;
  events: readonly TimelineEvent[];
}

export interface TimelineInput {
  published?: string | null;
  text?: string | null;
  /** `TimelineEvent[]` or an `ExtractedTimeline`; anything else is an error. */
  events?: unknown;
  /** Text of the light-DOM article, read when neither `events` nor `text` is set. */
  articleText?: string;
  /**
   * Several articles of one story (the `articles` property, or the light DOM's `<article>`s), read and
   * merged when neither `events` nor `text` is set.
   */
  story?: readonly StoryArticle[];
  /**
   * The publication date the page states, for an element without `published`: its article's
   * `<time datetime>`, else the page's `article:published_time`. Passed over when it is no date.
   */
  pagePublished?: string | null;
}

/** The element's own date, else a valid date the page states. */
function publishedOf(input: TimelineInput): string | null | undefined {
  if (isSet(input.published) || !isSet(input.pagePublished)) return input.published;
  try {
    parsePublished(input.pagePublished);
    return input.pagePublished;
  } catch {
    return input.published;
  }
}

export interface ResolvedTimeline {
  events: TimelineEvent[];
  published?: CalendarDate;
  /** Why nothing can be drawn (invalid publication date or `events`); shown in place of the timeline. */
  error?: string;
  /** Events that were skipped: index (in `events`, or in the parser's results) and reason. */
  rejected: Array<{ index: number; reason: string }>;
}

/**
 * The text to read and its publication date, when the input is a text or article with a valid date:
 * what needs the parser.
 */
export function textToRead(input: TimelineInput): { text: string; published: string } | undefined {
  if (input.events !== undefined && input.events !== null) return undefined;
  const text = input.text ?? input.articleText;
  const published = publishedOf(input);
  if (!text || !text.trim() || !isSet(published)) return undefined;
  try {
    parsePublished(published!);
  } catch {
    return undefined;
  }
  return { text, published: published! };
}

/** A story's articles, each dated by its own `published`, else by the element's. */
function storyTimeline(story: readonly StoryArticle[], extract: typeof extractEvents | undefined, published: CalendarDate | undefined): ResolvedTimeline {
  if (!extract) throw new Error('resolveTimeline: this story has articles to read, and no parser was given');
  const fallback = published && formatDay(published);
  try {
    const articles = story.map((article) => (isSet(article.published) || !fallback ? article : { ...article, published: fallback }));
    return { ...checkEvents(readStory(articles, extract)), ...(published ? { published } : {}) };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return { events: [], rejected: [], error: `These articles cannot be read: ${error.message.replace(/^buildStory: /, '')}` };
  }
}

/** Whether the input is a story to read, which needs the parser. */
export function storyToRead(input: TimelineInput): boolean {
  return (input.events === undefined || input.events === null) && !isSet(input.text) && (input.story?.length ?? 0) > 0;
}

/** `extract` is needed only for an input that {@link textToRead} or {@link storyToRead} says needs reading. */
export function resolveTimeline(input: TimelineInput, extract?: typeof extractEvents): ResolvedTimeline {
  const given = input.events === undefined || input.events === null ? undefined : eventList(input.events);
  if (given && 'error' in given) return { events: [], rejected: [], error: given.error };
  // The element's own publication date wins; the CLI's object brings one for an element without, and
  // the page's own for text.
  const publishedText = isSet(input.published) ? input.published : given ? given.published : publishedOf(input);
  let published: CalendarDate | undefined;
  if (isSet(publishedText)) {
    try {
      published = parsePublished(publishedText);
    } catch (error) {
      return { events: [], error: (error as Error).message, rejected: [] };
    }
  }
  const dated = published ? { published } : {};
  if (given) return { ...checkEvents(given.events), ...dated };
  if (input.story && !isSet(input.text)) return storyTimeline(input.story, extract, published);
  const text = input.text ?? input.articleText;
  if (!text || !text.trim()) return { events: [], rejected: [], ...dated };
  if (!published) {
    return {
      events: [],
      rejected: [],
      error: 'Set the published attribute (YYYY-MM-DD) so that dates like "on Tuesday" can be placed.',
    };
  }
  if (!extract) throw new Error('resolveTimeline: this input has text to read, and no parser was given');
  return { ...checkEvents(extract(text, { published: publishedText as string })), published };
}

/**
 * The items that are drawable events, and the others with their index and reason: bad items from
 * outside, and parser results the axis cannot hold ("the year 999999" is beyond any `Date`). Ids are
 * unique in what is kept.
 */
export function checkEvents(items: readonly unknown[]): Pick<ResolvedTimeline, 'events' | 'rejected'> {
  const events: TimelineEvent[] = [];
  const rejected: ResolvedTimeline['rejected'] = [];
  const ids = new Set<string>();
  items.forEach((item, index) => {
    const check = isValidTimelineEvent(item);
    if (!check.ok) rejected.push({ index, reason: withExpression(check.reason, item) });
    else if (ids.has((item as TimelineEvent).id)) rejected.push({ index, reason: `duplicate id ${JSON.stringify((item as TimelineEvent).id)}` });
    else {
      ids.add((item as TimelineEvent).id);
      events.push(item as TimelineEvent);
    }
  });
  return { events, rejected };
}

/** The reason, followed by the item's date words when it has them: "… ("the year 999999")". */
function withExpression(reason: string, item: unknown): string {
  const said = (item as { expression?: { text?: unknown } } | null)?.expression?.text;
  return typeof said === 'string' ? `${reason} (${describeValue(said)})` : reason;
}

/** The items of `events`: an array, or the array inside an `ExtractedTimeline` with its publication date. */
function eventList(value: unknown): { events: readonly unknown[]; published?: unknown } | { error: string } {
  if (Array.isArray(value)) return { events: value };
  if (typeof value === 'object' && value !== null && Array.isArray((value as { events?: unknown }).events)) {
    const { events, published } = value as { events: unknown[]; published?: unknown };
    return { events, published };
  }
  return {
    error: `events must be an array of events, or the { published, events } object that news-timeline extract prints; got ${typeof value === 'object' ? 'an object without an events array' : describeValue(value)}.`,
  };
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

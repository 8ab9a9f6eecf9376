/**
 * One timeline from several articles about one story. Each article is read on its own, against its own
 * publication date; then the events that state the same happening (a compatible date and a similar
 * statement, see `sameHappening`) become one event, with every article that tells it as a source. Two
 * events of one article are never merged: the article itself tells them apart.
 */
import { parsePublished } from '../model/publication.js';
import { formatDay, relationTo } from '../model/calendar.js';
import { GRANULARITIES, parseEventValue } from '../model/event-value.js';
import type { EventSource, StoryArticle, TimelineEvent } from '../model/types.js';
import { extractEvents } from '../parser/index.js';
import { sameHappening, tellingWords, type Telling } from './same-happening.js';

/** A story event while it is being built: its tellings, in publication order. */
interface StoryEvent {
  tellings: Telling[];
}

/** Finer granularities come later in GRANULARITIES: the index is the precision. */
const precision = (telling: Telling) => GRANULARITIES.indexOf(telling.event.granularity);

/** The most precise telling, the earliest published of those (tellings are in publication order). */
function representative(tellings: readonly Telling[]): Telling {
  return tellings.reduce((best, telling) => (precision(telling) > precision(best) ? telling : best));
}

function articleIds(articles: readonly StoryArticle[]): string[] {
  const ids = articles.map((article, index) => article.id ?? `a${index + 1}`);
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string' || id === '') throw new TypeError(`buildStory: an article id must be a non-empty string, got ${JSON.stringify(id)}`);
    if (seen.has(id)) throw new TypeError(`buildStory: two articles have the id ${JSON.stringify(id)}`);
    seen.add(id);
  }
  return ids;
}

/**
 * The story several articles tell, as one timeline: events in the order their first telling was
 * published, each with its `sources`. A single article gives the events `extractEvents` gives, with
 * the same ids, and sources.
 * Throws a `TypeError` for a list that is not an array of articles with text and a valid `published`,
 * or for two articles with the same id.
 */
export function buildStory(articles: readonly StoryArticle[]): TimelineEvent[] {
  if (!Array.isArray(articles)) throw new TypeError(`buildStory: articles must be an array, got ${articles === null ? 'null' : typeof articles}`);
  const ids = articleIds(articles);
  const read = articles
    .map((article, index) => {
      if (typeof article?.text !== 'string') throw new TypeError(`buildStory: article ${JSON.stringify(ids[index])} has no text`);
      return { article, id: ids[index]!, index, day: formatDay(parsePublished(article.published)) };
    })
    // Publication order; the order given among articles of one day.
    .sort((a, b) => a.day.localeCompare(b.day) || a.index - b.index);
  const story: StoryEvent[] = [];
  for (const { article, id, day } of read) {
    const merged = new Set<StoryEvent>();
    const events = extractEvents(article.text, { published: day });
    for (const event of events) {
      const telling: Telling = { event, article: id, published: day, words: tellingWords(event, events), ...(article.url === undefined ? {} : { url: article.url }), ...(article.source === undefined ? {} : { source: article.source }) };
      // The best match among the story's events that no earlier event of this article joined.
      let best: StoryEvent | undefined;
      let bestScore = 0;
      for (const candidate of story) {
        if (merged.has(candidate) || candidate.tellings.some((told) => told.article === id)) continue;
        // Any of its tellings may be the one this article's words are closest to.
        const score = Math.max(...candidate.tellings.map((told) => sameHappening(told, telling)));
        if (score > bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
      if (best) {
        best.tellings.push(telling);
        merged.add(best);
      } else story.push({ tellings: [telling] });
    }
  }
  const single = read.length === 1;
  return story.map(({ tellings }) => storyEvent(tellings, single));
}

function storyEvent(tellings: readonly Telling[], single: boolean): TimelineEvent {
  const chosen = representative(tellings);
  const latest = tellings.at(-1)!;
  const { event } = chosen;
  const period = parseEventValue(event.date)!;
  const end = event.end === undefined ? undefined : parseEventValue(event.end);
  const sources = tellings.map((telling): EventSource => ({
    article: telling.article,
    ...(telling.url === undefined ? {} : { url: telling.url }),
    ...(telling.source === undefined ? {} : { source: telling.source }),
    published: telling.published,
    expression: telling.event.expression,
    sentence: telling.event.sentence,
    date: telling.event.date,
  }));
  return {
    ...event,
    id: single ? event.id : `${chosen.article}:${event.id}`,
    // A plan told before it happened and the report after are one event: the latest source tells where it stands.
    relation: relationTo(period, end, parsePublished(latest.published)),
    ...(single ? {} : { article: chosen.article }),
    sources,
  };
}

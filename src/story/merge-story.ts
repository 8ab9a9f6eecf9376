/**
 * The merge of a story: the events of articles read each on its own become one timeline, where the
 * events that state the same happening (a compatible date and a similar statement, see
 * same-happening.ts) are one event with every article that tells it as a source. Two events of one
 * article are never merged: the article itself tells them apart. Pure, and free of the parser, so that
 * the element can merge the articles it has read with the parser it loaded.
 */
import { parsePublished } from '../model/publication.js';
import { relationTo } from '../model/calendar.js';
import { GRANULARITIES, parseEventValue } from '../model/event-value.js';
import type { EventSource, TextSpan, TimelineEvent } from '../model/types.js';
import { eventSpan, sameHappening, tellingWords, type Telling } from './same-happening.js';

/** One article of a story, read: its id, publication day (`YYYY-MM-DD`) and events. */
export interface ReadArticle {
  id: string;
  day: string;
  url?: string;
  source?: string;
  /** The article's language, for the words its sentences are compared by. */
  lang?: string;
  events: readonly TimelineEvent[];
}

/** A story event while it is being built: its tellings, in publication order. */
interface StoryEvent {
  tellings: Telling[];
}

/** Finer granularities come later in GRANULARITIES: the index is the precision; a day's part adds to a day. */
const precision = (telling: Telling) => GRANULARITIES.indexOf(telling.event.granularity) + (telling.event.part ? 0.5 : 0);

/** The most precise telling, the earliest published of those (tellings are in publication order). */
function representative(tellings: readonly Telling[]): Telling {
  return tellings.reduce((best, telling) => (precision(telling) > precision(best) ? telling : best));
}

/**
 * The story of articles given in publication order: events in the order their first telling was
 * published, each with its `sources`; with one article, its events as they are, with sources.
 */
export function mergeStory(read: readonly ReadArticle[]): TimelineEvent[] {
  const story: StoryEvent[] = [];
  for (const { id, day, url, source, lang, events } of read) {
    const merged = new Set<StoryEvent>();
    // The date words of each sentence, found once: every one of its events leaves them all out.
    const expressions = new Map<number, TextSpan[]>();
    for (const { sentence, expression } of events) {
      const inSentence = expressions.get(sentence.start);
      if (inSentence) inSentence.push(expression);
      else expressions.set(sentence.start, [expression]);
    }
    for (const event of events) {
      const telling: Telling = {
        event,
        article: id,
        published: day,
        words: tellingWords(event, expressions.get(event.sentence.start)!, lang),
        span: eventSpan(event),
        ...(url === undefined ? {} : { url }),
        ...(source === undefined ? {} : { source }),
      };
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

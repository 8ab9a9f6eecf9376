/**
 * Turns the element's inputs into the events it draws: events given directly (validated), else text or
 * the light-DOM article (parsed). Pure: the element only wires the result to the DOM.
 */
import { isValidTimelineEvent } from '../layout/index.js';
import { extractEvents, type TimelineEvent } from '../parser/index.js';
import type { CalendarDate } from '../parser/calendar.js';
import { parsePublished } from '../parser/publication.js';

export interface TimelineInput {
  published?: string | null;
  text?: string | null;
  events?: readonly unknown[] | null;
  /** Text of the light-DOM article, read when neither `events` nor `text` is set. */
  articleText?: string;
}

export interface ResolvedTimeline {
  events: TimelineEvent[];
  published?: CalendarDate;
  /** Why nothing can be drawn (invalid publication date); shown in place of the timeline. */
  error?: string;
  /** Items of `events` that were skipped: index and reason. */
  rejected: Array<{ index: number; reason: string }>;
}

export function resolveTimeline(input: TimelineInput): ResolvedTimeline {
  let published: CalendarDate | undefined;
  const hasPublished = input.published !== undefined && input.published !== null && input.published !== '';
  if (hasPublished) {
    try {
      published = parsePublished(input.published);
    } catch (error) {
      return { events: [], error: (error as Error).message, rejected: [] };
    }
  }
  if (input.events) {
    const events: TimelineEvent[] = [];
    const rejected: ResolvedTimeline['rejected'] = [];
    const ids = new Set<string>();
    input.events.forEach((item, index) => {
      const check = isValidTimelineEvent(item);
      if (!check.ok) rejected.push({ index, reason: check.reason });
      else if (ids.has((item as TimelineEvent).id)) rejected.push({ index, reason: `duplicate id ${JSON.stringify((item as TimelineEvent).id)}` });
      else {
        ids.add((item as TimelineEvent).id);
        events.push(item as TimelineEvent);
      }
    });
    return { events, rejected, ...(published ? { published } : {}) };
  }
  const text = input.text ?? input.articleText;
  if (!text || !text.trim()) return { events: [], rejected: [], ...(published ? { published } : {}) };
  if (!published) {
    return {
      events: [],
      rejected: [],
      error: 'Set the published attribute (YYYY-MM-DD) so that dates like "on Tuesday" can be placed.',
    };
  }
  return { events: extractEvents(text, { published: input.published! }), published, rejected: [] };
}

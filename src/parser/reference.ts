/**
 * The bridge between chrono-node's components and our calendar periods. chrono is always given the
 * publication date at noon UTC with time zone offset 0. It shifts that instant into the machine's zone
 * and reads it back there, so the day it implies ("this morning", a bare clock time) is the publication
 * day whatever the zone, unless the zone skipped that day altogether (Kiritimati's 1994-12-31). Where it
 * read the instant itself, or an instant of a result, on the machine's clock, its parsers and refiners
 * are replaced by ours (news-chrono.ts), which count on the calendar.
 */
import type { Component, ParsedComponents, ParsingComponents, ParsingContext, ParsingReference } from 'chrono-node';
import type { CalendarDate, Period } from '../model/calendar.js';
import { utcDateOf } from '../model/publication.js';
import type { Granularity } from '../model/types.js';

/** Where a result's words end in the text it was read from. */
export const endOf = (result: { index: number; text: string }): number => result.index + result.text.length;

export function chronoReference(published: CalendarDate): ParsingReference {
  const instant = new Date(0);
  instant.setUTCFullYear(published.year, published.month - 1, published.day);
  instant.setUTCHours(12);
  return { instant, timezone: 0 };
}

export const publicationOf = (context: ParsingContext): CalendarDate => utcDateOf(context.reference.instant);

// Our tags on chrono's results open with "nt/" (news-timeline), apart from chrono-node's own ("result/...").
const GRANULARITY_TAG = 'nt/granularity:';

/** What follows `prefix` in the first of `tags` that opens with it, if any does. */
export function tagValue(tags: ReadonlySet<string>, prefix: string): string | undefined {
  for (const tag of tags) if (tag.startsWith(prefix)) return tag.slice(prefix.length);
  return undefined;
}

/** Sets a part of chrono components, as known (written in the text) or implied. */
export const setPart = (components: ParsingComponents, part: Component, value: number, known: boolean): ParsingComponents =>
  known ? components.assign(part, value) : components.imply(part, value);

/**
 * Writes a period into chrono components: the fields its granularity fixes become known, the rest
 * implied. `yearKnown` false, for fresh components, leaves the year implied too: a date the text gave
 * without its year ("in March", "the third quarter"), for the tense refiner to place.
 */
export function assignPeriod(components: ParsingComponents, period: Period, yearKnown = true): ParsingComponents {
  const { date, granularity } = period;
  setPart(components, 'year', date.year, yearKnown);
  setPart(components, 'month', date.month, granularity !== 'year');
  setPart(components, 'day', date.day, granularity === 'day' || granularity === 'time' || granularity === 'week');
  components.delete('weekday');
  if (granularity !== 'day' && granularity !== 'time') components.addTag(GRANULARITY_TAG + granularity);
  return components;
}

export function periodComponents(context: ParsingContext, period: Period, yearKnown = true): ParsingComponents {
  return assignPeriod(context.createParsingComponents(), period, yearKnown);
}

/** Components for a period that starts on the first of `month`: a year, a season, a quarter or a month. */
export const monthStartComponents = (context: ParsingContext, granularity: Granularity, year: number, month = 1, yearKnown = true): ParsingComponents =>
  periodComponents(context, { granularity, date: { year, month, day: 1 } }, yearKnown);

const DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;

/** Whether the text fixed any part of a date; a bare day part ("the night") fixes none. */
export function fixesADate(components: ParsedComponents): boolean {
  return DATE_PARTS.some((part) => components.isCertain(part));
}

/** The calendar date chrono's components hold, known or implied. */
export function dateOf(components: ParsedComponents): CalendarDate {
  return { year: components.get('year')!, month: components.get('month')!, day: components.get('day')! };
}

/**
 * The period chrono's components name, at the precision the text gave. `tags` are the components' own,
 * for a caller that has them already (tags() copies the set).
 */
export function periodOf(components: ParsedComponents, tags: ReadonlySet<string> = components.tags()): Period {
  const date = dateOf(components);
  let casual = false;
  for (const tag of tags) {
    if (tag.startsWith(GRANULARITY_TAG)) return { granularity: tag.slice(GRANULARITY_TAG.length) as Granularity, date };
    casual ||= tag.startsWith('casualReference/');
  }
  if (components.isCertain('hour')) {
    return { granularity: 'time', date, hour: components.get('hour')!, minute: components.get('minute') ?? 0 };
  }
  return { granularity: casual || components.isCertain('day') || components.isCertain('weekday') ? 'day' : components.isCertain('month') ? 'month' : 'year', date };
}

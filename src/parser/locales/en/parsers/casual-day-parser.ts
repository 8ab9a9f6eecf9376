import type { Parser, ParsingContext } from 'chrono-node';
import { Meridiem } from 'chrono-node/en';
import { addDays } from '../../../../model/calendar.js';
import { publicationOf } from '../../../reference.js';
import { keywordGate } from './keyword-gate.js';

/**
 * "today", "yesterday", "tomorrow", "tonight", "last night", "now": days counted from publication, read
 * as chrono-node's own casual-date parser reads them (same words, components and tags), but counted on
 * the calendar. chrono-node's parser reads "last night" from the machine's clock: published Feb. 16, it
 * was Feb. 15 under UTC, Feb. 16 in Los Angeles and Feb. 17 in Kiritimati.
 */
const PATTERN = /(?<!\w)(now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?!\w)/i;

/**
 * Days from publication, the casual-reference tag, and the hour and meridiem chrono-node implies when
 * the word says otherwise than the reference's noon.
 */
type CasualDay = [days: number, tag?: string, hour?: number, meridiem?: Meridiem];

const DAYS: Record<string, CasualDay> = {
  now: [0, 'now'],
  today: [0, 'today'],
  tonight: [0, 'tonight', 22, Meridiem.PM],
  tomorrow: [1, 'tomorrow'],
  tmr: [1, 'tomorrow'],
  tmrw: [1, 'tomorrow'],
  overmorrow: [2],
  yesterday: [-1, 'yesterday'],
  // The night before the publication day, from its midnight: chrono-node's reading at a reference of noon.
  'last night': [-1, undefined, 0],
};

export class CasualDayParser implements Parser {
  pattern = keywordGate('now today tonight tomorrow tmr overmorrow yesterday night'.split(' '), PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const word = match[1]!.toLowerCase().replace(/^last\s*night$/, 'last night');
    const [days, tag, hour = 12, meridiem] = DAYS[word]!;
    const components = context.createParsingComponents(addDays(publicationOf(context), days)).imply('hour', hour);
    if (meridiem !== undefined) components.imply('meridiem', meridiem);
    if (word === 'now') {
      // "now" is an instant: chrono-node fixes its clock and zone too (the non-event filter drops it).
      for (const part of ['hour', 'minute', 'second', 'millisecond'] as const) components.assign(part, components.get(part)!);
      components.assign('meridiem', Meridiem.PM).assign('timezoneOffset', 0);
    }
    if (tag) components.addTag(`casualReference/${tag}`);
    return components.addTag('parser/ENCasualDateParser');
  }
}

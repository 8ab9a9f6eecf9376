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

interface CasualDay {
  /** Days from publication. */
  days: number;
  tag?: string;
  /** The hour chrono-node implies (the reference's noon unless the word says otherwise). */
  hour: number;
  meridiem?: Meridiem;
}

const DAYS: Record<string, CasualDay> = {
  now: { days: 0, tag: 'now', hour: 12 },
  today: { days: 0, tag: 'today', hour: 12 },
  tonight: { days: 0, tag: 'tonight', hour: 22, meridiem: Meridiem.PM },
  tomorrow: { days: 1, tag: 'tomorrow', hour: 12 },
  tmr: { days: 1, tag: 'tomorrow', hour: 12 },
  tmrw: { days: 1, tag: 'tomorrow', hour: 12 },
  overmorrow: { days: 2, hour: 12 },
  yesterday: { days: -1, tag: 'yesterday', hour: 12 },
  // The night before the publication day, from its midnight: chrono-node's reading at a reference of noon.
  'last night': { days: -1, hour: 0 },
};

export class CasualDayParser implements Parser {
  pattern = keywordGate('now today tonight tomorrow tmr overmorrow yesterday night'.split(' '), PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const word = match[1]!.toLowerCase().replace(/^last\s*night$/, 'last night');
    const { days, tag, hour, meridiem } = DAYS[word]!;
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

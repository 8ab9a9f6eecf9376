import type { Parser, ParsingContext } from 'chrono-node';
import { addDays } from '../../../model/calendar.js';
import { easter } from '../../../model/easter.js';
import { publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { formReader, WORD_END, WORD_START } from './word-pattern.js';

/** A holiday is named, not set: it is no deadline (see open-date-refiner.ts). */
export const HOLIDAY_NAME_TAG = 'nt/holiday-name';

// A movable feast's days after Easter Sunday, for the open-date refiner to place it in another year.
const EASTER_TAG = 'nt/easter:';

/** The days after Easter of a movable feast read here, or undefined for any other result. */
export function daysAfterEaster(tags: ReadonlySet<string>): number | undefined {
  for (const tag of tags) if (tag.startsWith(EASTER_TAG)) return Number(tag.slice(EASTER_TAG.length));
  return undefined;
}

/**
 * A holiday named: on a fixed day ("Navidad", "Noël", "Natale", "Natal", "Silvester") or counted from
 * Easter ("Pâques", "Pentecôte", "Viernes Santo", "Pasquetta", "Pfingsten"). Its day without a year, as
 * "Dec. 25" would be: the sentence's tense gives the year (see open-date-refiner.ts).
 */
export class HolidayNameParser implements Parser {
  private readonly regex: RegExp;
  private readonly days: ReadonlyArray<readonly [month: number, day: number] | number>;
  private readonly holidayOf: (word: string) => number;

  constructor(words: Vocabulary) {
    const feasts = words.movableFeasts ?? {};
    const names = [...Object.keys(words.holidays), ...Object.keys(feasts)];
    this.regex = new RegExp(`${WORD_START}(${names.join('|')})${WORD_END}`, 'iu');
    this.days = names.map((name) => words.holidays[name] ?? feasts[name]!);
    this.holidayOf = formReader(names);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const { year } = publicationOf(context);
    const day = this.days[this.holidayOf(match[1]!)]!;
    if (typeof day !== 'number') return context.createParsingComponents({ month: day[0], day: day[1] }).imply('year', year).addTag(HOLIDAY_NAME_TAG);
    const date = addDays(easter(year), day);
    return context.createParsingComponents({ month: date.month, day: date.day }).imply('year', year).addTag(HOLIDAY_NAME_TAG).addTag(`${EASTER_TAG}${day}`);
  }
}

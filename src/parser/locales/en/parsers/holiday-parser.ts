import type { Parser, ParsingContext } from 'chrono-node';
import { HOLIDAY_PATTERN, holidayIn, holidayKey } from '../holidays.js';
import { periodComponents, publicationOf } from '../../../reference.js';
import { YEAR_PATTERN } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/** "Thanksgiving Day", "on Christmas Eve", "Easter 2019": the holiday's date, its year left to tense unless stated. */
const PATTERN = new RegExp(`\\b(?<![\\w-])(${HOLIDAY_PATTERN})(?:,?\\s+(${YEAR_PATTERN}))?(?![\\w-])`, 'i');

export const HOLIDAY_TAG = 'nt/holiday:';

export class HolidayParser implements Parser {
  pattern = keywordGate('day eve christmas easter thanksgiving halloween july'.split(' '), PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    // Lower-case "easter" or "halloween" in running text is rare; capitals keep "labor day" talk out.
    const name = match[1]!;
    if (!/^[A-Z]/.test(name) && !/^the/i.test(name)) return null;
    const stated = match[2] === undefined ? undefined : Number(match[2]);
    const year = stated ?? publicationOf(context).year;
    return periodComponents(context, { granularity: 'day', date: holidayIn(name, year)! }, stated !== undefined).addTag(HOLIDAY_TAG + holidayKey(name));
  }
}

import type { Parser, ParsingContext } from 'chrono-node';
import { publicationOf, monthStartComponents } from '../../../reference.js';
import { FULL_MONTHS, MONTH_NUMBERS, SEASON_MONTHS, SEASON_PATTERN } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * "last May", "next March", "this September", "last summer", "next spring", and a season after a time
 * preposition and "the" ("in the fall", "over the summer"): a month or season, its year left for the
 * tense refiner to pick by the modifier or the verbs. "The last winter storms" are the final ones, and
 * "the fall of Rome" no season. chrono-node drops a bare "May" ending a sentence ("signed last May."),
 * taking it for the verb.
 */
const PATTERN = new RegExp(`\\b(?<![\\w-]|the )(?:last|this|next|past|coming|(?<=\\b(?:in|into|over|during|since|until|by)\\s+)(the))\\s+(${FULL_MONTHS}|${SEASON_PATTERN})(?![\\w-])(?!\\.?\\s*\\d|\\s+of\\b)`, 'i');

export class ModifiedMonthParser implements Parser {
  pattern = keywordGate(/\b(?:last|this|next|past|coming)\s+[A-Z]|spring|summer|fall|autumn|winter/, PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const word = match[2]!.toLowerCase();
    const season = SEASON_MONTHS[word];
    // Month names are capitalised ("this may" is a modal); after "the" only a season is a date, and a
    // capitalised one is a name ("in the Winter Olympics", "by the Fall Classic").
    if (season ? match[1] && /^[A-Z]/.test(match[2]!) : match[1] || !/^[A-Z]/.test(match[2]!)) return null;
    return monthStartComponents(context, season ? 'season' : 'month', publicationOf(context).year, season ?? MONTH_NUMBERS[word]!, false);
  }
}

import type { Parser, ParsingContext } from 'chrono-node';
import { publicationOf, monthStartComponents } from '../../../reference.js';
import { FULL_MONTHS, MONTH_NUMBERS, SEASON_MONTHS, SEASON_PATTERN } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * "last May", "next March", "this September", "last summer", "next spring", and a season after a time
 * preposition and "the" ("in the fall", "over the summer") or with its early or late part after a
 * preposition or "the" ("in late summer", "the levels of the early summer"; a season's part is the
 * season): a month or season, its year left for the tense refiner to pick by the modifier or the verbs.
 * "The last winter storms" are the final ones, and "the fall of Rome" no season. chrono-node drops a bare "May" ending a sentence ("signed last May."),
 * taking it for the verb.
 */
const PREPOSITION = '(?:in|into|over|during|since|until|by)';
// The look-behinds follow the words they check, so that they are read only where those words are.
const PATTERN = new RegExp(
  `\\b(?<![\\w-]|the )(?:last|this|next|past|coming|(the)(?<=\\b${PREPOSITION}\\s+the)|(?:the\\s+)?(early|late|mid)(?<=\\b(?:${PREPOSITION}|the)\\s+\\w+))[\\s-]+(${FULL_MONTHS}|${SEASON_PATTERN})(?![\\w-])(?!\\.?\\s*\\d|\\s+of\\b)`,
  'i',
);

export class ModifiedMonthParser implements Parser {
  pattern = keywordGate(/\b(?:last|this|next|past|coming)\s+[A-Z]|spring|summer|fall|autumn|winter/, PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const word = match[3]!.toLowerCase();
    const season = SEASON_MONTHS[word];
    const qualified = match[1] || match[2];
    // Month names are capitalised ("this may" is a modal); after "the" or a part only a season is ours
    // ("early March" is chrono-node's), and a capitalised one is a name ("in the Winter Olympics").
    if (season ? qualified && /^[A-Z]/.test(match[3]!) : qualified || !/^[A-Z]/.test(match[3]!)) return null;
    // "the 1890 flood began on a Sunday in early spring": a season's part after a year written before it
    // is that year's, which only a history reading could tell; it is left out rather than put in this one.
    if (match[2] && /\b\d{4}\b/.test(context.text.slice(Math.max(0, match.index! - 80), match.index))) return null;
    return monthStartComponents(context, season ? 'season' : 'month', publicationOf(context).year, season ?? MONTH_NUMBERS[word]!, false);
  }
}

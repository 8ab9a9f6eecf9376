import type { Parser, ParsingContext } from 'chrono-node';
import { periodComponents, publicationOf } from '../../../reference.js';
import { FULL_MONTHS, MONTH_NUMBERS } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * "last May", "next March", "this September": a month with a modifier, its year left for the tense
 * refiner to pick by that modifier. chrono-node drops a bare "May" ending a sentence ("signed last
 * May."), taking it for the verb.
 */
const PATTERN = new RegExp(`\\b(?<![\\w-])(?:last|this|next|past|coming)\\s+(${FULL_MONTHS})(?![\\w-])(?!\\.?\\s*\\d)`, 'i');

export class ModifiedMonthParser implements Parser {
  pattern = keywordGate(/\b(?:last|this|next|past|coming)\s+[A-Z]/, PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    // Month names are capitalised; "this may" is a modal.
    if (!/^[A-Z]/.test(match[1]!)) return null;
    const components = periodComponents(context, { granularity: 'month', date: { year: publicationOf(context).year, month: MONTH_NUMBERS[match[1]!.toLowerCase()]!, day: 1 } });
    components.delete('year');
    components.imply('year', publicationOf(context).year);
    return components;
  }
}

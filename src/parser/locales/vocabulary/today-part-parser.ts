import type { Parser } from 'chrono-node';
import { publicationOf } from '../../reference.js';
import { WORD_START } from './word-pattern.js';

/**
 * "ce soir", "esta mañana", "questa sera", "esta noite": the publication day. chrono-node reads them as a
 * time whose day is only implied, so they would place no event; "ce soir-là" is a past evening, not today.
 */
export function todayPartParser(todayParts: string): Parser {
  const regex = new RegExp(`${WORD_START}(?:${todayParts})(?![\\p{L}\\p{N}_-])`, 'iu');
  return { pattern: () => regex, extract: (context) => context.createParsingComponents(publicationOf(context)) };
}

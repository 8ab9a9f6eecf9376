import type { Parser } from 'chrono-node';
import { addDays } from '../../../model/calendar.js';
import { publicationOf } from '../../reference.js';
import { WORD_START } from './word-pattern.js';

/**
 * Days named from publication that chrono-node's grammars miss: "ce soir", "esta mañana", "questa sera"
 * (the day itself, which chrono-node reads as a time whose day is only implied, so they would place no
 * event), and "avant-hier", "pasado mañana", "depois de amanhã" (two days off: it has no such words, and
 * finds "demain" in "après-demain"). "ce soir-là" is a past evening, not today. `forms`: each pattern,
 * without groups of its own, with its count of days from publication.
 */
export function publicationDayParser(forms: ReadonlyArray<readonly [pattern: string, days: number]>): Parser {
  const regex = new RegExp(`${WORD_START}(?:${forms.map(([pattern]) => `(${pattern})`).join('|')})(?![\\p{L}\\p{N}_-])`, 'iu');
  return {
    pattern: () => regex,
    extract: (context, match) => context.createParsingComponents(addDays(publicationOf(context), forms[match.indexOf(match[0], 1) - 1]![1])),
  };
}

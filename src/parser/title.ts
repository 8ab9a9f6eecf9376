/**
 * A short headline for an event: the clause that states it, without its date words, trimmed to a
 * readable length at a word boundary.
 */
import { INVISIBLE_CHARACTER } from './normalized-text.js';

export const MAX_TITLE_LENGTH = 100;

// Prepositions that only introduce the date and read badly once it is gone ("said on that ...").
const DANGLING_BEFORE = /\s*\b(?:on|in|at|since|by|during|from|until|as of|of|for)\s*$/i;
// Control and zero-width characters the matchers ignored; a title shows none of them.
const INVISIBLE = new RegExp(INVISIBLE_CHARACTER.source, 'g');
const CLAUSE_BREAK = /[;:]\s+|\s+[-\u2013\u2014]\s+/g;

function clauseAround(sentence: string, start: number, end: number): [string, number, number] {
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= start) clauseStart = breakEnd;
    else if (match.index >= end) {
      clauseEnd = match.index;
      break;
    }
  }
  const clause = sentence.slice(clauseStart, clauseEnd);
  // A clause that is little more than the date itself says nothing: keep the whole sentence then.
  if (clause.length - (end - start) < 25) return [sentence, start, end];
  return [clause, start - clauseStart, end - clauseStart];
}

function truncate(text: string): string {
  if (text.length <= MAX_TITLE_LENGTH) return text;
  const cut = text.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
  return `${text.slice(0, cut > MAX_TITLE_LENGTH / 2 ? cut : MAX_TITLE_LENGTH - 1).replace(/[\s,;:]+$/, '')}\u2026`;
}

/** `start`/`end` locate the date words inside `sentence`. */
export function makeTitle(sentence: string, start: number, end: number): string {
  const [clause, from, to] = clauseAround(sentence, start, end);
  // Only the last few words can dangle; testing just them keeps the $-anchored pattern from rescanning.
  const head = clause.slice(0, Math.max(0, from - 12));
  const before = head + clause.slice(head.length, from).replace(DANGLING_BEFORE, '');
  const after = clause.slice(to).replace(/^'s\b/, '');
  const joined = `${before} ${after}`
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?'\u2019)])/g, '$1')
    .replace(/(^|[(\s])[,;:]+\s*/g, '$1')
    .replace(/^[\s"'\u201C\u201D\u2018\u2019(-]+/, '')
    .replace(/[\s,;:(-]+$/, '')
    .trim();
  const title = joined.length > 0 ? joined : sentence.trim();
  return truncate(title.charAt(0).toUpperCase() + title.slice(1));
}

/**
 * A short headline for an event: the clause that states it, without its date words, trimmed to a
 * readable length at a word boundary.
 */
import { INVISIBLE_CHARACTER } from './normalized-text.js';
import { cutIndex } from './surrogate-pairs.js';

export const MAX_TITLE_LENGTH = 100;

// Prepositions that only introduce the date and read badly once it is gone ("said on that ...").
const DANGLING_BEFORE = /\s*\b(?:on|in|at|since|by|during|from|until|as of|of|for|around|about|circa|roughly)\s*$/i;
// Control and invisible format characters the matchers ignored; a title shows none of them.
const INVISIBLE = new RegExp(INVISIBLE_CHARACTER.source, 'gu');
const INVISIBLE_TEST = INVISIBLE_CHARACTER;
const SPACE_RUN = /[\t\n\r]|\s\s/;
// Titles rarely need either fix; one scan tells.
const NEEDS_CLEANING = new RegExp(`${SPACE_RUN.source}|${INVISIBLE_CHARACTER.source}`, 'u');
// A dash break is tried only where white space begins: tried inside a run of it, `\s+` would rescan the
// rest of the run from every position (quadratic in its length). The leftmost match begins there anyway.
const CLAUSE_BREAK = /[;:]\s+|(?<!\s)\s+[-\u2013\u2014]\s+/g;

function clauseAround(sentence: string, start: number, end: number): [string, number, number] {
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  // exec, not matchAll: matchAll copies the pattern on every call.
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(sentence); match; match = CLAUSE_BREAK.exec(sentence)) {
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
  return `${trimEnd(text.slice(0, cut > MAX_TITLE_LENGTH / 2 ? cut : cutIndex(text, MAX_TITLE_LENGTH - 1)), isSpaceOrStop)}\u2026`;
}

const isSpaceOrStop = (char: string) => /[\s,;:]/.test(char);

// A loop from the end: a `$`-anchored pattern would try every position of the text.
function trimEnd(text: string, junk: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && junk(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const LEADING_JUNK = /^[\s"'\u201C\u201D\u2018\u2019(,;:-]+/;
const TRAILING_JUNK = new Set([' ', '\t', ',', ';', ':', '(', '-']);
const isTrailingJunk = (char: string) => TRAILING_JUNK.has(char);
const isClauseStop = (char: string) => char === ',' || char === ';' || char === ':';

/** "Atlanta, nineteen ninety-six." leaves "Atlanta,." behind: the comma goes. */
function dropStopBeforeEnd(text: string): string {
  const last = text.at(-1);
  if (last !== '.' && last !== '!' && last !== '?') return text;
  return trimEnd(text.slice(0, -1), isClauseStop) + last;
}

/** `start`/`end` locate the date words inside `sentence`. */
export function makeTitle(sentence: string, start: number, end: number): string {
  const [clause, from, to] = clauseAround(sentence, start, end);
  let before = clause.slice(0, from);
  // Only the last few words can dangle; testing just them keeps the $-anchored pattern from rescanning.
  const dangling = DANGLING_BEFORE.exec(before.slice(-16));
  if (dangling) before = before.slice(0, before.length - dangling[0].length);
  before = before.trimEnd();
  let after = clause.slice(to).replace(/^['\u2019]s\b/, '').trimStart();
  // The commas around a date phrase go with it ("Russia, on Tuesday, said" reads "Russia said"), as
  // does one after an opening phrase ("But in June, the party split"); after a clause it stays ("Schools
  // will reopen, the district announced"). Parentheses around a date go too.
  // An opener is at most two words: no third word follows two.
  if (/^[,;:]/.test(after) && (!/\S\s+\S+\s+\S/.test(before) || isClauseStop(before.at(-1) ?? ''))) {
    after = after.replace(/^[,;:]+\s*/, '');
    before = trimEnd(before, isClauseStop);
  }
  if (before.endsWith('(') && after.startsWith(')')) {
    before = before.slice(0, -1).trimEnd();
    after = after.slice(1).trimStart();
  }
  let title = before && after && !/^[,.;:!?'\u2019)]/.test(after) ? `${before} ${after}` : before + after;
  if (NEEDS_CLEANING.test(title)) {
    if (INVISIBLE_TEST.test(title)) title = title.replace(INVISIBLE, '');
    if (SPACE_RUN.test(title)) title = title.replace(/\s+/g, ' ');
  }
  title = dropStopBeforeEnd(trimEnd(title.replace(LEADING_JUNK, ''), isTrailingJunk));
  if (title.length === 0) title = sentence.trim();
  // The first character may be a surrogate pair ("\u{10428}" capitalises as "\u{10400}").
  const first = (title.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
  return truncate(title.slice(0, first).toUpperCase() + title.slice(first));
}

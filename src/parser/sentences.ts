/**
 * Splits news text into sentences with their offsets. Lines are hard boundaries (headlines, datelines and
 * paragraphs carry no final stop); within a line a stop ends a sentence unless it closes an abbreviation
 * that news copy keeps mid-sentence (AP month abbreviations, titles, "a.m." before a weekday).
 */
import { cutIndex } from '../model/surrogate-pairs.js';
import { wordSet } from './english-words.js';
import { WEEKDAY_PATTERN } from './locales/en/words.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Lower-cased tokens that end in a period without ending the sentence.
const ABBREVIATIONS = wordSet(
  'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr inc corp co ltd bros no nos vs etc ' +
    'ft mt ave blvd u.s u.k u.n e.u d.c a.m p.m a.d b.c b.c.e c.e e.g i.e approx est dept univ assn',
);
const CLOCK = wordSet('a.m p.m');
// Sticky: read in place from the end of the stop, not from a trimmed copy of the rest of the line.
const WORD_AFTER_CLOCK_CONTINUES = new RegExp(
  `\\s*(?:${WEEKDAY_PATTERN}|today|tomorrow|yesterday|tonight|jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec|[A-Z]{2,4}T\\b|local|GMT|UTC)`,
  'iy',
);

/** Longest piece handed to the matchers: keeps work per piece bounded however long a line runs. */
export const MAX_SENTENCE_LENGTH = 2000;

// A stop is tried only where a run of stops begins: tried at every position of a run ("!!!!", "?!..."),
// `[.!?]+` would rescan the rest of the run from each one, quadratic in its length. The leftmost match
// starts at a run's beginning anyway, so the results are the same.
// The next sentence opens with any capital ("È", "Österreich"), after any opening quotes (the wires'
// "``" too) or the Spanish "¿" and "¡".
const BOUNDARY = /(?<![.!?])[.!?]+["')\]\u201D\u2019\u00BB]*(?=\s+["'`(\[\u201C\u2018\u00AB\u00BF\u00A1]*[\p{Lu}\d])/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = /[^\n\r]+/g;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    splitLine(text, line.index, line.index + line[0].length, sentences);
  }
  return sentences;
}

function splitLine(text: string, lineStart: number, lineEnd: number, out: Sentence[]): void {
  const line = text.slice(lineStart, lineEnd);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(line); match; match = BOUNDARY.exec(line)) {
    const stopEnd = match.index + match[0].length;
    if (!endsSentence(line, match.index, stopEnd)) continue;
    push(text, lineStart + start, lineStart + stopEnd, out);
    start = stopEnd;
  }
  push(text, lineStart + start, lineEnd, out);
}

function endsSentence(line: string, stopIndex: number, stopEnd: number): boolean {
  if (line[stopIndex] !== '.') return true;
  const before = /(\S+)$/.exec(line.slice(Math.max(0, stopIndex - 12), stopIndex));
  if (!before) return true;
  // "Dec. 28-Jan. 3": the word after a dash is the one the stop abbreviates.
  const token = before[1]!.replace(/^["'(\[]+/, '').replace(/^.*[-\u2013]/, '').toLowerCase();
  if (CLOCK.has(token)) {
    WORD_AFTER_CLOCK_CONTINUES.lastIndex = stopEnd;
    return !WORD_AFTER_CLOCK_CONTINUES.test(line);
  }
  // Single capitals are initials ("John F. Kennedy"); listed tokens are abbreviations.
  return !(ABBREVIATIONS.has(token) || /^[a-z]$/.test(token));
}

/** Trims white space and cuts runs longer than MAX_SENTENCE_LENGTH at a space where one is near. */
function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE_LENGTH) {
    const cut = cutPoint(text, start);
    out.push({ text: text.slice(start, cut), start, end: cut });
    start = cut;
    while (start < end && text[start] === ' ') start++;
  }
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

/**
 * Where a piece starting at `start` ends: at the last space of its second half, else at the length
 * limit, moved back one where that would split a surrogate pair. Only the second half is searched:
 * `lastIndexOf` would run back to the start of the text for every piece of a run without spaces.
 */
function cutPoint(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_LENGTH;
  for (let at = limit; at > start + MAX_SENTENCE_LENGTH / 2; at--) if (text[at] === ' ') return at;
  return cutIndex(text, limit);
}

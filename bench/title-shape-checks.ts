/**
 * The shapes of a broken title (issue 10, item 4): what cutting the date words out of a sentence leaves
 * behind when it goes wrong. Used by bench/title-shapes.ts to count them over corpora and by the tests
 * to hold our own articles at zero.
 */

export type TitleShape =
  | 'ends on a preposition'
  | 'preposition before a stop'
  | 'ends on a comma'
  | 'opens on a conjunction'
  | 'starts lower-case'
  | 'unbalanced quotes'
  | 'unbalanced parentheses'
  | 'too short'
  | 'doubled space or stop'
  | "dangling 's"
  | 'ends on a copula';

export const TITLE_SHAPES: readonly TitleShape[] = [
  'ends on a preposition',
  'preposition before a stop',
  'ends on a comma',
  'opens on a conjunction',
  'starts lower-case',
  'unbalanced quotes',
  'unbalanced parentheses',
  'too short',
  'doubled space or stop',
  "dangling 's",
  'ends on a copula',
];

// Words that cannot end a headline: they promise a complement ("began at", "closed through", "ends on
// the closest to").
const FUNCTION_WORDS =
  'on|in|at|since|by|during|from|until|till|through|throughout|to|of|for|around|about|before|after|between|with|than|as|into|over|under|within|amid|near|toward|towards|the|a|an|and|or|but|its|their|his|her';
const ENDS_ON_FUNCTION_WORD = new RegExp(`(?:^|\\s)(?:${FUNCTION_WORDS})[.!?]?$`, 'i');
// A stop counts when a space or the end follows it: "a.m." is no article before a stop.
// "before" and "after" are adverbs too ("expanded three times before, adding").
const FUNCTION_WORD_BEFORE_STOP = new RegExp(`(?:^|\\s)(?:${FUNCTION_WORDS.replace('|before|after', '')})\\s*[,;:.!?](?=\\s|$)`, 'i');
// The list ("Which/When/And/But/While/Where/That/Who") and their kin.
const OPENERS = /^(?:which|when|and|but|while|where|that|who|whom|whose|or|so|because|although|though|whereas|nor)\b/i;

function quotesUnbalanced(title: string): boolean {
  const straight = title.split('"').length - 1;
  if (straight % 2 === 1 && !title.endsWith('\u2026')) return true;
  const typewriter = [title.split('``').length - 1, title.split("''").length - 1];
  // TimeBank also quotes with '' on both sides (''child abuse'').
  const selfPaired = typewriter[0] === 0 && typewriter[1]! % 2 === 0;
  if ((typewriter[0]! < typewriter[1]! && !selfPaired) || (typewriter[0]! > typewriter[1]! && !title.endsWith('\u2026'))) return true;
  let depth = 0;
  for (const char of title) {
    if (char === '\u201C') depth++;
    else if (char === '\u201D' && --depth < 0) return true;
  }
  // A title cut with "…" may leave a quotation open: the reader sees it runs on.
  return depth > 0 && !title.endsWith('\u2026');
}

function parenthesesUnbalanced(title: string): boolean {
  let depth = 0;
  for (const char of title) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return true;
  }
  return depth > 0 && !title.endsWith('\u2026');
}

/** Every broken shape `title` has, in {@link TITLE_SHAPES} order; none for a good title. */
export function titleShapes(title: string): TitleShape[] {
  const shapes: TitleShape[] = [];
  const whole = title.endsWith('\u2026') ? title.slice(0, -1) : title;
  if (!title.endsWith('\u2026') && ENDS_ON_FUNCTION_WORD.test(whole)) shapes.push('ends on a preposition');
  if (FUNCTION_WORD_BEFORE_STOP.test(whole)) shapes.push('preposition before a stop');
  if (/[,;:]$/.test(whole)) shapes.push('ends on a comma');
  if (OPENERS.test(title)) shapes.push('opens on a conjunction');
  if (/^\p{Ll}/u.test(title)) shapes.push('starts lower-case');
  if (quotesUnbalanced(title)) shapes.push('unbalanced quotes');
  if (parenthesesUnbalanced(title)) shapes.push('unbalanced parentheses');
  if (whole.split(/\s+/).filter(Boolean).length < 3 || whole.length < 15) shapes.push('too short');
  if (/\s\s|[,;:]\s*[,;:.!?]|\s[,;:!?)]|\s\.$|\(\s/.test(title)) shapes.push('doubled space or stop');
  if (/(?:^|[\s,(])['\u2019]s\b/.test(title)) shapes.push("dangling 's");
  // "The vote was.": the date was what the verb promised.
  if (!title.endsWith('\u2026') && /\s(?:is|are|was|were|be|been)[.!?]?$/i.test(whole)) shapes.push('ends on a copula');
  return shapes;
}

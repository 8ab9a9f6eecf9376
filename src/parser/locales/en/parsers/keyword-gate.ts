import type { Parser, ParsingContext } from 'chrono-node';
import { pieceAt } from '../../../batch-text.js';

// Our parsers' patterns open with `\b(?<![\w-])`: inside a word the `\b` fails before the costlier
// look-behind runs, which makes a scan about a fifth faster. Each pattern starts with a word character,
// so the `\b` adds no condition of its own.

// Sticky and unmatchable: chrono-node's exec stops at the first position instead of scanning the text.
const NEVER = /(?!)/y;

/**
 * What text must hold for a pattern to have a chance: a pattern, or words that the lower-cased text
 * contains. A gate of our parsers may let through text its parser then finds nothing in, never the
 * reverse; one of chrono-node's may also narrow what it reads (see gateParser). Words are the cheaper
 * test: a substring search runs many times faster than a regular-expression scan.
 */
export type Keyword = RegExp | readonly string[];

// Every gate of a parse call reads the same text: it is lower-cased once.
let lastText = '';
let lastLower = '';
function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/** `lower` is `text` lower-cased: for a piece of a batch, its stretch of the lower-cased batch. */
function holds(keyword: Keyword, text: string, lower = lowerCased(text)): boolean {
  return keyword instanceof RegExp ? keyword.test(text) : keyword.some((word) => lower.includes(word));
}

/**
 * A parser's full pattern, only for text that holds its keyword. A plain keyword scan costs a fraction
 * of a pattern with look-behinds and long alternations, and most sentences lack the keyword.
 */
export function keywordGate(keyword: Keyword, pattern: RegExp): (context: ParsingContext) => RegExp {
  return (context) => (holds(keyword, context.text) ? pattern : NEVER);
}

// Whether each piece of the last batch holds a keyword, found when first asked, by where the piece starts.
let piecesOf = '';
const holdsByKeyword = new Map<Keyword, boolean[]>();

function holdsInPiece(keyword: Keyword, text: string, index: number): boolean {
  if (text !== piecesOf) {
    piecesOf = text;
    holdsByKeyword.clear();
  }
  const [start, end] = pieceAt(text, index);
  // A lone text passed the gate already.
  if (start === 0 && end === text.length) return true;
  let known = holdsByKeyword.get(keyword);
  if (!known) holdsByKeyword.set(keyword, (known = []));
  known[start] ??= holds(keyword, text.slice(start, end), lowerCased(text).slice(start, end));
  return known[start];
}

/**
 * Another parser, run only on text that holds the keyword, and in a batch only on the pieces that do
 * (batch-text.ts): chrono-node's parsers read more than their keywords ("at 10" is a clock time to it),
 * and the gate narrows that for each piece just as it does for the piece parsed alone.
 */
export function gateParser(keyword: Keyword, parser: Parser): Parser {
  return {
    pattern: (context) => (holds(keyword, context.text) ? parser.pattern(context) : NEVER),
    // By the match's last character: its first may be the boundary before the piece.
    extract: (context, match) =>
      holdsInPiece(keyword, context.text, match.index! + Math.max(0, match[0].length - 1)) ? parser.extract(context, match) : null,
  };
}

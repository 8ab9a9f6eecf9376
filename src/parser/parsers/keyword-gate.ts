import type { Parser, ParsingContext } from 'chrono-node';

// Our parsers' patterns open with `\b(?<![\w-])`: inside a word the `\b` fails before the costlier
// look-behind runs, which makes a scan about a fifth faster. Each pattern starts with a word character,
// so the `\b` adds no condition of its own.

// Sticky and unmatchable: chrono-node's exec stops at the first position instead of scanning the text.
const NEVER = /(?!)/y;

/**
 * What text must hold for a pattern to have a chance: a pattern, or words that the lower-cased text
 * contains. A gate may let through text its parser then finds nothing in, never the reverse. Words
 * are the cheaper test: a substring search runs many times faster than a regular-expression scan.
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

function holds(keyword: Keyword, text: string): boolean {
  if (keyword instanceof RegExp) return keyword.test(text);
  const lower = lowerCased(text);
  return keyword.some((word) => lower.includes(word));
}

/**
 * A parser's full pattern, only for text that holds its keyword. A plain keyword scan costs a fraction
 * of a pattern with look-behinds and long alternations, and most sentences lack the keyword.
 */
export function keywordGate(keyword: Keyword, pattern: RegExp): (context: ParsingContext) => RegExp {
  return (context) => (holds(keyword, context.text) ? pattern : NEVER);
}

/** Another parser, run only on text that holds the keyword. */
export function gateParser(keyword: Keyword, parser: Parser): Parser {
  return {
    pattern: (context) => (holds(keyword, context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

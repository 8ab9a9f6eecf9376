import type { Parser, ParsingContext } from 'chrono-node';

// Our parsers' patterns open with `\b(?<![\w-])`: inside a word the `\b` fails before the costlier
// look-behind runs, which makes a scan about a fifth faster. Each pattern starts with a word character,
// so the `\b` adds no condition of its own.

// Sticky and unmatchable: chrono-node's exec stops at the first position instead of scanning the text.
const NEVER = /(?!)/y;

/**
 * A parser's full pattern, only for text that holds its keyword. A plain keyword scan costs a fraction
 * of a pattern with look-behinds and long alternations, and most sentences lack the keyword.
 */
export function keywordGate(keyword: RegExp, pattern: RegExp): (context: ParsingContext) => RegExp {
  return (context) => (keyword.test(context.text) ? pattern : NEVER);
}

/** Another parser, run only on text that holds the keyword. */
export function gateParser(keyword: RegExp, parser: Parser): Parser {
  return {
    pattern: (context) => (keyword.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

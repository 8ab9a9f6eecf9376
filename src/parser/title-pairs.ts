/**
 * Quotation marks and parentheses a title opens or closes alone. A title starts inside a quotation when the date words
 * opened it (`"On Tuesday we found out ..."` loses its first words) or the sentence splitter cut a
 * quotation in two, and it ends inside one when the quotation goes on past the clause: the missing mark
 * goes where the quotation began or ended, so that the reader sees what is quoted.
 */

/** An opening mark, its closing one, and whether some copy quotes with the closing mark on both sides (''child abuse''). */
type Pair = readonly [open: string, close: string, closesBothSides?: boolean];

// Curly quotes, the typewriter `` and '' that TimeBank's wire copy uses, parentheses ("(0735 GMT)
// Friday" loses its opening one with the date), and straight quotes.
const PAIRED: readonly Pair[] = [
  ['\u201C', '\u201D', true],
  ['``', "''", true],
  ['(', ')'],
  ['"', '"'],
];

/** Closing marks without an opening one, and opening marks still open at the end. */
function unmatched(text: string, [open, close]: Pair): [closers: number, openers: number] {
  let depth = 0;
  let closers = 0;
  for (let at = 0; at < text.length; at++) {
    let opens = text.startsWith(open, at);
    let closes = text.startsWith(close, at);
    // A straight quote opens where a word could begin, and closes after one.
    if (opens && closes) opens = !(closes = depth > 0 || (at > 0 && !/[\s([{]/.test(text[at - 1]!)));
    if (opens) depth++;
    else if (closes && depth > 0) depth--;
    else if (closes) closers++;
    if (opens || closes) at += (opens ? open : close).length - 1;
  }
  return [closers, depth];
}

/** `title` with the quotation marks and parentheses it lacks added at its start or end. */
export function balancePairs(title: string): string {
  let balanced = title;
  for (const marks of PAIRED) {
    const [open, close, closesBothSides] = marks;
    if (!balanced.includes(open) && !balanced.includes(close)) continue;
    const [closers, openers] = unmatched(balanced, marks);
    const selfPaired = closesBothSides && closers % 2 === 0 && !balanced.includes(open);
    if (closers > 0 && !selfPaired) balanced = open + balanced;
    if (openers > 0) balanced += close;
  }
  return balanced;
}

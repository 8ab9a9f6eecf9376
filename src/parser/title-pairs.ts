/**
 * Quotation marks and parentheses a title opens or closes alone. A title starts inside a quotation when the date words
 * opened it (`"On Tuesday we found out ..."` loses its first words) or the sentence splitter cut a
 * quotation in two, and it ends inside one when the quotation goes on past the clause: the missing mark
 * goes where the quotation began or ended, so that the reader sees what is quoted.
 */

interface Pair {
  open: string;
  close: string;
  /** Some copy quotes with the closing mark on both sides (''child abuse''). */
  closesBothSides?: boolean;
}

// Curly quotes, the typewriter `` and '' that TimeBank's wire copy uses, parentheses ("(0735 GMT)
// Friday" loses its opening one with the date), and straight quotes.
const PAIRED: readonly Pair[] = [
  { open: '\u201C', close: '\u201D', closesBothSides: true },
  { open: '``', close: "''", closesBothSides: true },
  { open: '(', close: ')' },
  { open: '"', close: '"' },
];

/** Closing marks without an opening one, and opening marks still open at the end. */
function unmatched(text: string, marks: Pair): [closers: number, openers: number] {
  let depth = 0;
  let closers = 0;
  for (let at = 0; at < text.length; at++) {
    let opens = text.startsWith(marks.open, at);
    let closes = text.startsWith(marks.close, at);
    // A straight quote opens where a word could begin, and closes after one.
    if (opens && closes) opens = !(closes = depth > 0 || (at > 0 && !/[\s([{]/.test(text[at - 1]!)));
    if (opens) depth++;
    else if (closes && depth > 0) depth--;
    else if (closes) closers++;
    if (opens || closes) at += (opens ? marks.open : marks.close).length - 1;
  }
  return [closers, depth];
}

/** `title` with the quotation marks and parentheses it lacks added at its start or end. */
export function balancePairs(title: string): string {
  let balanced = title;
  for (const marks of PAIRED) {
    if (!balanced.includes(marks.open) && !balanced.includes(marks.close)) continue;
    const [closers, openers] = unmatched(balanced, marks);
    const selfPaired = marks.closesBothSides && closers % 2 === 0 && !balanced.includes(marks.open);
    if (closers > 0 && !selfPaired) balanced = marks.open + balanced;
    if (openers > 0) balanced += marks.close;
  }
  return balanced;
}

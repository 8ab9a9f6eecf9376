/**
 * How several pieces of text become one text for a single chrono-node call, and how to tell them apart
 * again inside it. chrono-node's fixed cost per call dominates on short articles; a batch pays it once.
 */

// Reads, to every pattern and look-around, as the end of one text and the start of the next. At both
// ends a NUL: no white space for a trailing \s* to take ("March\n" was no piece's own result) and a
// non-word character, as a boundary needs; between them "_", a word character that ends a run of
// non-word ones, and a newline, which ends a run of any character. No parser names any of them
// ("\n#\n" did: "#\n1991" read as a number, not a year). Normalised text has no NUL (normalized-text.ts).
export const SEPARATOR = '\u0000_\n\u0000';

/** The pieces joined, and where each starts in the batch. */
export function joinPieces(pieces: readonly string[]): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  for (const piece of pieces) {
    if (offsets.length > 0) text += SEPARATOR;
    offsets.push(text.length);
    text += piece;
  }
  return { text, offsets };
}

// Every gate of a parse call asks about the same batch: its pieces are found once.
let lastText = '';
let lastStarts: number[] = [0];

/** Which piece of a batch (or of a lone text, piece 0) holds `index`, and its `[start, end)`. */
export function pieceAt(text: string, index: number): { piece: number; start: number; end: number } {
  if (text !== lastText) {
    lastText = text;
    lastStarts = [0];
    for (let at = text.indexOf(SEPARATOR); at >= 0; at = text.indexOf(SEPARATOR, at + SEPARATOR.length)) lastStarts.push(at + SEPARATOR.length);
  }
  let piece = 0;
  for (let high = lastStarts.length - 1; piece < high; ) {
    const middle = (piece + high + 1) >> 1;
    if (lastStarts[middle]! <= index) piece = middle;
    else high = middle - 1;
  }
  const next = lastStarts[piece + 1];
  return { piece, start: lastStarts[piece]!, end: next === undefined ? text.length : next - SEPARATOR.length };
}

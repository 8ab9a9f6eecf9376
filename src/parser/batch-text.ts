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

/**
 * The pieces from `first` on that fit in a batch shorter than `limit` (the first one whatever its length),
 * joined, and where each starts in the batch.
 */
export function joinBatch(pieces: readonly string[], first: number, limit: number): [text: string, offsets: number[]] {
  let text = pieces[first]!;
  const offsets = [0];
  for (let next = first + 1; next < pieces.length && text.length + pieces[next]!.length < limit; next++) {
    text += SEPARATOR;
    offsets.push(text.length);
    text += pieces[next];
  }
  return [text, offsets];
}

/** The `[start, end)` of the piece of a batch (or of a lone text) that holds `index`. */
export function pieceAt(text: string, index: number): [start: number, end: number] {
  const before = text.lastIndexOf(SEPARATOR, index - SEPARATOR.length);
  const start = before < 0 ? 0 : before + SEPARATOR.length;
  const end = text.indexOf(SEPARATOR, start);
  return [start, end < 0 ? text.length : end];
}

/**
 * The text the matchers see: NFKC-normalised (full-width digits become ASCII, ligatures split), with
 * control and invisible format characters dropped and curly quotes/dashes folded, while keeping a map back
 * to the original offsets so every span reported points into the caller's string.
 */
export interface NormalizedText {
  text: string;
  /**
   * `[origin, originEnd]`: `origin[i]` is the offset in the original string of the character that
   * produced `text[i]`, and `originEnd[i]` the offset just after it. Absent when every change replaced
   * one code unit by one (plain ASCII, curly quotes, full-width digits).
   */
  map?: [origin: Int32Array<ArrayBufferLike>, originEnd: Int32Array<ArrayBufferLike>];
}

// Characters that carry no words: Cc except tab and line breaks, and Cf, the format characters (zero-width
// space and joiners, bidi marks, embeddings and isolates, the Arabic letter mark, the Mongolian vowel
// separator, soft hyphen, byte-order mark, word joiner and invisible operators, interlinear annotation
// marks, tag characters), by their Unicode category rather than a list, so none is forgotten (and the
// engine's Unicode version adds new ones). Left out are the prepended concatenation marks (Arabic number
// signs, end of ayah, Syriac abbreviation mark, Kaithi number signs: Prepended_Concatenation_Mark in
// Unicode's PropList.txt, listed here as JavaScript has no such property): Cf too, but drawn, and a title
// shows them.
export const INVISIBLE_CHARACTER =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|(?![\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}])\p{Cf}/u;
const FOLDED: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00A0': ' ',
  // NFKC would make it three dots; one keeps offsets aligned and ends a sentence all the same.
  '\u2026': '.',
};
// Only characters outside printable ASCII can change under NFKC or folding: the text is read a run of
// them at a time, so that ASCII costs one scan and a run of a million zero-width spaces one match.
const NEEDS_WORK = /[^\t\n\r\u0020-\u007E]+/g;

/**
 * The replacements that change lengths, in input order, as one list of numbers, three for each: where
 * it is in the input, the input's code units it replaces, and its length. A run of a million dropped
 * characters then costs no object each. One code unit for one (curly quotes, dashes, full-width digits)
 * keeps every offset as it is and is not listed.
 */
type Replacements = number[];

export function normalizeText(input: string): NormalizedText {
  NEEDS_WORK.lastIndex = 0;
  let run = NEEDS_WORK.exec(input);
  if (!run) return { text: input };
  const parts: string[] = [];
  const replacements: Replacements = [];
  let copied = 0;
  for (; run; run = NEEDS_WORK.exec(input)) {
    let at = run.index;
    // By code point: a surrogate pair is one character to NFKC ("\uD835\uDC00" is a bold A).
    for (const char of run[0]) {
      const width = char.length;
      const text = FOLDED[char] ?? (INVISIBLE_CHARACTER.test(char) ? '' : char.normalize('NFKC'));
      if (text !== char) {
        if (at > copied) parts.push(input.slice(copied, at));
        if (text !== '') parts.push(text);
        copied = at + width;
        if (width !== 1 || text.length !== 1) {
          replacements.push(at, width, text.length);
        }
      }
      at += width;
    }
  }
  if (copied === 0) return { text: input };
  parts.push(input.slice(copied));
  const text = parts.join('');
  return replacements.length === 0 ? { text } : { text, map: offsetMap(input.length, text.length, replacements) };
}

/** Offsets back into the input when replacements changed lengths (zero-width characters, ligatures); the others map one to one. */
function offsetMap(inputLength: number, outputLength: number, replacements: Replacements): NonNullable<NormalizedText['map']> {
  const origin = new Int32Array(outputLength);
  const originEnd = new Int32Array(outputLength);
  let out = 0;
  let next = 0;
  const copyPlain = (until: number) => {
    for (; next < until; next++, out++) {
      origin[out] = next;
      originEnd[out] = next + 1;
    }
  };
  for (let k = 0; k < replacements.length; k += 3) {
    const index = replacements[k]!;
    const width = replacements[k + 1]!;
    copyPlain(index);
    for (let unit = 0; unit < replacements[k + 2]!; unit++, out++) {
      origin[out] = index;
      originEnd[out] = index + width;
    }
    next = index + width;
  }
  copyPlain(inputLength);
  return [origin, originEnd];
}

/** Maps a span of the normalised text back to the original string. */
export function originalSpan({ map }: NormalizedText, start: number, end: number): [number, number] {
  if (!map) return [start, end];
  const [origin, originEnd] = map;
  if (end <= start) {
    const at = start < origin.length ? origin[start]! : (originEnd.at(-1) ?? 0);
    return [at, at];
  }
  return [origin[start]!, originEnd[end - 1]!];
}

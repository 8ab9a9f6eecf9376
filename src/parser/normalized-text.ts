/**
 * The text the matchers see: NFKC-normalised (full-width digits become ASCII, ligatures split), with
 * control and zero-width characters dropped and curly quotes/dashes folded, while keeping a map back to
 * the original offsets so every span reported points into the caller's string.
 */
export interface NormalizedText {
  text: string;
  /**
   * `origin[i]` is the offset in the original string of the character that produced `text[i]`, and
   * `originEnd[i]` the offset just after it. Absent when the text needed no change (plain ASCII).
   */
  map?: { origin: Int32Array<ArrayBufferLike>; originEnd: Int32Array<ArrayBufferLike> };
}

// Cc (except tab and line breaks) and Cf (zero-width space, joiners, bidi marks, soft hyphen) carry no words.
export const INVISIBLE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;
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
// Only characters outside printable ASCII can change under NFKC or folding.
// A surrogate pair is one character to NFKC ("\uD835\uDC00" is a bold A).
const NEEDS_WORK_ALL = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\t\n\r\u0020-\u007E]/g;
// Whether there is any: a surrogate pair holds such characters too.
const ANY_WORK = /[^\t\n\r\u0020-\u007E]/;

interface Replacement {
  index: number;
  width: number;
  text: string;
}

function replacementFor(char: string): string {
  return FOLDED[char] ?? (INVISIBLE_CHARACTER.test(char) ? '' : char.normalize('NFKC'));
}

export function normalizeText(input: string): NormalizedText {
  if (!ANY_WORK.test(input)) return { text: input };
  let sameLength = true;
  const text = input.replace(NEEDS_WORK_ALL, (char: string) => {
    const replaced = replacementFor(char);
    sameLength &&= replaced.length === char.length;
    return replaced;
  });
  // Curly quotes, dashes and full-width digits keep their length: offsets then carry over unchanged.
  if (sameLength) return { text };
  const replacements = [...input.matchAll(NEEDS_WORK_ALL)].map(
    (match): Replacement => ({ index: match.index, width: match[0].length, text: replacementFor(match[0]) }),
  );
  return { text, map: offsetMap(input.length, replacements) };
}

/** Offsets back into the input when replacements changed lengths (zero-width characters, ligatures). */
function offsetMap(inputLength: number, replacements: readonly Replacement[]): NonNullable<NormalizedText['map']> {
  // NFKC can expand one character many-fold ("\uFDFA" is 18 letters): size the arrays exactly.
  const length = replacements.reduce((total, { width, text }) => total + text.length - width, inputLength);
  const origin = new Int32Array(length);
  const originEnd = new Int32Array(length);
  let out = 0;
  let next = 0;
  const copyPlain = (until: number) => {
    for (; next < until; next++, out++) {
      origin[out] = next;
      originEnd[out] = next + 1;
    }
  };
  for (const { index, width, text } of replacements) {
    copyPlain(index);
    for (let k = 0; k < text.length; k++, out++) {
      origin[out] = index;
      originEnd[out] = index + width;
    }
    next = index + width;
  }
  copyPlain(inputLength);
  return { origin, originEnd };
}

/** Maps a span of the normalised text back to the original string. */
export function originalSpan({ map }: NormalizedText, start: number, end: number): [number, number] {
  if (!map) return [start, end];
  if (end <= start) {
    const at = start < map.origin.length ? map.origin[start]! : (map.originEnd.at(-1) ?? 0);
    return [at, at];
  }
  return [map.origin[start]!, map.originEnd[end - 1]!];
}

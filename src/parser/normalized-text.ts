/**
 * The text the matchers see: NFKC-normalised (full-width digits become ASCII, ligatures split), with
 * control and zero-width characters dropped and curly quotes/dashes folded, while keeping a map back to
 * the original offsets so every span reported points into the caller's string.
 */
export interface NormalizedText {
  text: string;
  /** `origin[i]` is the offset in the original string of the character that produced `text[i]`. */
  origin: Int32Array;
  /** `originEnd[i]` is the offset just after that original character. */
  originEnd: Int32Array;
}

// Cc (except tab and line breaks) and Cf (zero-width space, joiners, bidi marks, soft hyphen) carry no words.
const IGNORED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;
const FOLDED: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00A0': ' ',
};
// Only characters outside printable ASCII can change under NFKC or folding.
const NEEDS_WORK = /[^\t\n\r\u0020-\u007E]/;

export function normalizeText(input: string): NormalizedText {
  if (!NEEDS_WORK.test(input)) {
    const origin = new Int32Array(input.length);
    const originEnd = new Int32Array(input.length);
    for (let i = 0; i < input.length; i++) {
      origin[i] = i;
      originEnd[i] = i + 1;
    }
    return { text: input, origin, originEnd };
  }
  const parts: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  for (let i = 0; i < input.length; ) {
    const codePoint = input.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = input.slice(i, i + width);
    if (!IGNORED.test(char)) {
      const mapped = FOLDED[char] ?? (char.charCodeAt(0) < 0x80 ? char : char.normalize('NFKC'));
      parts.push(mapped);
      for (let k = 0; k < mapped.length; k++) {
        origin.push(i);
        originEnd.push(i + width);
      }
    }
    i += width;
  }
  return { text: parts.join(''), origin: Int32Array.from(origin), originEnd: Int32Array.from(originEnd) };
}

/** Maps a span of the normalised text back to the original string. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < normalized.origin.length ? normalized.origin[start]! : (normalized.originEnd.at(-1) ?? 0);
    return [at, at];
  }
  return [normalized.origin[start]!, normalized.originEnd[end - 1]!];
}

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
};
// Only characters outside printable ASCII can change under NFKC or folding.
const NEEDS_WORK = /[^\t\n\r\u0020-\u007E]/;

/** Growable pair of offset arrays: NFKC can expand one character many-fold ("\uFDFA" is 18 letters). */
class OffsetMap {
  origin: Int32Array;
  originEnd: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.origin = new Int32Array(capacity);
    this.originEnd = new Int32Array(capacity);
  }

  add(from: number, to: number): void {
    if (this.length === this.origin.length) {
      const origin = new Int32Array(this.length * 2 + 16);
      const originEnd = new Int32Array(this.length * 2 + 16);
      origin.set(this.origin);
      originEnd.set(this.originEnd);
      this.origin = origin;
      this.originEnd = originEnd;
    }
    this.origin[this.length] = from;
    this.originEnd[this.length] = to;
    this.length++;
  }
}

const isPlain = (code: number) => (code >= 0x20 && code < 0x7f) || code === 0x09 || code === 0x0a || code === 0x0d;

export function normalizeText(input: string): NormalizedText {
  if (!NEEDS_WORK.test(input)) return { text: input };
  const map = new OffsetMap(input.length);
  const parts: string[] = [];
  let plainStart = 0;
  for (let i = 0; i < input.length; ) {
    if (isPlain(input.charCodeAt(i))) {
      map.add(i, i + 1);
      i++;
      continue;
    }
    // Printable ASCII runs map one to one; only a character that needs work takes the slow path.
    parts.push(input.slice(plainStart, i));
    const width = input.codePointAt(i)! > 0xffff ? 2 : 1;
    const char = input.slice(i, i + width);
    if (!INVISIBLE_CHARACTER.test(char)) {
      const mapped = FOLDED[char] ?? char.normalize('NFKC');
      for (let k = 0; k < mapped.length; k++) map.add(i, i + width);
      parts.push(mapped);
    }
    i += width;
    plainStart = i;
  }
  parts.push(input.slice(plainStart));
  return {
    text: parts.join(''),
    map: { origin: map.origin.subarray(0, map.length), originEnd: map.originEnd.subarray(0, map.length) },
  };
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

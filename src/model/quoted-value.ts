/**
 * A value as an error message shows it: quoted when it is a string, and cut when long, so that a
 * megabyte of bad input gives a one-line message that still says what was passed and how big it was.
 */
import { cutIndex } from './surrogate-pairs.js';

/** Characters of a value an error message repeats; the rest is only counted. */
export const QUOTED_LENGTH = 40;

export function quoteValue(value: unknown): string {
  let text: string;
  try {
    // Not a bare String(): terser's `unsafe` (rollup.config.js) would write it `"" + value`, which throws
    // on a Symbol and asks valueOf first.
    text = globalThis.String(value);
  } catch {
    // An object whose conversion throws (no prototype, a throwing toString) still gets named.
    return typeof value;
  }
  const long = text.length > QUOTED_LENGTH;
  const shown = long ? text.slice(0, cutIndex(text, QUOTED_LENGTH)) : text;
  return `${typeof value === 'string' ? JSON.stringify(shown) : shown}${long ? `\u2026 (${text.length} characters)` : ''}`;
}

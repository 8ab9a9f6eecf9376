/**
 * A value as an error message shows it: quoted, and cut when long, so that a megabyte of bad input gives
 * a one-line message that still says what was passed and how big it was.
 */
import { cutIndex } from './surrogate-pairs.js';

/** Characters of a value an error message repeats; the rest is only counted. */
export const QUOTED_LENGTH = 40;

export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return quoteString(value);
  try {
    const text = String(value);
    return text.length > QUOTED_LENGTH ? `${cut(text)}\u2026 (${text.length} characters)` : text;
  } catch {
    // An object whose conversion throws (no prototype, a throwing toString) still gets named.
    return typeof value;
  }
}

function quoteString(value: string): string {
  if (value.length <= QUOTED_LENGTH) return JSON.stringify(value);
  return `${JSON.stringify(cut(value))}\u2026 (${value.length} characters)`;
}

const cut = (text: string) => text.slice(0, cutIndex(text, QUOTED_LENGTH));

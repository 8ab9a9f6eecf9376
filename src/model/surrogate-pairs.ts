/**
 * Cutting text at a computed index: a UTF-16 index can fall between the two halves of a surrogate pair
 * (an emoji, a math letter), and a cut there leaves a lone surrogate on each side, which renders as a
 * replacement character and is not valid Unicode text.
 */
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** `index`, or one less where `index` would split a surrogate pair of `text`. */
export function cutIndex(text: string, index: number): number {
  return index > 0 && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}

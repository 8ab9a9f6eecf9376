/**
 * Cutting text at a computed index: a UTF-16 index can fall between the two halves of a surrogate pair
 * (an emoji, a math letter), and a cut there leaves a lone surrogate on each side, which renders as a
 * replacement character and is not valid Unicode text.
 */
const SURROGATE_PAIR = /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/;

/** `index`, or one less where `index` would split a surrogate pair of `text`. */
export function cutIndex(text: string, index: number): number {
  return index > 0 && SURROGATE_PAIR.test(text.slice(index - 1, index + 1)) ? index - 1 : index;
}

/** Page furniture that carries dates but states no event: copyright lines, rights notices, bylines' "updated" stamps. */
// `(?:\s*:)?\s+`, not `\s*:?\s+`: there the two quantifiers could share a long run of white space in every
// way, each tried before the pattern gave up, which is quadratic in the run.
const BOILERPLATE =
  /^\s*(?:copyright\b|\(c\)|©)|all rights reserved|may not be (?:published|reproduced|redistributed)|^\s*(?:published|updated|posted|last modified)(?:\s*:)?\s+(?:on\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence);
}

/**
 * A wire dateline ("WASHINGTON, March 3, 2023 (Reuters) -", "KYIV, Feb. 16 (AP) --", "SACRAMENTO,
 * Calif. --") opens a story with the place and the filing date, which is the publication date and not
 * an event. A sentence, or nothing, follows it ("NATO -- the alliance" is none). Returns where it
 * ends, or 0.
 */
const DATELINE =
  /^[A-Z][A-Z.'\u2019-]+(?:[ ,]+[A-Z][A-Za-z.'\u2019-]*){0,4}(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*,\s*\d{4})?)?\s*(?:\([^)]{1,40}\)\s*)?(?:-{1,2}|\u2013|\u2014)\s*(?=[A-Z"\u201C]|$)/;

export function datelineEnd(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}

/** Page furniture that carries dates but states no event: copyright lines, rights notices, bylines' "updated" stamps. */
const BOILERPLATE =
  /^\s*(?:copyright\b|\(c\)|©)|all rights reserved|may not be (?:published|reproduced|redistributed)|^\s*(?:published|updated|posted|last modified)\s*:?\s+(?:on\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence);
}

import type { ParsingResult } from 'chrono-node';
import type { SentenceContext, SentenceRefiner } from '../../../refiners/sentence-refiner.js';
import { periodOf } from '../../../reference.js';
import { DAYS_APART_TAG } from '../parsers/month-day-range-parser.js';

/**
 * chrono-node joins any two dates around "to" into a range, also where the text states two things:
 * "a revision Friday to December's figures", "this year through Oct. 19". A range whose ends differ in
 * precision is such a pair, so it becomes two results, each with its own words; so does a pair of days
 * listed with "and" ("May 3 and 10").
 */
// Starts only where a whitespace run does: `\s*,?\s*` let two quantifiers split one run every way.
const CONNECTOR = /(?:(?<!\s)\s+)?(?:,\s*)?(?:-|\u2013|\u2014|\b(?:to|through|thru|until|till)\b)\s+/gi;
const AND = /\s+and\s+/g;

export class RangeSplitRefiner implements SentenceRefiner {
  refine(_context: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    if (!results.some((result) => result.end)) return results;
    return results.flatMap((result) => {
      const apart = result.start.tags().has(DAYS_APART_TAG);
      if (!result.end || (!apart && periodOf(result.start).granularity === periodOf(result.end).granularity)) return [result];
      const connector = [...result.text.matchAll(apart ? AND : CONNECTOR)].at(-1);
      if (!connector || connector.index === 0) return [result];
      const endOffset = connector.index + connector[0].length;
      const second = result.clone();
      second.index = result.index + endOffset;
      second.text = result.text.slice(endOffset);
      second.start = result.end;
      second.end = undefined;
      result.text = result.text.slice(0, connector.index);
      result.end = undefined;
      return [result, second];
    });
  }
}

import type { ParsingResult } from 'chrono-node';
import type { SentenceContext, SentenceRefiner } from '../../../refiners/sentence-refiner.js';
import { endOf } from '../../../reference.js';

/**
 * Sets where the date words begin and end. chrono-node keeps the comma after "Wednesday," and the
 * parenthesis around "(Tuesday)"; neither is a date word. "late", "early", "mid-" and "last"/"this"/
 * "next" before a date are ("late Tuesday", "last Thanksgiving"), and so is the fiscal period a date ends
 * ("for the year ended Sept. 30"): a title without them reads better.
 */
const PREFIX = /\b(?:late|early|mid-?|last|this|next|(?:year|quarter) end(?:ed|ing))\s*$/i;
const LEADING = /^[\s,(\uFF08]+/;
const TRAILING = /[\s,;:)\uFF09]+$/;

export class ExpressionBoundsRefiner implements SentenceRefiner {
  refine(context: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    let previousEnd = 0;
    for (const result of results) {
      const leading = LEADING.exec(result.text)?.[0].length ?? 0;
      const trailing = TRAILING.exec(result.text.slice(leading))?.[0].length ?? 0;
      if (leading + trailing < result.text.length) {
        result.index += leading;
        result.text = result.text.slice(leading, result.text.length - trailing);
      }
      const prefix = PREFIX.exec(context.text.slice(Math.max(previousEnd, result.index - 16), result.index));
      if (prefix && !/^(?:late|early|mid|last|this|next)\b/i.test(result.text)) {
        result.index -= prefix[0].length;
        result.text = prefix[0] + result.text;
      }
      previousEnd = endOf(result);
    }
    return results;
  }
}

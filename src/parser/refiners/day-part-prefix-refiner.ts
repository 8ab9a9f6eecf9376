import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * Takes "late", "early", "mid-" and "last"/"this"/"next" into the expression ("late Tuesday", "early
 * March", "last Thanksgiving"): they belong to the date words, and a title without them reads better.
 */
const PREFIX = /\b(?:late|early|mid-?|last|this|next)\s*$/i;

export class DayPartPrefixRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    let previousEnd = 0;
    for (const result of results) {
      const before = context.text.slice(Math.max(previousEnd, result.index - 8), result.index);
      const prefix = PREFIX.exec(before);
      if (prefix && !/^(?:late|early|mid|last|this|next)\b/i.test(result.text)) {
        result.index -= prefix[0].length;
        result.text = prefix[0] + result.text;
      }
      previousEnd = result.index + result.text.length;
    }
    return results;
  }
}

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { endOf } from '../../../reference.js';

/**
 * Of overlapping results keeps the longest, the earlier-listed parser's on a tie: what chrono-node's
 * own overlap removal does, for the grammar that runs without chrono-node's configuration.
 */
export class LongestMatchRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      const previous = kept.at(-1);
      if (!previous || result.index >= endOf(previous)) kept.push(result);
      else if (result.text.length > previous.text.length) kept[kept.length - 1] = result;
    }
    return kept;
  }
}

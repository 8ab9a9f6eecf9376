import type { Parser, ParsingContext } from 'chrono-node';
import { periodComponents } from '../../reference.js';

/**
 * A four-digit number from 1500 to 2099 is a year ("en 1998", "del 2000", "im Jahr 2014"), unless money,
 * a percentage or a decimal mark makes it a quantity. Languages that write thousands with a dot or a
 * space ("2.000 personas", "2 000 personnes") leave no four-digit counts to confuse.
 */
const PATTERN = /(?<![\p{L}\p{N}_$€£#.,/:-])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}_]|[.,/:]\d|\s*(?:%|€|\$))/u;

export class BareYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    return periodComponents(context, { granularity: 'year', date: { year: Number(match[1]), month: 1, day: 1 } });
  }
}

import type { Parser, ParsingContext } from 'chrono-node';
import { periodComponents } from '../../reference.js';

/**
 * A four-digit number from 1500 to 2099 is a year ("en 1998", "del 2000", "im Jahr 2014"), unless money,
 * a percentage or a decimal mark makes it a quantity. Languages that write thousands with a dot or a
 * space ("2.000 personas", "2 000 personnes") leave no four-digit counts to confuse. Two digits after
 * it and a dash end a range of years ("1995-97", "il piano 1995 - 97").
 */
const PATTERN = /(?<![\p{L}\p{N}_$€£#.,/:-])(1[5-9]\d\d|20\d\d)(?:\s*[-\u2013]\s*(\d\d))?(?![\p{L}\p{N}_]|[.,/:]\d|\s*(?:%|€|\$))/u;

const yearPeriod = (year: number) => ({ granularity: 'year', date: { year, month: 1, day: 1 } }) as const;

export class BareYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const start = Number(match[1]);
    const result = context.createParsingResult(match.index!, match[0], periodComponents(context, yearPeriod(start)));
    if (match[2] !== undefined) {
      // The next year that ends in those two digits: "1999-00" is 1999 to 2000.
      const digits = Number(match[2]);
      const century = start - (start % 100);
      result.end = periodComponents(context, yearPeriod(century + digits + (digits <= start % 100 ? 100 : 0)));
    }
    return result;
  }
}

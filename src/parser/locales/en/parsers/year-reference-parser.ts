import type { Parser, ParsingContext } from 'chrono-node';
import { periodComponents, publicationOf, monthStartComponents } from '../../../reference.js';
import { keywordGate } from './keyword-gate.js';

/**
 * The year an article is about: "for the full year", "the current fiscal year", "earlier in the year",
 * "by year-end". Business and wire copy mean the publication year; the year-end forms name its last
 * day and leave the year open for tense ("since year-end" in January is the December just past). "The year
 * ended March 31" is a fiscal year, named by its last day: that day is the date.
 */
const PATTERN =
  /\b(?<![\w-])(?:(?:earlier|later)\s+in\s+|(?:for|in|during|of|through)\s+)?(?:(?:the|this)\s+(?:(?:full|current|fiscal|calendar|whole|entire)\s+)*year(?!\s*(?:-|end|before|after|earlier|later|ago|\d))|(?:the\s+)?(?:end of (?:the|this) year|year-end|year end|year's end))(?![\w-])/i;

export class YearReferenceParser implements Parser {
  pattern = keywordGate(['year'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const published = publicationOf(context);
    if (!/end\b/i.test(match[0])) {
      return monthStartComponents(context, 'year', published.year);
    }
    return periodComponents(context, { granularity: 'day', date: { year: published.year, month: 12, day: 31 } }, false);
  }
}

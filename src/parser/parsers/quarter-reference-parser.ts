import type { Parser, ParsingContext } from 'chrono-node';
import { focusTag, lastCompletedQuarter, type FocusKind } from '../discourse.js';
import { periodComponents, publicationOf } from '../reference.js';
import { YEAR_PATTERN } from '../words.js';

/**
 * References back to the quarter an article reports on: "the quarter", "the latest quarter", "this
 * quarter", "the year-ago quarter", "the year-earlier period", "the 1988 period". The value written here
 * is the fallback; the discourse step replaces it with the quarter under discussion.
 */
const PATTERN = new RegExp(
  `(?<![\\w-])(?:the|this|that)\\s+(?:(?:latest|last|recent|most recent|current|same|comparable|corresponding|fiscal)\\s+)*` +
    `(?:(year-ago|year-earlier|year ago|year earlier|${YEAR_PATTERN})\\s+)?(quarter|period)(?![\\w-])`,
  'i',
);

export class QuarterReferenceParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const qualifier = match[1]?.toLowerCase();
    const isPeriod = match[2]!.toLowerCase() === 'period';
    const kind: FocusKind =
      qualifier === undefined ? (isPeriod ? 'period' : 'quarter') : /^\d/.test(qualifier) ? `${Number(qualifier)}` : 'year-ago-quarter';
    const fallback = lastCompletedQuarter(publicationOf(context));
    const components =
      /^\d/.test(qualifier ?? '')
        ? periodComponents(context, { granularity: 'year', date: { year: Number(qualifier), month: 1, day: 1 } })
        : periodComponents(context, { granularity: 'quarter', date: fallback });
    return components.addTag(focusTag(kind));
  }
}

import type { Parser, ParsingContext } from 'chrono-node';
import { lastCompletedQuarter } from '../../../discourse.js';
import { focusTag, type FocusKind } from '../../../focus-tags.js';
import { periodComponents, publicationOf, monthStartComponents } from '../../../reference.js';
import { YEAR_PATTERN } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * References back to the quarter an article reports on: "the quarter", "the latest quarter", "this
 * quarter", "the year-ago quarter", "the year-earlier period", "the 1988 period". The value written here
 * is the fallback; the discourse step replaces it with the quarter under discussion.
 */
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(?:in|for|during|from|of)\\s+)?(last year's|the|this|that)\\s+(?:(?:latest|last|recent|most recent|current|same|comparable|corresponding|fiscal)\\s+)*` +
    `(?:(year-ago|year-earlier|year ago|year earlier|${YEAR_PATTERN})\\s+)?(quarter|period)(?!\\s+end(?:ed|ing)\\b)(\\s+(?:last year|a year (?:ago|earlier)))?(?![\\w-])`,
  'i',
);

function kindOf(match: RegExpMatchArray): FocusKind {
  const determiner = match[1]!.toLowerCase();
  const qualifier = match[2]?.toLowerCase();
  if (qualifier && /^\d/.test(qualifier)) return `${Number(qualifier)}`;
  if (qualifier || match[4] || determiner === "last year's") return 'year-ago-quarter';
  if (match[3]!.toLowerCase() === 'period') return 'period';
  return determiner === 'this' ? 'current-quarter' : 'quarter';
}

export class QuarterReferenceParser implements Parser {
  pattern = keywordGate(['quarter', 'period'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const published = publicationOf(context);
    // "the current quarter" is the one running, whatever quarter the story reports on.
    if (/current/i.test(match[0])) return periodComponents(context, { granularity: 'quarter', date: published });
    const kind = kindOf(match);
    const fallback = lastCompletedQuarter(published);
    const components = /^\d/.test(kind)
      ? monthStartComponents(context, 'year', Number(kind))
      : periodComponents(context, { granularity: 'quarter', date: fallback });
    return components.addTag(focusTag(kind));
  }
}

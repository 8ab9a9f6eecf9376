/** English, the built-in grammar (see locale.ts): chrono-node's casual English extended for news. */
import { datelineEnd, isBoilerplate } from './boilerplate.js';
import type { Locale } from '../../locale.js';
import { DAY_PARTS } from '../../../model/day-parts.js';
import { mentionReader } from '../../mention.js';
import { parseSentences } from './news-chrono.js';
import { countsANoun } from './parsers/month-day-range-parser.js';
import { readOffset } from './parsers/relative-offset-parser.js';
import { dateTokensBySentence } from './prefilter.js';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './words.js';
import { splitSentences } from '../../sentences.js';
import { makeTitle } from '../../title.js';

// "Meetings will be held on Thursday and Friday", "Hearings were held May 3 and 10": a day listed with
// others leaves the title with them. A bare number is a day only after a month's day, and only where the
// grammar reads it as one ("and 10 people" is none).
const LISTED = `,?\\s+(?:(?:and|or)\\s+)?(?:on\\s+)?`;
const MONTH_DAY = `(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}`;
const LISTED_AFTER = new RegExp(`^(?:${LISTED}(?:(?:${WEEKDAY_PATTERN})\\b|${MONTH_DAY}(?!\\d)))+`, 'i');
const LISTED_DAYS_AFTER = new RegExp(`^(?:${LISTED}(?:${MONTH_DAY}|\\d{1,2})(?![\\d%$]))+`, 'i');
const LISTED_REACH = 120;
// A listed day ends right before the words that list the next.
const LISTED_END = new RegExp(`(?:day|\\d)${LISTED}$`, 'i');
const LISTED_BEFORE = new RegExp(`(?:\\b(?:${WEEKDAY_PATTERN}|${MONTH_DAY}(?:${LISTED}\\d{1,2})*)${LISTED})+$`, 'i');

export const ENGLISH: Locale = {
  sentences: splitSentences,
  dateTokens: dateTokensBySentence,
  parseSentences,
  isBoilerplate,
  datelineEnd,
  mentionOf: mentionReader({ setting: 'in|on|during', opening: 'on|in|by|early|late|then', when: 'when|, and' }, readOffset),
  // English names the parts as the event does: "Friday night", "tonight", "this morning".
  dayPart: (expression) => DAY_PARTS.find((part) => expression.toLowerCase().includes(part)),
  title: (sentence, start, end) => {
    const before = sentence.slice(0, start);
    // One look at the last few characters spares most titles the pattern, and only the last words are
    // read, for the `$`-anchored pattern would try every position of the sentence.
    const listed = LISTED_END.test(before.slice(-24)) ? (LISTED_BEFORE.exec(before.slice(-LISTED_REACH))?.[0].length ?? 0) : 0;
    const rest = sentence.slice(end);
    let after = (/\d$/.test(sentence.slice(start, end)) ? LISTED_DAYS_AFTER : LISTED_AFTER).exec(rest)?.[0].length ?? 0;
    if (/\d$/.test(rest.slice(0, after)) && countsANoun(rest.slice(after, after + 24))) after = 0;
    return makeTitle(sentence, start - listed, end + after);
  },
};

/** English, the built-in grammar (see locale.ts): chrono-node's casual English extended for news. */
import { datelineEnd, isBoilerplate } from './boilerplate.js';
import type { Locale } from '../../locale.js';
import { DAY_PARTS } from '../../../model/day-parts.js';
import { mentionReader } from '../../mention.js';
import { parseSentences } from './news-chrono.js';
import { readOffset } from './parsers/relative-offset-parser.js';
import { dateTokensBySentence } from './prefilter.js';
import { WEEKDAY_PATTERN } from './words.js';
import { splitSentences } from '../../sentences.js';
import { makeTitle } from '../../title.js';

// "Meetings will be held on Thursday and Friday": a weekday listed with others leaves the title with them.
const LISTED = `,?\\s+(?:(?:and|or)\\s+)?(?:on\\s+)?`;
const LISTED_AFTER = new RegExp(`^(?:${LISTED}(?:${WEEKDAY_PATTERN})\\b)+`, 'i');
const LISTED_BEFORE = new RegExp(`(?:\\b(?:${WEEKDAY_PATTERN})${LISTED})+$`, 'i');

export const ENGLISH: Locale = {
  sentences: splitSentences,
  dateTokens: dateTokensBySentence,
  parseSentences,
  isBoilerplate,
  datelineEnd,
  mentionOf: mentionReader({ setting: 'in|on|during', opening: 'on|in|by|early|late|then', when: 'when' }, readOffset),
  // English names the parts as the event does: "Friday night", "tonight", "this morning".
  dayPart: (expression) => DAY_PARTS.find((part) => expression.toLowerCase().includes(part)),
  title: (sentence, start, end) => {
    const before = sentence.slice(0, start);
    // A weekday ends a few characters before a day listed after it: one look spares most titles the pattern.
    const listed = /day/i.test(before.slice(-24)) ? (LISTED_BEFORE.exec(before)?.[0].length ?? 0) : 0;
    return makeTitle(sentence, start - listed, end + (LISTED_AFTER.exec(sentence.slice(end))?.[0].length ?? 0));
  },
};

/** English, the built-in grammar (see locale.ts): chrono-node's casual English extended for news. */
import { datelineEnd, isBoilerplate } from './boilerplate.js';
import type { Locale } from '../../locale.js';
import { DAY_PARTS } from '../../../model/day-parts.js';
import { mentionReader } from '../../mention.js';
import { parseSentences } from './news-chrono.js';
import { readOffset } from './parsers/relative-offset-parser.js';
import { dateTokensBySentence } from './prefilter.js';
import { splitSentences } from '../../sentences.js';
import { makeTitle } from '../../title.js';

export const ENGLISH: Locale = {
  sentences: splitSentences,
  dateTokens: dateTokensBySentence,
  parseSentences,
  isBoilerplate,
  datelineEnd,
  mentionOf: mentionReader({ setting: 'in|on|during', opening: 'on|in|by|early|late|then', when: 'when' }, readOffset),
  // English names the parts as the event does: "Friday night", "tonight", "this morning".
  dayPart: (expression) => DAY_PARTS.find((part) => expression.toLowerCase().includes(part)),
  title: makeTitle,
};

import type { Parser, ParsingContext } from 'chrono-node';
import { focusTag } from '../../../focus-tags.js';
import { ANCHORED_TAG, countFrom, NARRATIVE_TAG, type Offset, type OffsetUnit } from '../../../offsets.js';
import { periodComponents, publicationOf } from '../../../reference.js';
import { NUMBER_PATTERN, parseNumber, WEEKDAY_PATTERN, WEEKDAYS } from '../words.js';
import { keywordGate } from './keyword-gate.js';

/**
 * Offsets from a point: "two weeks ago", "a year earlier", "the day before", "the following week",
 * "year-earlier", "the following Monday", "a week or so ago". "ago" counts from publication; the others
 * count from the sentence's own event when it has one (the anchoring refiner moves them), which the tag
 * records.
 */
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(${NUMBER_PATTERN})\\s+(day|week|month|year|decade|centur(?:y|ie))s?(?:\\s+or\\s+so)?\\s+(ago|earlier|later|before|after|prior|previously)` +
    `|the\\s+(day|week|month|year)\\s+(before|after|earlier|prior)` +
    `|the\\s+(previous|prior|preceding|following|next)\\s+(day|week|month|year)` +
    `|(year)-(earlier|ago)|the\\s+(following|previous|preceding)\\s+(${WEEKDAY_PATTERN}))(?![\\w-])`,
  'i',
);

/**
 * "13 days after the embassy bombings", "a day after he was hounded": counted from the event the words
 * that follow name. Only a date in the same sentence can place it; the story's clock cannot.
 */
export const ANCHOR_PHRASE_TAG = 'nt/anchor-phrase';
// What comes right after "N days after" when it introduces its own anchor: a word or a number.
const PHRASE_FOLLOWS = /^\s+[\w$"'\u201C(]/;
const BACKWARD = new Set(['ago', 'earlier', 'before', 'prior', 'previously', 'previous', 'preceding']);

// "A decade ago", "a century earlier": counted in years, and placed at the year.
const YEARS_IN: Record<string, number> = { decade: 10, century: 100, centurie: 100 };

/** Reads an offset expression's unit and signed amount, for this parser and the anchoring refiner. */
export function readOffset(text: string): Offset | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const written = (match[2] ?? match[4] ?? match[7] ?? match[8] ?? 'day').toLowerCase();
  const years = YEARS_IN[written];
  const count = (match[1] ? parseNumber(match[1]) : 1) * (years ?? 1);
  const unit = (years ? 'year' : written) as OffsetUnit;
  const direction = (match[3] ?? match[5] ?? match[6] ?? match[9] ?? match[10])!.toLowerCase();
  const amount = BACKWARD.has(direction) ? -count : count;
  const offset: Offset = { unit, amount, fromPublication: direction === 'ago' || match[8] !== undefined };
  if (match[11]) offset.weekday = WEEKDAYS.indexOf(match[11].toLowerCase());
  return offset;
}

export class RelativeOffsetParser implements Parser {
  pattern = keywordGate(['day', 'week', 'month', 'year', 'decade', 'centur'], PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const offset = readOffset(match[0]);
    if (!offset || offset.amount === 0 || Math.abs(offset.amount) > 1000) return null;
    const components = periodComponents(context, countFrom(publicationOf(context), offset));
    if (!offset.fromPublication) components.addTag(ANCHORED_TAG);
    if (/^the\s/i.test(match[0])) components.addTag(NARRATIVE_TAG);
    const direction = match[3]?.toLowerCase();
    if ((direction === 'after' || direction === 'before') && PHRASE_FOLLOWS.test(context.text.slice(match.index! + match[0].length))) {
      components.addTag(ANCHOR_PHRASE_TAG);
    }
    // "Profit rose from $3 million a year earlier": in a quarterly report, the same quarter a year before.
    if (offset.unit === 'year' && offset.amount === -1) components.addTag(focusTag('year-ago'));
    return components;
  }
}

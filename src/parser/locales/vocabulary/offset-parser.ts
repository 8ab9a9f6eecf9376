import type { Parser, ParsingContext } from 'chrono-node';
import { focusTag } from '../../focus-tags.js';
import { ANCHORED_TAG, shiftPeriod, type Offset } from '../../offsets.js';
import { periodComponents, publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { unitReader, WORD_END, WORD_START } from './word-pattern.js';

const UNITS = ['day', 'week', 'month', 'year'] as const;

/**
 * Reads a count of units from a point: back from publication ("hace dos años", "há um ano", "il y a
 * trois mois", "due anni fa", "vor einem Jahr"), or on or back from a date told ("dos años después",
 * "trois ans plus tard", "un anno prima", "zwei Jahre später").
 */
export function offsetReader(words: Vocabulary): { pattern: RegExp; read(text: string): Offset | undefined } {
  const count = `(\\d{1,3}|${Object.keys(words.numbers).join('|')})`;
  const unit = `(${UNITS.map((name) => words.units[name]).join('|')})`;
  // A language without one of the forms gets a branch that never matches, so the groups stay put.
  const never = '(?!)';
  const pattern = new RegExp(
    `${WORD_START}(?:(?:${words.agoBefore ?? never})\\s+${count}\\s+${unit}|${count}\\s+${unit}\\s+(?:(${words.agoAfter ?? never})|(${words.later})|(${words.earlier})))${WORD_END}`,
    'iu',
  );
  const unitOf = unitReader(words, UNITS);
  return {
    pattern,
    read(text) {
      const match = pattern.exec(text);
      if (!match) return undefined;
      const written = (match[1] ?? match[3])!;
      const amount = /^\d/.test(written) ? Number(written) : words.numbers[written.toLowerCase()]!;
      const fromPublication = match[1] !== undefined || match[5] !== undefined;
      return { unit: unitOf((match[2] ?? match[4])!), amount: fromPublication || match[7] !== undefined ? -amount : amount, fromPublication };
    },
  };
}

/**
 * Offsets, placed at the unit's granularity as "two years ago" is. One counted from a date told is placed
 * from publication here and tagged, for the discourse to count from the story's date (discourse.ts).
 */
export class OffsetParser implements Parser {
  private readonly offsets: ReturnType<typeof offsetReader>;

  constructor(words: Vocabulary) {
    this.offsets = offsetReader(words);
  }

  pattern(): RegExp {
    return this.offsets.pattern;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const offset = this.offsets.read(match[0])!;
    if (offset.amount === 0 || Math.abs(offset.amount) > 1000) return null;
    const components = periodComponents(context, shiftPeriod(publicationOf(context), offset.unit, offset.amount));
    if (!offset.fromPublication) components.addTag(ANCHORED_TAG);
    // Earnings news compares with "a year ago" or "a year before": the quarter under discussion, a year before.
    return offset.unit === 'year' && offset.amount === -1 ? components.addTag(focusTag('year-ago')) : components;
  }
}

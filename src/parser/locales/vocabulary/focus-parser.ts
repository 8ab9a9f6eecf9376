import type { Parser, ParsingContext } from 'chrono-node';
import { focusTag } from '../../focus-tags.js';
import { periodComponents, publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { unitReader, WORD_END, WORD_START } from './word-pattern.js';

const POINTED_UNITS = ['day', 'week', 'month', 'year'] as const;

/**
 * Words that refer to what the story is talking about, resolved by the discourse as their English
 * counterparts are (focus-tags.ts): "el trimestre", "no trimestre", "au trimestre" is the quarter under
 * discussion; "ese día", "le même jour", "quell'anno", "naquele ano" the last date told, at that unit.
 */
export class FocusParser implements Parser {
  private readonly regex: RegExp;
  private readonly unitOf: (word: string) => (typeof POINTED_UNITS)[number];

  constructor(words: Vocabulary) {
    const pointed = POINTED_UNITS.map((unit) => words.units[unit]).join('|');
    this.regex = new RegExp(
      `${WORD_START}(?:(?:${words.determiners})\\s*(?:${words.units.quarter})|(?:${words.that})\\s*(${pointed}))${WORD_END}(?!\\s*(?:${words.ofYear})?\\s*\\d)`,
      'iu',
    );
    this.unitOf = unitReader(words, POINTED_UNITS);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const published = publicationOf(context);
    if (!match[1]) return periodComponents(context, { granularity: 'quarter', date: published }).addTag(focusTag('quarter'));
    const unit = this.unitOf(match[1]);
    return periodComponents(context, { granularity: unit, date: published }).addTag(focusTag(`that-${unit}`));
  }
}

import type { ParsingResult } from 'chrono-node';
import type { SentenceContext, SentenceRefiner } from '../../../refiners/sentence-refiner.js';
import { assignPeriod, endOf, periodOf } from '../../../reference.js';
import { ANCHOR_PHRASE_TAG, readOffset } from '../parsers/relative-offset-parser.js';
import { ANCHORED_IN_SENTENCE_TAG, ANCHORED_TAG, countFrom } from '../../../offsets.js';

const CLAUSE_BREAK = /[,;:]/;

/**
 * "A day earlier", "the week before", "a year later" count from the event the sentence already dates
 * ("The vote on Feb. 10 came a day earlier than planned"). The anchor is the nearest other dated
 * expression before it, else one after it in its clause ("Two years later, its workers struck on May 4"
 * counts from the story, and May 4 is in that later year); without one, the discourse step counts them
 * from the story's last date, and from publication only when the story has told none.
 *
 * "Two days after the talks collapsed on Feb. 3" names its own anchor in the words that follow: only a
 * date inside that phrase (before any comma) places it. "Retaliating 13 days after the bombings, forces
 * struck Thursday": Thursday is the strike, the bombings are undated, and so is the expression.
 */
export class AnchorRefiner implements SentenceRefiner {
  refine(context: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    const isAnchored = (result: ParsingResult) => result.tags().has(ANCHORED_TAG);
    const absorbed = new Set<ParsingResult>();
    return results.filter((result, index) => {
      if (absorbed.has(result)) return false;
      const tags = result.tags();
      if (!tags.has(ANCHORED_TAG)) return true;
      // A date after it in its clause: "the day before last Tuesday's hearing", "a day earlier than the Feb. 10 vote".
      const next = results.slice(index + 1).find((other) => !isAnchored(other) && !CLAUSE_BREAK.test(context.text.slice(endOf(result), other.index)));
      const previous = results.slice(0, index).reverse().find((other) => !isAnchored(other));
      // "last seen Nov. 3, the day before a warrant was issued": set beside a date, the words describe that day.
      if (previous && /^,\s*$/.test(context.text.slice(endOf(previous), result.index)) && /^\s+\w/.test(context.text.slice(endOf(result)))) return false;
      const offset = readOffset(result.text);
      // "the previous Friday" is told after the day it counts from: never from a date to come.
      const anchor = tags.has(ANCHOR_PHRASE_TAG) ? next : (previous ?? (offset?.weekday === undefined ? next : undefined));
      if (!anchor) return !tags.has(ANCHOR_PHRASE_TAG);
      if (!offset) return true;
      assignPeriod(result.start, countFrom(periodOf(anchor.start).date, offset));
      // "the day after Thanksgiving": an anchor right after the words is part of the one expression.
      // (The full grammar's OffsetFromDateRefiner joins those it reads; ours alone reads holidays.)
      const between = context.text.slice(endOf(result), anchor.index);
      if (anchor === next && /^\s+$/.test(between)) {
        result.text += between + anchor.text;
        absorbed.add(anchor);
      }
      result.start.addTag(ANCHORED_IN_SENTENCE_TAG);
      return true;
    });
  }
}

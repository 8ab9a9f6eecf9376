/** How an expression stands in its sentence (`Mention`, see discourse.ts), read from a language's words. */
import type { ParsedResult } from 'chrono-node';
import type { Mention } from './discourse.js';
import type { Offset } from './offsets.js';

export interface MentionWords {
  /** Prepositions that make a date the time of its own clause: "in 1923", "on May 4, 1923" (not "since 1980"). */
  setting: string;
  /** Words that may open a sentence before its date: "On May 4, ...", "Then in 1925, ...". */
  opening: string;
  /** The conjunction a narrative's next step follows, an opening word between: "in 1972, when on Aug. 9 the levee broke". */
  when: string;
}

/** `readOffset`: the language's reading of a count of units from a point ("six weeks later"). */
export function mentionReader({ setting, opening, when }: MentionWords, readOffset: (text: string) => Offset | undefined): (text: string, result: ParsedResult) => Mention {
  const settingBefore = new RegExp(`(?<!\\p{L})(?:${setting})\\s+$`, 'iu');
  const settingStart = new RegExp(`^(?:${setting})\\s`, 'iu');
  const opensSentence = new RegExp(`^[\\s"'\\u201C\\u2018\\u00AB(]*(?:(?:${opening})\\s+)?$`, 'iu');
  // A clause after a semicolon goes on with the sentence's passage, as one after "when" does: "That
  // spring, the town lost its elevator; in the fall, a levee went up".
  const continuesClause = new RegExp(`(?:(?<!\\p{L})(?:${when})|;)\\s+(?:(?:${opening})\\s+)?$`, 'iu');
  return (text, result) => {
    const before = text.slice(Math.max(0, result.index - 16), result.index);
    const setsTime = settingBefore.test(before.slice(-8)) || settingStart.test(result.text);
    return {
      year: !result.start.isCertain('year') ? 'none' : setsTime ? 'sets-time' : 'named',
      joinsPassage: (result.index <= 16 && opensSentence.test(before)) || continuesClause.test(before),
      offset: readOffset(result.text),
    };
  };
}

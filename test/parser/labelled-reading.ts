/**
 * How the parser reads a labelled article (test/fixtures/reader-families.ts, language-articles.ts): each
 * labelled date as `words=value[/end]` beside what it found over those words (an expression overlapping
 * them, as in the TempEval-3 relaxed match), and what else it found.
 */
import type { TimelineEvent } from '../../src/parser/index.js';
import type { LabelledDate } from '../fixtures/reader-families.js';

export function labelledReading(testCase: { name: string; text: string; dates: readonly LabelledDate[] }, events: readonly TimelineEvent[]) {
  const claimed = new Set<number>();
  const labelled = testCase.dates.map(({ words, value, end, after = 0 }) => {
    const start = testCase.text.indexOf(words, after);
    if (start < 0) throw new Error(`"${words}" is not in the text of "${testCase.name}"`);
    const found = events.findIndex((event) => event.expression.start < start + words.length && start < event.expression.end);
    if (found >= 0) claimed.add(found);
    const event = events[found];
    return { want: `${words}=${value}${end ? `/${end}` : ''}`, got: event ? `${words}=${event.date}${event.end ? `/${event.end}` : ''}` : `${words} not found` };
  });
  const unlabelled = events.filter((_, index) => !claimed.has(index)).map((event) => `${event.expression.text}=${event.date}`);
  return { labelled, unlabelled };
}

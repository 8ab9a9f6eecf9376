/**
 * Issue 11's families of dates, on the labelled articles of test/fixtures/reader-families.ts: every
 * labelled date is found (an expression overlapping its words) with its value, and nothing else is.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import { FAMILY_CASES, type FamilyCase } from '../fixtures/reader-families.js';

/** Each labelled date as `words=value[/end]`, with what the parser found over its words. */
function readingOf(testCase: FamilyCase) {
  const events = extractEvents(testCase.text, { published: testCase.published });
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

describe.each(['history passages', 'tense in every clause', 'ranges and numbers', 'forms'] as const)('%s', (family) => {
  it.each(FAMILY_CASES.filter((testCase) => testCase.family === family).map((testCase) => [testCase.name, testCase] as const))(
    '%s',
    (_, testCase) => {
      const { labelled, unlabelled } = readingOf(testCase);
      expect(labelled.map(({ got }) => got), `${testCase.text} (published ${testCase.published})`).toEqual(labelled.map(({ want }) => want));
      expect(unlabelled, 'dates no reader would place').toEqual([]);
    },
  );
});

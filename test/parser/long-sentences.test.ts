/**
 * Only the stretches of a sentence around its date tokens are parsed. An expression must read the same
 * wherever it sits in a long sentence: at its start, deep inside, or at its end, with another date far off.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';

const PUBLISHED = '2022-02-16';
// Words without any date token, long enough to put the expression far from the sentence's ends.
const FILLER =
  'the ministry said its inspectors, who visited the affected plants and spoke with workers, managers and local officials ' +
  'over several rounds of talks, had found no evidence that the safety rules were broken at any of the sites';

const EXPRESSIONS = [
  'at the beginning of the previous week',
  'for the most recent comparable fiscal quarter',
  'earlier in the current fiscal year',
  'on Monday, Feb. 14, 2022',
  'in nineteen ninety-seven',
  'two weeks ago',
  'at 9 a.m. Tuesday',
  'at midday on Friday',
  'between 2019 and 2021',
  'the day before',
];

function only(text: string) {
  const events = extractEvents(text, { published: PUBLISHED });
  expect(events, text).toHaveLength(1);
  return events[0]!;
}

describe('expressions in long sentences', () => {
  for (const expression of EXPRESSIONS) {
    it(`reads "${expression}" the same at any place in a long sentence`, () => {
      const alone = only(`Officials met ${expression}, the agency said.`);
      const placements = [
        `Officials met ${expression}, and ${FILLER}, ${FILLER}.`,
        `Officials said that ${FILLER}, and that ${FILLER}, when they met ${expression}, and ${FILLER}.`,
        `Officials said that ${FILLER}, and that ${FILLER}, when they met ${expression}.`,
      ];
      for (const text of placements) {
        const event = only(text);
        expect(event.date, text).toBe(alone.date);
        expect(event.end, text).toBe(alone.end);
        expect(event.expression.text, text).toBe(alone.expression.text);
        expect(text.slice(event.expression.start, event.expression.end)).toBe(event.expression.text);
      }
    });
  }

  it('finds two dates that are far apart in one sentence', () => {
    const text = `The plant closed in 2014, and ${FILLER}, ${FILLER}, until it reopened on Monday.`;
    const events = extractEvents(text, { published: PUBLISHED });
    expect(events.map((event) => [event.date, event.expression.text])).toEqual([
      ['2014', 'in 2014'],
      ['2022-02-14', 'on Monday'],
    ]);
  });
});

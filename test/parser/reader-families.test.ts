/**
 * Issue 11's families of dates, on the labelled articles of test/fixtures/reader-families.ts: every
 * labelled date is found (an expression overlapping its words) with its value, and nothing else is.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import { FAMILY_CASES, type FamilyCase } from '../fixtures/reader-families.js';
import { labelledReading } from './labelled-reading.js';

const readingOf = (testCase: FamilyCase) => labelledReading(testCase, extractEvents(testCase.text, { published: testCase.published }));

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

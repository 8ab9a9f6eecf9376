// The demo's example articles (written for it, each stressing a different way news dates things): the
// dates a reader takes from each, checked by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';

const read = (name: string) => readFileSync(new URL(`../../demo/examples/${name}.txt`, import.meta.url), 'utf8');

const EXAMPLES: Record<string, { published: string; events: Array<[date: string, expression: string]> }> = {
  // A Sunday paper: "on Saturday" and "late Friday" are the days just past, "Monday" the next.
  'weekend-edition': {
    published: '2023-06-11',
    events: [
      ['2023-06-10', 'on Saturday'],
      ['2023-06-09', 'late Friday'],
      ['2023-06-09T21:00', '9 p.m. Friday'],
      ['2023-06-10', 'on Saturday'],
      ['2023-06-12', 'Monday'],
      ['2023-06-13', 'on Tuesday'],
      ['2023-06-12', 'on Monday'],
      ['2023-06', 'this month'],
      ['2019', 'since 2019'],
      ['2023-W24', 'next week'],
    ],
  },
  // Published Jan. 2: "Dec. 30" and "Sunday night" are in the year before.
  'year-boundary': {
    published: '2024-01-02',
    events: [
      ['2023-12-31', "New Year's Eve"],
      ['2023-12-30', 'Dec. 30'],
      ['2023', 'last year'],
      ['2023-12-31', 'on Sunday night'],
      ['2024-01-09', 'Jan. 9'],
      ['2024', '2024'],
      ['2024-03', 'March'],
      ['2021', 'since 2021'],
      ['2023', 'A year earlier'],
    ],
  },
  // A schedule: "will vote Tuesday", "scheduled for Sept. 28", "set for November" all look ahead.
  'future-schedule': {
    published: '2023-09-14',
    events: [
      ['2023-09-19', 'Tuesday'],
      ['2023-09-14', 'on Thursday'],
      ['2023-10-01', 'Oct. 1'],
      ['2023-09-28', 'Sept. 28'],
      ['2024', 'next year'],
      ['2023-Q2', 'the second quarter'],
      ['2023-W36', 'last week'],
      ['2023-11', 'November'],
      ['2018', 'in 2018'],
    ],
  },
};

describe('demo example articles', () => {
  it.each(Object.entries(EXAMPLES))('%s', (name, { published, events }) => {
    const found = extractEvents(read(name), { published }).map((event) => [event.date, event.expression.text]);
    expect(found, `${name}, published ${published}`).toEqual(events);
  });
});

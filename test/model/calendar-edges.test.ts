import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';

const dates = (text: string, published: string) => extractEvents(text, { published }).map((event) => [event.date, event.expression.text]);

describe('calendar edge cases', () => {
  it('keeps leap days that exist and drops those that do not', () => {
    expect(dates('The vote was held on Feb. 29.', '2024-03-04')).toEqual([['2024-02-29', 'Feb. 29']]);
    expect(dates('The vote was held on Feb. 29, 2024.', '2025-01-10')).toEqual([['2024-02-29', 'Feb. 29, 2024']]);
    expect(dates('The vote was held on Feb. 29, 2023.', '2023-03-04')).toEqual([]);
  });

  it.each(['Feb. 30', 'April 31', 'Sept. 31', 'June 31'])('gives no event for the impossible date %s', (day) => {
    expect(dates(`The deal closed on ${day}.`, '2022-10-10')).toEqual([]);
  });

  it('reads two-digit years into the nearest century before publication', () => {
    expect(dates("The firm was founded on Jan. 5, '99.", '2022-02-16')).toEqual([['1999-01-05', "Jan. 5, '99"]]);
    expect(dates("Prices peaked in March '08.", '2022-02-16')).toEqual([['2008-03', "March '08"]]);
    expect(dates("He graduated in '85.", '2022-02-16')).toEqual([['1985', "in '85"]]);
  });

  it('keeps years before 1000 and after 9999 with their real value', () => {
    expect(dates('The city was founded in 800 AD.', '2022-02-16')).toEqual([['0800', '800 AD']]);
    expect(dates('Rome fell in A.D. 476 after a siege.', '2022-02-16')).toEqual([['0476', 'A.D. 476']]);
    expect(dates('The pyramid was built around 2500 B.C. by the river.', '2022-02-16')).toEqual([['-2499', '2500 B.C.']]);
    expect(dates('The lease runs until the year 10191.', '2022-02-16')).toEqual([['10191', 'the year 10191']]);
  });

  it('crosses year boundaries both ways', () => {
    expect(dates('The deal closed on Dec. 30.', '2022-01-02')).toEqual([['2021-12-30', 'Dec. 30']]);
    expect(dates('The law takes effect on Jan. 3.', '2021-12-28')).toEqual([['2022-01-03', 'Jan. 3']]);
    expect(dates('Sales rose last week.', '2021-01-03')).toEqual([['2020-W52', 'last week']]);
    expect(dates('Sales will rise next week.', '2020-12-30')).toEqual([['2021-W01', 'next week']]);
  });

  it('reads the publication date in its own offset on daylight-saving transition days', () => {
    // 2022-03-13 is the US spring-forward day and 2022-11-06 the fall-back day.
    expect(dates('The council met yesterday.', '2022-03-13T01:30:00-08:00')).toEqual([['2022-03-12', 'yesterday']]);
    expect(dates('The council met yesterday.', '2022-03-13T03:30:00-07:00')).toEqual([['2022-03-12', 'yesterday']]);
    expect(dates('The council will meet tomorrow.', '2022-11-06T01:30:00-04:00')).toEqual([['2022-11-07', 'tomorrow']]);
    expect(dates('The council will meet tomorrow.', '2022-11-06T23:30:00-05:00')).toEqual([['2022-11-07', 'tomorrow']]);
  });

  it.each([
    ['The lease runs until the year 300000.', '300000', 'future'],
    ['The lease runs until the year 999999.', '999999', 'future'],
    ['The lease ran until the year 275760.', '275760', 'future'],
  ])('relates years past the range of a Date to publication: %s', (text, date, relation) => {
    const events = extractEvents(text, { published: '2022-02-16' });
    expect(events.map((event) => [event.date, event.relation])).toEqual([[date, relation]]);
  });

  it('relates a publication date far in the future to the years before it', () => {
    const events = extractEvents('The lease ran until the year 300000.', { published: '9999-12-31' });
    expect(events.map((event) => event.relation)).toEqual(['future']);
    expect(extractEvents('Rome fell in A.D. 476 after a siege.', { published: '9999-12-31' }).map((event) => event.relation)).toEqual(['past']);
  });
});

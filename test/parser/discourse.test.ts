/**
 * Business news names a quarter once and then refers back to it: "the quarter", "the latest period",
 * "a year earlier" (that quarter a year before), "the 1988 period". Stories invented for this suite in
 * the register of earnings briefs; the expected values are those a careful reader (and TimeML) gives.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';

function datesOf(text: string, published: string): Array<[string, string]> {
  return extractEvents(text, { published }).map((event) => [event.expression.text, event.date]);
}

describe('the quarter under discussion', () => {
  it('reads "the quarter" and "a year earlier" as the quarter the story reports', () => {
    const text =
      'Acme Corp. said third-quarter net income rose 12% to $40 million from $35.7 million a year earlier.\n' +
      'Sales in the quarter rose 8% to $510 million.';
    expect(datesOf(text, '1989-10-25')).toEqual([
      ['third-quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
      ['in the quarter', '1989-Q3'],
    ]);
  });

  it('keeps the reported quarter when an earlier one comes up for comparison', () => {
    const text =
      'Acme Corp. posted a 20% gain in third-quarter profit.\n' +
      'After a flat second quarter, the company credited higher prices for the gain.\n' +
      'The comparison was also helped by charges taken in the year-earlier period.';
    expect(datesOf(text, '1989-11-01')).toEqual([
      ['third-quarter', '1989-Q3'],
      ['second quarter', '1989-Q2'],
      ['in the year-earlier period', '1988-Q3'],
    ]);
  });

  it('moves on to a later quarter that has ended', () => {
    const text =
      'Acme Corp. said second-quarter profit fell 5%.\n' +
      'In the third quarter, sales rose 8% from a year earlier.';
    expect(datesOf(text, '1989-11-01')).toEqual([
      ['second-quarter', '1989-Q2'],
      ['the third quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
    ]);
  });

  it('does not take a quarter still to come as the one reported', () => {
    const text =
      'Acme Corp. expects fourth-quarter sales to rise.\n' +
      'Profit in the quarter rose 3%.';
    expect(datesOf(text, '1989-11-01')).toEqual([
      ['fourth-quarter', '1989-Q4'],
      ['in the quarter', '1989-Q3'],
    ]);
  });

  it('drops "the period" when no quarter was named', () => {
    expect(datesOf('Profit in the period rose 3%.', '1989-11-01')).toEqual([]);
  });
});

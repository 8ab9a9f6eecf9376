import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';

const dates = (text: string, published: string) => extractEvents(text, { published }).map((event) => [event.date, event.expression.text]);
const expectDate = (text: string, published: string, date: string, expression: string) => expect(dates(text, published)).toEqual([[date, expression]]);

describe('months with a modifier', () => {
  it.each([
    ['The treaty, which the two presidents signed last May.', '1998-02-27', '1997-05', 'last May'],
    ['The committee was appointed last May to review bids.', '1989-10-26', '1989-05', 'last May'],
    ['The board will meet next March.', '1998-02-27', '1998-03', 'next March'],
    ['The plant opens this September.', '2022-02-16', '2022-09', 'this September'],
  ])('%s (published %s) is %s', expectDate);

  it('leaves the modal alone', () => {
    expect(dates('They think this may help.', '2022-02-16')).toEqual([]);
  });
});

describe('quarters named by the month they end in', () => {
  it.each([
    ['Analysts expect the chipmaker to beat estimates in the March quarter.', '2022-11-20', '2023-Q1', 'the March quarter'],
    ['Profit rose 12% in the June quarter of 2019.', '2022-11-20', '2019-Q2', 'the June quarter of 2019'],
    ['Apple reported record sales for the September quarter.', '2022-11-20', '2022-Q3', 'the September quarter'],
  ])('%s (published %s) is %s', expectDate);

  it('takes "march" written small for no month', () => {
    expect(dates('They plan a march quarterly.', '2022-11-20')).toEqual([]);
    expect(dates('Veterans led the march quarter by quarter through town.', '2022-11-20')).toEqual([]);
  });
});

describe('years in words', () => {
  it.each([
    ['Atlanta, nineteen ninety-six: a bomb shocks the Olympics.', '1996', 'nineteen ninety-six'],
    ['In nineteen seventy-nine the Soviet Union invaded.', '1979', 'nineteen seventy-nine'],
    ['The approach of the year two thousand worries them.', '2000', 'the year two thousand'],
    ['It opens in two thousand and one.', '2001', 'two thousand and one'],
    ['Trials began in nineteen ten.', '1910', 'nineteen ten'],
    ['March nineteen sixty-five: marchers cross the bridge in Selma.', '1965-03', 'March nineteen sixty-five'],
    ['Heating oil ran short in the winter of nineteen seventy-seven.', '1977-WI', 'the winter of nineteen seventy-seven'],
    ['The plant was built in the summer of two thousand and four.', '2004-SU', 'the summer of two thousand and four'],
  ])('%s is %s', (text, date, expression) => {
    expect(dates(text, '1998-02-27')).toEqual([[date, expression]]);
  });

  it.each(['He earned two thousand dollars.', 'Nineteen people died.', 'Twenty twenty-two people came.'])('counts in %j are not years', (text) => {
    expect(dates(text, '1998-02-27').filter(([date]) => /^\d{4}$/.test(date!))).toEqual([]);
  });
});

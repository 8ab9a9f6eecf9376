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

  it('reads "the current quarter" as the one running at publication, not the one reported', () => {
    const text =
      'Acme Corp. said third-quarter revenue surged 54%.\n' +
      'The company said the current quarter had begun extremely well, and profit in the quarter was a record.';
    expect(datesOf(text, '1989-10-26')).toEqual([
      ['third-quarter', '1989-Q3'],
      ['the current quarter', '1989-Q4'],
      ['in the quarter', '1989-Q3'],
    ]);
  });

  it('drops "the period" when no quarter was named', () => {
    expect(datesOf('Profit in the period rose 3%.', '1989-11-01')).toEqual([]);
  });
});

// A feature or explainer moves the story's time: a year named as the time of its clause, long enough
// before publication, gives its year to the past dates without one that go on with it, in its sentence
// and in a next sentence that opens with one. News that names an old year in passing stays in its own.
describe('"that day", "that year"', () => {
  it('names no day of a year told: "that day" after "in 1987" is dropped, "that year" is 1987', () => {
    expect(datesOf('The crash came in 1987. Traders suffered huge losses that day, and that year was the worst.', '1989-10-30')).toEqual([
      ['in 1987', '1987'],
      ['that year', '1987'],
    ]);
  });

  it('gives "that day" the day told', () => {
    expect(datesOf('The market crashed on Oct. 19, 1987. Traders lost billions that day.', '1989-10-30')).toEqual([
      ['Oct. 19, 1987', '1987-10-19'],
      ['that day', '1987-10-19'],
    ]);
  });
});

describe('history passages', () => {
  const PUBLISHED = '2024-04-18';

  it('dates a year-less day of the next sentence, and what counts from it, in the passage year', () => {
    const text = 'The mill opened in 1923. On May 4, its workers walked out; six weeks later the owners gave in.';
    expect(datesOf(text, PUBLISHED)).toEqual([
      ['in 1923', '1923'],
      ['May 4', '1923-05-04'],
      ['six weeks later', '1923-W24'],
    ]);
  });

  it('moves the passage on by a count from it, and dates the rest of that sentence in the year it reached', () => {
    const text = 'The mill opened in 1923. Two years later, its workers struck on May 4. In June, the owners gave in.';
    expect(datesOf(text, PUBLISHED)).toEqual([
      ['in 1923', '1923'],
      // Not counted from May 4, which comes after it and is in the later year.
      ['Two years later', '1925'],
      ['May 4', '1925-05-04'],
      ['June', '1925-06'],
    ]);
  });

  it('counts "later" from the story\'s last date in news too, never from publication', () => {
    expect(datesOf('Acme agreed to buy the unit on March 4. Two days later, its shares fell 8%.', PUBLISHED)).toEqual([
      ['March 4', '2024-03-04'],
      ['Two days later', '2024-03-06'],
    ]);
  });

  it('counts "the following Monday" and "the previous Friday" from the date told, not from publication', () => {
    // March 5, 2024 is a Tuesday; April 12 a Friday.
    expect(datesOf('He was arrested on March 5 and charged the following Monday.', PUBLISHED)).toEqual([
      ['March 5', '2024-03-05'],
      ['the following Monday', '2024-03-11'],
    ]);
    expect(datesOf('The strike began on March 5. The following Monday, talks resumed.', PUBLISHED)).toEqual([
      ['March 5', '2024-03-05'],
      ['The following Monday', '2024-03-11'],
    ]);
    expect(datesOf('The index closed on April 12. It was down 4% from the previous Friday and 6% from March 1.', PUBLISHED)).toEqual([
      ['April 12', '2024-04-12'],
      ['the previous Friday', '2024-04-05'],
      ['March 1', '2024-03-01'],
    ]);
    // With no date told, from publication (a Thursday).
    expect(datesOf('The company said the following Monday would see shipments resume.', PUBLISHED)).toEqual([['the following Monday', '2024-04-22']]);
  });

  it('reads "the day before" set beside a date as that date described, not another day', () => {
    expect(datesOf('He was last seen on Nov. 3, the day before the police issued a warrant.', PUBLISHED)).toEqual([['Nov. 3', '2023-11-03']]);
    expect(datesOf('The index rose after Oct. 12, the day before the market fell, and again Friday.', PUBLISHED)).toEqual([
      ['Oct. 12', '2023-10-12'],
      ['Friday', '2024-04-12'],
    ]);
    // Not set beside it: counted from it.
    expect(datesOf('The vote was held on March 4. The board had met the day before to draft it.', PUBLISHED)).toEqual([
      ['March 4', '2024-03-04'],
      ['the day before', '2024-03-03'],
    ]);
  });

  it('goes on through the passage, a paragraph break included, month by month', () => {
    const text = 'In 1890, the Otter River crested at 21 feet.\n\nOn April 3, the water reached the mill. In June, the owners rebuilt it.';
    expect(datesOf(text, PUBLISHED)).toEqual([
      ['In 1890', '1890'],
      ['April 3', '1890-04-03'],
      ['June', '1890-06'],
    ]);
  });

  it('dates a day in the same sentence as the year, in a "when" clause', () => {
    expect(datesOf('The river last rose this high in 1972, when on Aug. 9 the levee broke.', PUBLISHED)).toEqual([
      ['in 1972', '1972'],
      ['Aug. 9', '1972-08-09'],
    ]);
  });

  it('leaves the passage for a date counted from publication, and for what is ahead', () => {
    expect(datesOf('In 1972, floods hit the town. On Tuesday, the river crested. On Aug. 9, the levee failed again.', PUBLISHED).map(([, date]) => date)).toEqual([
      '1972',
      '2024-04-16',
      '2023-08-09',
    ]);
    expect(datesOf('He was convicted in 2019. On June 12, he will be sentenced.', '2024-04-18')).toEqual([
      ['in 2019', '2019'],
      ['June 12', '2024-06-12'],
    ]);
  });

  it('keeps news in its own year after an old year named in passing', () => {
    // The year is background, and the next date stands later in its sentence.
    expect(datesOf('Castro took power in 1959. His government has pressed the case of the boy, who was rescued Nov. 25.', '2000-01-28')).toEqual([
      ['in 1959', '1959'],
      ['Nov. 25', '1999-11-25'],
    ]);
    // "since 1980" and "the 1987 crash" name a year, but do not set the time of their clause.
    expect(datesOf('It has paid a dividend since 1980. In September, it announced a buyback.', '1989-10-30')[1]).toEqual(['September', '1989-09']);
    expect(datesOf('Traders recalled the 1987 crash. On Oct. 13, the index fell 190 points.', '1989-10-30')[1]).toEqual(['Oct. 13', '1989-10-13']);
    // A recent year is the news's own background, not a passage.
    expect(datesOf('The plant opened in 2023. On March 3, it cut 40 jobs.', PUBLISHED)[1]).toEqual(['March 3', '2024-03-03']);
  });

  it('carries the passage one dated sentence only, unless its year is given again', () => {
    const text = 'The mill opened in 1923. The town grew around it for decades. Its workers said on March 3 that they would strike.';
    // The second sentence has no date: the passage goes on to the next dated one, but only to an opening date.
    expect(datesOf(text, PUBLISHED)[1]).toEqual(['March 3', '2024-03-03']);
    const chain = 'In 1923, the mill opened. On May 4, its workers walked out. On June 9, the owners gave in. On July 1, work resumed.';
    expect(datesOf(chain, PUBLISHED).map(([, date]) => date)).toEqual(['1923', '1923-05-04', '1923-06-09', '1923-07-01']);
  });
});

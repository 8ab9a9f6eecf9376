// Ranges and numbers a careful reader does not take for other dates (issue 11, family 3): dashed ranges
// across months and of years, a year that begins a bigger number, index names, rules that name no day,
// and days that name an event of their own year. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';

const PUBLISHED = '2024-04-18';

function read(text: string, published = PUBLISHED): string[] {
  return extractEvents(text, { published }).map((event) => `${event.expression.text}=${event.date}${event.end ? `/${event.end}` : ''}`);
}

describe('ranges', () => {
  it('reads a dashed range of days across months, never a two-digit year', () => {
    expect(read('The exhibition runs through the summer (May 3-June 21) at the museum.')).toEqual(['May 3-June 21=2024-05-03/2024-06-21']);
    expect(read('The fair ran Dec. 28-Jan. 3 downtown.')).toEqual(['Dec. 28-Jan. 3=2023-12-28/2024-01-03']);
    expect(read('Talks were held Sept. 30-Oct. 2, 2021, in Vienna.')).toEqual(['Sept. 30-Oct. 2, 2021=2021-09-30/2021-10-02']);
    // Within one month chrono-node's own reading stays.
    expect(read('Voting runs May 3-21.')).toEqual(['May 3-21=2024-05-03/2024-05-21']);
    // Two days in a row, listed, are the two days; two days apart are two dates, not one range.
    expect(read('Leaders meet at the summit on April 24 and 25.')).toEqual(['April 24 and 25=2024-04-24/2024-04-25']);
    expect(read('The fair runs June 5 and 6, 2025, downtown.')).toEqual(['June 5 and 6, 2025=2025-06-05/2025-06-06']);
    expect(read('Hearings will be held May 3 and 10 in Boston.')).toEqual(['May 3=2024-05-03', '10=2024-05-10']);
    expect(read('The fair ran June 5 and 12, 2025, downtown.')).toEqual(['June 5=2025-06-05', '12, 2025=2025-06-12']);
    // A number a noun follows counts the noun.
    expect(read('Shares fell on May 3 and 10 workers were laid off.')).toEqual(['May 3=2024-05-03']);
  });

  it('leaves the other listed days out of each day\'s title, and keeps a number that counts something', () => {
    const titles = (text: string) => extractEvents(text, { published: PUBLISHED }).map((event) => event.title);
    expect(titles('Hearings were held May 3 and 10, and the report followed.')).toEqual([
      'Hearings were held, and the report followed.',
      'Hearings were held, and the report followed.',
    ]);
    expect(titles('Hearings on April 3 and 10 drew crowds.')).toEqual(['Hearings drew crowds.', 'Hearings drew crowds.']);
    expect(titles('Shares fell on April 3 and 10 workers were laid off.')).toEqual(['Shares fell and 10 workers were laid off.']);
  });

  it('reads a year range with a two-digit end, with the century of its start', () => {
    expect(read('He played for the club (1998-99) before moving abroad.')).toEqual(['1998-99=1998/1999']);
    expect(read('She served as mayor 2003-07 and then ran for governor.')).toEqual(['2003-07=2003/2007']);
    expect(read('The rate rose 1999-00 by 3 points.')).toEqual(['1999-00=1999/2000']);
    expect(read('Prices rose from 1998 to 1999, the report said.')).toEqual(['from 1998 to 1999=1998/1999']);
    // An ISO date is a day, not a range of years.
    expect(read('The report is dated 2003-07-15 in the files.')).toEqual(['2003-07-15=2003-07-15']);
  });
});

describe('numbers that are not dates', () => {
  it('keeps the day and month of a date whose "year" begins a bigger number', () => {
    expect(read('By 14 April, 20,000 people had fled the city.')).toEqual(['14 April=2024-04-14']);
  });

  it('reads two digits after a day as another day listed, never a year', () => {
    const events = read('Hearings are set for May 3, 10 and 17 in Boston.');
    expect(events[0]).toBe('May 3=2024-05-03');
    expect(events.filter((event) => /=20(?:10|17)/.test(event))).toEqual([]);
    // A year in full stays.
    expect(read('The fair ran May 3, 2010, downtown.')).toEqual(['May 3, 2010=2010-05-03']);
  });

  it('reads no year in the name of a stock index', () => {
    expect(read('Shares of the 3M Co. fell, and the Russell 2000 slipped.')).toEqual([]);
    expect(read('The Nasdaq 100 rose 2 percent and the FTSE 250 fell on Tuesday.')).toEqual(['on Tuesday=2024-04-16']);
    expect(read('The Stoxx 600 closed lower in 2023.')).toEqual(['in 2023=2023']);
  });

  it('reads no date in the name of a paper or a show', () => {
    expect(read('The senator spoke to USA Today on Tuesday.')).toEqual(['on Tuesday=2024-04-16']);
    expect(read('Speaking on ABC\'s "This Week," the senator said on Sunday that she would run.')).toEqual(['on Sunday=2024-04-14']);
    expect(read('She appeared on \u201CThis Week With Jon Karl\u201D with the governor.')).toEqual([]);
    // A quotation that opens with a date word is a sentence; an acronym before a weekday is a subject.
    expect(read('"Today we begin," the mayor said.')).toEqual(['Today=2024-04-18']);
    expect(read('"Tomorrow," the mayor said, "we rebuild."')).toEqual(['Tomorrow=2024-04-19']);
    expect(read('The IMF Tuesday raised its forecast.')).toEqual(['Tuesday=2024-04-16']);
  });

  it('reads no month in the name of a march', () => {
    expect(read('Thousands joined the annual March for Life on Capitol Hill on Friday.')).toEqual(['on Friday=2024-04-12']);
    expect(read('She led the March of the Mothers through the capital.')).toEqual([]);
    expect(read('She led the \u201CMarch of the Mothers\u201D through the capital.')).toEqual([]);
    expect(read('Marchers recalled a March on Washington in August 1963.')).toEqual(['August 1963=1963-08']);
    // A month is still a month: "in March", "the March quarter", "March of 2019".
    expect(read('In March of 2019, the plant closed.')).toEqual(['March of 2019=2019-03']);
    expect(read('The March report on Capitol Hill spending was late.')).toEqual(['March=2024-03']);
  });

  it('reads no day in a rule', () => {
    expect(read('The company closes its books on the Friday nearest June 30.')).toEqual([]);
    expect(read('The retailer closes its books on the Saturday closest to Dec. 31.')).toEqual([]);
  });

  it('gives a day that names an event its own year', () => {
    expect(read('The memorial honors victims of the Sept. 11 attacks.')).toEqual(['Sept. 11=2001-09-11']);
    expect(read('The Jan. 6 committee met on Tuesday.')).toEqual(['Jan. 6=2021-01-06', 'on Tuesday=2024-04-16']);
    // Any other Sept. 11 is the news's own.
    expect(read('The council will meet Sept. 11 to vote.')).toEqual(['Sept. 11=2024-09-11']);
    // Before the event happened, the day was an ordinary one.
    expect(read('The Jan. 6 committee met on Tuesday.', '2019-03-01')[0]).toBe('Jan. 6=2019-01-06');
  });
});

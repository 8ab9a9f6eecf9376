import { describe, expect, it } from 'vitest';
import { findPublicationDate, HEAD_LENGTH, mostRecentDateline } from '../../src/cli/dateline.js';

const BODY = 'Russia’s defense ministry on Wednesday said that some troops would be making their way back to their bases.';

describe('findPublicationDate finds', () => {
  it.each([
    ['an AP dateline with its year', `KYIV, Feb. 16, 2022 (AP) — ${BODY}`, '2022-02-16'],
    ['an AP dateline with a region', `Russia pulls back\nKYIV, Ukraine, Feb. 16, 2022 (AP) — ${BODY}`, '2022-02-16'],
    ['a dateline with no agency credit', `Russia pulls back\nNEW YORK, Feb. 16, 2022 — ${BODY}`, '2022-02-16'],
    ['a mixed-case dateline with an agency credit', `Washington, Feb. 16, 2022 (Reuters) - ${BODY}`, '2022-02-16'],
    ['a "Published" byline', `Russia pulls back\nBy Jordan Williams\nPublished Feb. 16, 2022\n${BODY}`, '2022-02-16'],
    ['a CNN "Updated" byline with time and weekday', `Russia pulls back\nBy CNN Staff\nUpdated 10:32 AM EST, Wed February 16, 2022\n${BODY}`, '2022-02-16'],
    ['a date alone on the byline line', `Russia pulls back\nJane Doe\nFebruary 16, 2022\n${BODY}`, '2022-02-16'],
    ['a byline date with weekday and separators', `Russia pulls back\nWednesday, February 16, 2022 / 5:12 PM / Updated 3 years ago\n${BODY}`, '2022-02-16'],
    ['a Guardian day-month-year byline', `Russia pulls back\nWed 16 Feb 2022 10.32 GMT\n${BODY}`, '2022-02-16'],
    ['an ISO date in a "Published:" line', `Russia pulls back\nPublished: 2022-02-16\n${BODY}`, '2022-02-16'],
    ['the written day of an ISO date-time, whatever its offset', `Published: 2022-02-16T23:30:00-05:00\n${BODY}`, '2022-02-16'],
    ['a label and date split over lines, with CRLF and no-break spaces', `Russia pulls back\r\nPublished\r\n\r\nFebruary\u00a016,\u00a02022\r\n${BODY}`, '2022-02-16'],
    ['"Posted on" with an ordinal day', `Posted on 16th February 2022\n${BODY}`, '2022-02-16'],
  ])('%s', (_, text, expected) => {
    expect(findPublicationDate(text)).toBe(expected);
  });
});

describe('a dateline without a year', () => {
  it('takes the year from a byline date near the top', () => {
    const text = `Russia pulls back\nBy Jane Doe\nFebruary 16, 2022 10:32 AM UTC\nWASHINGTON, Feb 16 (Reuters) - ${BODY}`;
    expect(findPublicationDate(text)).toBe('2022-02-16');
  });

  it('keeps its own day over the byline’s (a wire story republished the next day)', () => {
    expect(findPublicationDate(`Updated Feb. 17, 2022\nWASHINGTON, Feb. 16 (Reuters) - ${BODY}`)).toBe('2022-02-16');
  });

  it('takes the year that puts it nearest the byline date, across New Year', () => {
    expect(findPublicationDate(`Updated Jan. 1, 2023\nWASHINGTON, Dec. 31 (Reuters) - ${BODY}`)).toBe('2022-12-31');
    expect(findPublicationDate(`Published Dec. 31, 2022\nLONDON, Jan. 1 (Reuters) - ${BODY}`)).toBe('2023-01-01');
  });

  it('needs no place before a news agency ("Feb 16 (Reuters) -")', () => {
    expect(findPublicationDate(`Feb 16 (Reuters) - Shares fell.\nUpdated Feb 17, 2022`)).toBe('2022-02-16');
  });

  it('is read as the most recent such day when nothing near it gives a year', () => {
    const text = `LONDON, March 3 (Reuters) - ${BODY}`;
    expect(mostRecentDateline(text, { year: 2026, month: 12, day: 1 })).toEqual({ year: 2026, month: 3, day: 3 });
    expect(mostRecentDateline(text, { year: 2026, month: 3, day: 3 })).toEqual({ year: 2026, month: 3, day: 3 });
    expect(mostRecentDateline(text, { year: 2026, month: 3, day: 2 })).toEqual({ year: 2025, month: 3, day: 3 });
    expect(mostRecentDateline(`LONDON, Feb. 29 (Reuters) - ${BODY}`, { year: 2027, month: 1, day: 5 })).toEqual({ year: 2024, month: 2, day: 29 });
    // A dateline with its year, or none at all, is findPublicationDate's.
    expect(mostRecentDateline(`LONDON, March 3, 2020 (Reuters) - ${BODY}`, { year: 2026, month: 12, day: 1 })).toBeUndefined();
    expect(mostRecentDateline(BODY, { year: 2026, month: 12, day: 1 })).toBeUndefined();
  });

  it('is not found without a year anywhere near the top', () => {
    expect(findPublicationDate(`WASHINGTON, Feb. 16 (Reuters) - ${BODY}`)).toBeUndefined();
  });

  it('does not take its year from a date in the story', () => {
    expect(findPublicationDate(`WASHINGTON, Feb. 16 (Reuters) - Russia, which annexed Crimea on March 18, 2014, said...`)).toBeUndefined();
  });
});

describe('priorities', () => {
  it('puts a dateline before a byline', () => {
    expect(findPublicationDate(`Published Feb. 17, 2022\nKYIV, Feb. 16, 2022 (AP) — ${BODY}`)).toBe('2022-02-16');
  });

  it('puts "Published" before "Updated", wherever each stands', () => {
    expect(findPublicationDate('Published Feb. 16, 2022 Updated Feb. 17, 2022')).toBe('2022-02-16');
    expect(findPublicationDate('Updated Feb. 17, 2022\nPublished Feb. 16, 2022')).toBe('2022-02-16');
  });
});

describe('findPublicationDate finds nothing in', () => {
  it.each([
    ['an article with no date', `Russia pulls back\n${BODY}\nThe head of NATO said on Wednesday that he saw no withdrawal.`],
    ['a date deep in the body', `Russia pulls back\n${`${BODY}\n`.repeat(12)}Published Feb. 16, 2022\n${BODY}`],
    ['a dated sentence near the top', `Russia pulls back\nOn Feb. 24, 2014, Russia began its annexation of Crimea.`],
    ['a sentence opening with a date', `Russia pulls back\nFebruary 24, 2022 — the day Russia invaded — changed Europe.`],
    ['running text saying "published"', 'Russia pulls back\nThe report, published Feb. 16, 2022, said troops remained.'],
    ['a timeline entry', 'Timeline\nFeb. 24 - Russia invades Ukraine\nMarch 2 - Kherson falls'],
    ['a sentence shaped like a dateline', 'Russia pulls back\nOn Wednesday, Feb. 16, 2022 - the deadline - troops left.'],
    ['an impossible date', `Published Feb. 30, 2022\n${BODY}`],
    ['a numeric US date (month and day order is ambiguous)', `BY JORDAN WILLIAMS - 02/16/22 10:47 AM ET\n${BODY}`],
    ['empty text', ''],
  ])('%s', (_, text) => {
    expect(findPublicationDate(text)).toBeUndefined();
  });

  it(`reads only the first ${HEAD_LENGTH} characters`, () => {
    const byline = '\nPublished Feb. 16, 2022';
    expect(findPublicationDate(`${'x'.repeat(HEAD_LENGTH - byline.length)}${byline}`)).toBe('2022-02-16');
    // One character further, the year is cut off.
    expect(findPublicationDate(`${'x'.repeat(HEAD_LENGTH - byline.length + 1)}${byline}`)).toBeUndefined();
  });
});

describe('findPublicationDate on hostile input', () => {
  it.each([
    ['repeated place names', 'WASHINGTON'.repeat(1e6)],
    ['repeated labels', 'Published '.repeat(1e6)],
    ['repeated near-dates', 'Published 10:32 AM EST, Wed Feb 1'.repeat(1e5)],
    ['one long line of commas', 'a, '.repeat(1e6)],
    ['whitespace', ' \n\t'.repeat(1e6)],
    ['digits', '1'.repeat(1e7)],
  ])('finds no date in %s (speed is covered by npm run bench)', (_, text) => {
    expect(findPublicationDate(text)).toBeUndefined();
  });
});

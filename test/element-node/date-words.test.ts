import { describe, expect, it } from 'vitest';
import { dateInWords, periodInWords, relationInWords, spanInWords, tickLabel } from '../../src/element/date-words.js';

const published = { year: 2022, month: 2, day: 16 };

describe('dates in words', () => {
  it('names a day with its relation to publication, in English newsroom phrasing', () => {
    expect(dateInWords({ granularity: 'day', date: { year: 2022, month: 2, day: 15 } }, published, 'en-US')).toBe(
      'Tuesday, February 15, 2022 \u2013 the day before publication',
    );
    expect(relationInWords({ granularity: 'day', date: published }, published, 'en')).toBe('the day of publication');
    expect(relationInWords({ granularity: 'day', date: { year: 2022, month: 2, day: 21 } }, published, 'en')).toBe('5 days after publication');
  });

  it('names the part of the day the text gives, in the language\'s own words', () => {
    const tuesday = { granularity: 'day' as const, date: { year: 2022, month: 2, day: 15 } };
    expect(dateInWords(tuesday, published, 'en-US', undefined, 'evening')).toBe('Tuesday, February 15, 2022, in the evening \u2013 the day before publication');
    expect(spanInWords(tuesday, undefined, 'fr', 'evening')).toBe('mardi 15 février 2022, le soir');
    expect(spanInWords(tuesday, undefined, 'es', 'morning')).toBe('martes, 15 de febrero de 2022, por la mañana');
    expect(spanInWords(tuesday, undefined, 'de', 'night')).toBe('Dienstag, 15. Februar 2022, nachts');
    expect(spanInWords(tuesday, undefined, 'it', 'afternoon')).toBe('martedì 15 febbraio 2022, nel pomeriggio');
    expect(spanInWords(tuesday, undefined, 'pt', 'evening')).toBe('terça-feira, 15 de fevereiro de 2022, à noite');
    expect(spanInWords(tuesday, undefined, 'en')).toBe('Tuesday, February 15, 2022');
  });

  it('names coarser periods at their precision', () => {
    expect(periodInWords({ granularity: 'month', date: { year: 2021, month: 3, day: 1 } }, 'en-US')).toBe('March 2021');
    expect(periodInWords({ granularity: 'quarter', date: { year: 1989, month: 7, day: 1 } }, 'en-US')).toBe('Q3 1989');
    expect(periodInWords({ granularity: 'week', date: { year: 2022, month: 2, day: 16 } }, 'en-US')).toBe('week of Feb 14, 2022');
    expect(relationInWords({ granularity: 'year', date: { year: 2014, month: 1, day: 1 } }, published, 'en')).toBe('8 years before publication');
    expect(relationInWords({ granularity: 'month', date: { year: 2022, month: 2, day: 1 } }, published, 'en')).toBe('includes the publication date');
  });

  it('names a season with its year, a winter with both of its years', () => {
    const season = (year: number, month: number) => ({ granularity: 'season' as const, date: { year, month, day: 1 } });
    expect(periodInWords(season(2021, 6), 'en-US')).toBe('Summer 2021');
    expect(periodInWords(season(2021, 12), 'en-US')).toBe('Winter 2021\u20132022');
    expect(periodInWords(season(2022, 3), 'es')).toBe('primavera de 2022');
    expect(periodInWords(season(2021, 9), 'de')).toBe('Herbst 2021');
    // Mid-February 2022 is in the winter that began in December 2021.
    expect(relationInWords(season(2021, 12), published, 'en')).toBe('includes the publication date');
    expect(relationInWords(season(2021, 6), published, 'en')).toBe('8 months before publication');
    expect(relationInWords(season(2022, 3), published, 'fr')).toBe('le mois prochain');
  });

  it('counts a period two years or more away in years', () => {
    expect(relationInWords({ granularity: 'day', date: { year: 1923, month: 5, day: 4 } }, published, 'en')).toBe('99 years before publication');
    expect(relationInWords({ granularity: 'season', date: { year: 1969, month: 3, day: 1 } }, published, 'en')).toBe('53 years before publication');
    expect(relationInWords({ granularity: 'month', date: { year: 2020, month: 3, day: 1 } }, published, 'en')).toBe('23 months before publication');
    expect(relationInWords({ granularity: 'week', date: { year: 2030, month: 1, day: 9 } }, published, 'de')).toBe('in 8 Jahren');
  });

  it('uses the document language elsewhere', () => {
    expect(periodInWords({ granularity: 'day', date: { year: 2022, month: 2, day: 15 } }, 'de-DE')).toBe('Dienstag, 15. Februar 2022');
    expect(relationInWords({ granularity: 'day', date: { year: 2022, month: 2, day: 15 } }, published, 'de')).toBe('gestern');
  });

  it('marks years before AD 1 with their era, which Intl leaves out by itself', () => {
    // Astronomical years, as ISO 8601 and the parser count them: 0 is 1 BC, -2499 is 2500 BC.
    expect(periodInWords({ granularity: 'year', date: { year: -2499, month: 1, day: 1 } }, 'en-US')).toBe('2500 BC');
    expect(periodInWords({ granularity: 'year', date: { year: 0, month: 1, day: 1 } }, 'en-US')).toBe('1 BC');
    expect(periodInWords({ granularity: 'year', date: { year: -43, month: 1, day: 1 } }, 'de-DE')).toBe('44 v. Chr.');
    expect(periodInWords({ granularity: 'day', date: { year: -43, month: 3, day: 15 } }, 'en-US')).toMatch(/^\w+day, March 15, 44 BC$/);
    expect(periodInWords({ granularity: 'year', date: { year: 1, month: 1, day: 1 } }, 'en-US')).toBe('1');
    expect(tickLabel(new Date(Date.UTC(-2499, 0, 1)), 'en')).toBe('2500 BC');
    expect(tickLabel(new Date(Date.UTC(2022, 0, 1)), 'en')).toBe('2022');
  });

  it('names days of the years 0-99 as those years, not as 1900-1999', () => {
    expect(periodInWords({ granularity: 'day', date: { year: 44, month: 3, day: 15 } }, 'en-US')).toBe('Tuesday, March 15, 44');
    expect(periodInWords({ granularity: 'time', date: { year: 99, month: 12, day: 31 }, hour: 23, minute: 5 }, 'en-US')).toMatch(/^Thursday, December 31, 99.* 11:05\sPM$/);
    expect(periodInWords({ granularity: 'week', date: { year: 1, month: 1, day: 3 } }, 'en-US')).toBe('week of Jan 1, 1');
    expect(dateInWords({ granularity: 'day', date: { year: 44, month: 3, day: 14 } }, { year: 44, month: 3, day: 15 }, 'en')).toMatch(/the day before publication$/);
  });

  it('never lets the machine time zone move a date', () => {
    expect(periodInWords({ granularity: 'time', date: { year: 2022, month: 2, day: 15 }, hour: 23, minute: 30 }, 'en-US')).toContain('February 15, 2022');
  });
});

describe('ranges in words', () => {
  const day = (month: number, dayOfMonth: number) => ({ granularity: 'day' as const, date: { year: 2022, month, day: dayOfMonth } });

  it('names both ends and places the range by its start', () => {
    const start = { granularity: 'year' as const, date: { year: 2019, month: 1, day: 1 } };
    const end = { granularity: 'year' as const, date: { year: 2021, month: 1, day: 1 } };
    // Intl joins the ends with a dash between thin spaces in English: the relation follows a comma.
    expect(dateInWords(start, published, 'en', end)).toMatch(/^2019\s\u2013\s2021, 3 years before publication$/);
    expect(dateInWords(start, published, 'es', end)).toBe('2019\u20132021, hace 3 años');
  });

  it("lets Intl write what both ends share once, in the language's own order", () => {
    // Spanish keeps each day's month, and the dash between thin spaces.
    expect(spanInWords(day(5, 15), day(5, 17), 'es')).toMatch(/^domingo, 15 de mayo\s\u2013\smartes, 17 de mayo de 2022$/);
    expect(spanInWords(day(3, 3), day(3, 5), 'de')).toMatch(/^Donnerstag, 3\.\s\u2013\sSamstag, 5\. März 2022$/);
    expect(spanInWords({ granularity: 'month', date: { year: 2022, month: 2, day: 1 } }, { granularity: 'month', date: { year: 2022, month: 5, day: 1 } }, 'fr')).toBe('février\u2009\u2013\u2009mai 2022');
  });

  it("joins what Intl cannot range (weeks, quarters) with the language's word", () => {
    const [q1, q3] = [1, 7].map((month) => ({ granularity: 'quarter' as const, date: { year: 2022, month, day: 1 } }));
    expect(spanInWords(q1!, q3, 'en')).toBe('Q1 2022 to Q3 2022');
    expect(spanInWords(q1!, q3, 'de')).toBe('Q1 2022 bis Q3 2022');
    expect(spanInWords(q1!, q3, 'es')).toBe('T1 2022 \u2013 T3 2022');
  });
});

describe('week and quarter words', () => {
  const week = { granularity: 'week' as const, date: { year: 2022, month: 2, day: 16 } };

  it.each([
    ['es', 'semana del 14 feb 2022'],
    ['fr', 'semaine du 14 févr. 2022'],
    ['it', 'settimana del 14 feb 2022'],
    ['pt-BR', 'semana de 14 de fev. de 2022'],
    ['de', 'Woche vom 14. Feb. 2022'],
  ])('names a week by its Monday in %s', (lang, words) => {
    expect(periodInWords(week, lang)).toBe(words);
  });

  it('falls back to English words for a language without its own, its date still in that language', () => {
    expect(periodInWords(week, 'nl')).toBe('week of 14 feb 2022');
    expect(periodInWords({ granularity: 'quarter', date: { year: 1989, month: 7, day: 1 } }, 'es-MX')).toBe('T3 1989');
  });
});

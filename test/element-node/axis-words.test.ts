// The words of a broken axis: the first tick after a break names its year, a break says what it cut,
// the publication label names its day; in the element's language, whatever the machine's zone.
import { describe, expect, it } from 'vitest';
import { breakInWords, dayAndMonthInWords, shortDayInWords, tickLabel } from '../../src/element/date-words.js';
import { breakLength } from '../../src/layout/break-length.js';

const DAY = 86_400_000;

describe('axis words', () => {
  it('gives the first tick of a segment its year, and the others their unit only', () => {
    const march3 = new Date(Date.UTC(1890, 2, 3));
    expect(tickLabel(march3, 'en-US')).toBe('Mar 3');
    expect(tickLabel(march3, 'en-US', true)).toBe('Mar 3, 1890');
    expect(tickLabel(new Date(Date.UTC(1972, 5, 1)), 'en-US', true)).toBe('Jun 1972');
    expect(tickLabel(new Date(Date.UTC(1972, 0, 1)), 'en-US', true)).toBe('1972');
    expect(tickLabel(march3, 'de', true)).toBe('3. März 1890');
  });

  it('says how long a break is, in the one unit a reader would use', () => {
    const at = Date.UTC(1972, 5, 24);
    expect(breakLength(at, Date.UTC(1986, 5, 24))).toEqual({ amount: 14, unit: 'year' });
    expect(breakLength(at, at + 91 * DAY)).toEqual({ amount: 3, unit: 'month' });
    expect(breakLength(at, at + 35 * DAY)).toEqual({ amount: 35, unit: 'day' });
    expect(breakLength(at, at + 360 * DAY), 'not "12 months"').toEqual({ amount: 1, unit: 'year' });
    expect(breakLength(at, at + 500 * DAY)).toEqual({ amount: 16, unit: 'month' });
    expect(breakInWords(14, 'year', 'en-US')).toBe('14 years');
    expect(breakInWords(3, 'month', 'en-US')).toBe('3 months');
    expect(breakInWords(1, 'month', 'de')).toBe('1 Monat');
  });

  it('names the publication day short, by its calendar date', () => {
    expect(shortDayInWords({ year: 2022, month: 2, day: 16 }, 'en-US')).toBe('Feb 16, 2022');
    // The vertical axis's publication label: the day and month as each language writes them without a
    // year (cutting ", 2022" off left Portuguese "27 de nov. de").
    expect(dayAndMonthInWords({ year: 2022, month: 2, day: 16 }, 'en-US')).toBe('Feb 16');
    expect(dayAndMonthInWords({ year: 2025, month: 11, day: 27 }, 'pt')).toBe('27 de nov.');
    expect(dayAndMonthInWords({ year: 2025, month: 11, day: 27 }, 'de')).toBe('27. Nov.');
    expect(shortDayInWords({ year: 44, month: 3, day: 15 }, 'en-US')).toMatch(/^Mar 15, 44/);
  });
});

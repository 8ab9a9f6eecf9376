import { describe, expect, it } from 'vitest';
import { parsePublished } from '../../src/model/publication.js';

describe('parsePublished', () => {
  it('reads the calendar date written, whatever the offset', () => {
    expect(parsePublished('2022-02-16')).toEqual({ year: 2022, month: 2, day: 16 });
    expect(parsePublished('2022-02-16T23:30:00-08:00')).toEqual({ year: 2022, month: 2, day: 16 });
    expect(parsePublished('2022-02-16T00:30+14:00')).toEqual({ year: 2022, month: 2, day: 16 });
    expect(parsePublished(new Date(Date.UTC(2022, 1, 16, 23, 59)))).toEqual({ year: 2022, month: 2, day: 16 });
  });

  it.each(['2022-02-30', '2022-13-01', '16/02/2022', '', '2022-02-16T10:00', 'yesterday'])('rejects %j naming it', (value) => {
    expect(() => parsePublished(value)).toThrow(TypeError);
    expect(() => parsePublished(value)).toThrow(JSON.stringify(value));
  });

  it.each([null, undefined, 42, {}, new Date(Number.NaN)])('rejects %s', (value) => {
    expect(() => parsePublished(value)).toThrow(TypeError);
  });

  it.each([
    ['a megabyte of text', 'x'.repeat(1_000_000)],
    ['a valid date with a megabyte after it', `2022-02-16${' '.repeat(1_000_000)}`],
    ['a pair where the quote is cut', `${'y'.repeat(39)}\u{1F600}${'z'.repeat(100)}`],
  ])('quotes only the start of a long invalid value, and its length (%s)', (_name, value) => {
    let message = '';
    try {
      parsePublished(value);
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      message = (error as TypeError).message;
    }
    expect(message.length).toBeLessThan(200);
    expect(message).toContain(`${value.length} characters`);
    expect(message).toContain(JSON.stringify(value.slice(0, 30)).slice(0, -1));
    expect(message.isWellFormed()).toBe(true);
    expect(message).not.toMatch(/\\ud8/i);
  });

  it('cuts a long non-string value the same way', () => {
    const value = ['2022-02-16'.repeat(100_000)];
    expect(() => parsePublished(value)).toThrow(TypeError);
    expect(() => parsePublished(value)).toThrow(/^Invalid publication date (?:2022-02-16){4}\u2026 \(1000000 characters\): expected/);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePublished } from '../../src/parser/publication.js';

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
});

import { describe, expect, it } from 'vitest';
import { easter } from '../../src/model/easter.js';

describe('easter', () => {
  it('gives Easter Sunday of Gregorian years, the earliest and latest it can be among them', () => {
    // Dates as the churches publish them; March 22 and April 25 are the computus's bounds.
    const known: Array<[number, number, number]> = [
      [1999, 4, 4],
      [2000, 4, 23],
      [2026, 4, 5],
      [2027, 3, 28],
      [2038, 4, 25],
      [2285, 3, 22],
    ];
    for (const [year, month, day] of known) expect(easter(year), String(year)).toEqual({ year, month, day });
  });
});

import { describe, expect, it } from 'vitest';
import { datelineEnd, isBoilerplate } from '../../src/parser/locales/en/boilerplate.js';
import { extractEvents } from '../../src/parser/index.js';

describe('boilerplate', () => {
  it.each([
    ['WASHINGTON, March 3, 2023 (Reuters) - The Senate will vote.', 'WASHINGTON, March 3, 2023 (Reuters) - '],
    ['KYIV, Feb. 16 (AP) -- Russia said it would pull back.', 'KYIV, Feb. 16 (AP) -- '],
    ['NEW YORK, Oct. 12 \u2014 Stocks fell.', 'NEW YORK, Oct. 12 \u2014 '],
  ])('finds the dateline of %j', (sentence, dateline) => {
    expect(sentence.slice(0, datelineEnd(sentence))).toBe(dateline);
  });

  it.each(['Officials said, March 3, that it rose.', 'The Senate voted on March 3 - a Friday.', 'NATO said on Tuesday it saw no pullback.'])(
    'finds no dateline in %j',
    (sentence) => expect(datelineEnd(sentence)).toBe(0),
  );

  it('takes the dateline for the publication date, not an event, and keeps it out of titles', () => {
    const events = extractEvents('KYIV, Feb. 16 (AP) -- Russia said on Wednesday it would pull back some troops.', { published: '2022-02-16' });
    expect(events.map((event) => [event.date, event.expression.text, event.title])).toEqual([
      ['2022-02-16', 'on Wednesday', 'Russia said it would pull back some troops.'],
    ]);
  });

  it.each(['Copyright 2023 Nexstar Media Inc. All rights reserved.', 'Published: Feb. 16, 2022', '(c) 2021 The Associated Press'])('skips %j', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { datelineEnd, isBoilerplate } from '../../src/parser/locales/en/boilerplate.js';
import { extractEvents } from '../../src/parser/index.js';

describe('boilerplate', () => {
  it.each([
    ['WASHINGTON, March 3, 2023 (Reuters) - The Senate will vote.', 'WASHINGTON, March 3, 2023 (Reuters) - '],
    ['KYIV, Feb. 16 (AP) -- Russia said it would pull back.', 'KYIV, Feb. 16 (AP) -- '],
    ['NEW YORK, Oct. 12 \u2014 Stocks fell.', 'NEW YORK, Oct. 12 \u2014 '],
    // Without a date: the place alone, with its state or its agency.
    ['SACRAMENTO, Calif. -- The Senate approved the bill on Thursday.', 'SACRAMENTO, Calif. -- '],
    ['WASHINGTON (AP) \u2014 The Senate voted on Tuesday.', 'WASHINGTON (AP) \u2014 '],
    ['LONDON \u2014 \u201CWe are ready,\u201D she said on Monday.', 'LONDON \u2014 '],
    // A dateline the sentence splitter left alone.
    ['JOHANNESBURG, August 7 (Xinhua) --', 'JOHANNESBURG, August 7 (Xinhua) --'],
  ])('finds the dateline of %j', (sentence, dateline) => {
    expect(sentence.slice(0, datelineEnd(sentence))).toBe(dateline);
  });

  it.each(['Officials said, March 3, that it rose.', 'The Senate voted on March 3 - a Friday.', 'NATO said on Tuesday it saw no pullback.', 'NATO -- the alliance -- met on Monday.'])(
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

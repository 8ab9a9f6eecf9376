/**
 * Property tests for extractEvents (fast-check, seeded). Set FC_SEED to replay a failure with another
 * seed and FC_NUM_RUNS to override the number of runs; on failure fast-check prints the seed and path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import { parsePublished } from '../../src/model/publication.js';
import type { Granularity, TimelineEvent } from '../../src/parser/index.js';
import {
  dayNumber,
  eventProblems,
  formatDayNumber,
  isRealDate,
  isValidValue,
  markupProblems,
  withoutId,
} from './expect-events.js';

const SEED = Number.isInteger(Number(process.env.FC_SEED)) && process.env.FC_SEED ? Number(process.env.FC_SEED) : 20220216;
const RUNS_OVERRIDE = Number(process.env.FC_NUM_RUNS);
const runs = (n: number): number => (Number.isInteger(RUNS_OVERRIDE) && RUNS_OVERRIDE > 0 ? RUNS_OVERRIDE : n);
function params<Ts>(numRuns: number): fc.Parameters<Ts> {
  return { seed: SEED, numRuns: runs(numRuns) };
}
const TIMEOUT = 60_000;

/** The API called with arguments its types forbid, as untyped callers (plain JS) may. */
const extractUntyped = extractEvents as unknown as (text: unknown, options: unknown) => TimelineEvent[];

// ---------------------------------------------------------------------------------------------------
// Generators.

/** Any valid calendar day from 1800-01-01 to 2200-12-31, as 'YYYY-MM-DD'. */
const publishedArb = fc
  .integer({ min: dayNumber(1800, 1, 1), max: dayNumber(2200, 12, 31) })
  .map((days) => formatDayNumber(days));

const pad2 = (n: number): string => String(n).padStart(2, '0');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AP_MONTHS = ['Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Sep.', 'Mar.'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WORDS = [
  'last', 'next', 'this', 'ago', 'a', 'an', 'the', 'two', 'three', 'week', 'weeks', 'month', 'months', 'year',
  'years', 'day', 'days', 'yesterday', 'today', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening',
  'night', 'late', 'early', 'earlier', 'later', 'the day before', 'a day earlier', 'a year ago',
  'two weeks ago', 'earlier this month', 'a.m.', 'p.m.', 'noon', 'midnight', 'on', 'in', 'at', 'by', 'since',
  'from', 'to', 'through', 'between', 'and', 'until', 'every', 'each', 'for', 'now', 'right now', 'currently',
  'may', 'will', 'would', 'said', 'had', 'has', 'is', 'was', 'Copyright', 'All rights reserved.', 'quarter',
  'first', 'fourth', 'weekend', 'Q1', 'Q4', 'BST', 'EST', 'GMT', 'Reuters', '(AP)', 'WASHINGTON', 'Mr.', 'U.S.',
  "Monday's", 'Tuesday\u2019s', '$1.5 billion', '150,000', '3,000', '7.5%', '61-39', '2022-02-16', '2020-W53',
  '\uFF12\uFF10\uFF11\uFF14', // full-width "2014"
  '\uFB01rst', // ligature "first"
];
const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '"', "'", '\u201C', '\u201D', '\u2019', '\u2014', '\u2013', '-', '(', ')', '/', '&', '\n', '\n\n', '...', '\u2026'];
const SEPARATORS = [' ', ' ', ' ', '', ', ', '. ', '\n', '\u00A0', '\u200B', '  ', '\t', '\r\n'];

const numberArb = fc.oneof(
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.integer({ min: 1, max: 31 }).map(String),
  fc.integer({ min: 1800, max: 2200 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 })).map(([h, m]) => `${h}:${pad2(m)}`),
  fc.integer({ min: 1, max: 31 }).map((d) => `${d}th`),
);

const tokenArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...MONTHS), weight: 3 },
  { arbitrary: fc.constantFrom(...AP_MONTHS), weight: 3 },
  { arbitrary: fc.constantFrom(...WEEKDAYS), weight: 3 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 6 },
  { arbitrary: numberArb, weight: 3 },
  { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 2 },
  { arbitrary: fc.constantFrom('<p>', '</b>', '<'), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), weight: 1 },
);

/** Text dense with date words, numbers, AP abbreviations and punctuation. */
const denseTextArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(tokenArb, fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([token, separator]) => token + separator).join(''));

/** Arbitrary UTF-16 code units, lone surrogates included. */
const utf16TextArb = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 80,
});

const TEXT_GENERATORS: ReadonlyArray<[string, fc.Arbitrary<string>, number]> = [
  ['ascii strings', fc.string({ maxLength: 120 }), 1000],
  ['grapheme strings', fc.string({ unit: 'grapheme', maxLength: 80 }), 1000],
  ['full-unicode strings', fc.string({ unit: 'binary', maxLength: 80 }), 1000],
  ['utf-16 unit strings (lone surrogates)', utf16TextArb, 500],
  ['date-dense news-like text', denseTextArb, 2000],
];

// ---------------------------------------------------------------------------------------------------
// The validators the properties rely on, and proof that they can fail.

describe('validators', () => {
  it('accept well-formed values of each granularity', () => {
    const good: Array<[string, Granularity]> = [
      ['2014', 'year'],
      ['1800', 'year'],
      ['2022-Q1', 'quarter'],
      ['2022-02', 'month'],
      ['2022-12', 'month'],
      ['2022-W06', 'week'],
      ['2020-W53', 'week'],
      ['2022-02-15', 'day'],
      ['2024-02-29', 'day'],
      ['2022-02-15T09:00', 'time'],
      ['2022-02-13T22:30', 'time'],
    ];
    for (const [value, granularity] of good) expect(isValidValue(value, granularity), `${value} ${granularity}`).toBe(true);
  });

  it('reject malformed or unreal values', () => {
    const bad: Array<[string, Granularity]> = [
      ['14', 'year'],
      ['2014-', 'year'],
      ['2022-Q5', 'quarter'],
      ['2022-Q0', 'quarter'],
      ['2022-13', 'month'],
      ['2022-00', 'month'],
      ['2022-2', 'month'],
      ['2022-W00', 'week'],
      ['2022-W53', 'week'], // 2022 has 52 ISO weeks
      ['2022-W6', 'week'],
      ['2022-02-30', 'day'],
      ['2023-02-29', 'day'],
      ['2022-02-15T24:00', 'time'],
      ['2022-02-15T09:60', 'time'],
      ['2022-02-15T9:00', 'time'],
      ['2022-02-15', 'month'],
      ['2022-02', 'day'],
    ];
    for (const [value, granularity] of bad) expect(isValidValue(value, granularity), `${value} ${granularity}`).toBe(false);
  });

  const input = 'The mayor resigned on Tuesday.';
  const sound: TimelineEvent = {
    id: 'a',
    date: '2022-02-15',
    granularity: 'day',
    expression: { text: 'on Tuesday', start: 19, end: 29 },
    sentence: { text: input, start: 0, end: 30 },
    title: 'The mayor resigned',
    relation: 'past',
  };

  it('the event checker passes a sound event (control)', () => {
    expect(eventProblems(input, [sound], '2022-02-16')).toEqual([]);
    expect(markupProblems(input, [sound])).toEqual([]);
  });

  it('the event checker flags broken events (negative controls)', () => {
    const broken: Array<[string, TimelineEvent[]]> = [
      ['slice mismatch', [{ ...sound, expression: { text: 'Tuesday', start: 19, end: 29 } }]],
      ['offset past the end', [{ ...sound, sentence: { text: input, start: 0, end: 31 } }]],
      ['negative offset', [{ ...sound, expression: { text: 'on Tuesday', start: -1, end: 29 } }]],
      ['expression outside its sentence', [{ ...sound, sentence: { text: 'The mayor', start: 0, end: 9 } }]],
      ['unreal date', [{ ...sound, date: '2022-02-30' }]],
      ['date of another granularity', [{ ...sound, date: '2022-W07' }]],
      ['range ending before it starts', [{ ...sound, end: '2022-02-14' }]],
      ['relation contradicting the date', [{ ...sound, relation: 'future' }]],
      ['duplicate ids', [sound, { ...sound }]],
      ['out of text order', [sound, { ...sound, id: 'b', expression: { text: 'mayor', start: 4, end: 9 } }]],
      ['title too long', [{ ...sound, title: 'x'.repeat(101) }]],
    ];
    for (const [what, events] of broken) {
      expect(eventProblems(input, events, '2022-02-16'), what).not.toEqual([]);
    }
  });

  it('the markup checker flags a "<" the input did not have, and only then (negative control)', () => {
    const injected: TimelineEvent = { ...sound, title: '<script>alert(1)</script> The mayor resigned' };
    expect(markupProblems(input, [injected])).not.toEqual([]);
    expect(markupProblems(input, [{ ...sound, expression: { ...sound.expression, text: '<b>on Tuesday' } }])).not.toEqual([]);
    expect(markupProblems(`<p>${input}</p>`, [injected])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties of every result.

describe('extractEvents on arbitrary input', () => {
  for (const [name, textArb, numRuns] of TEXT_GENERATORS) {
    it(
      `${name}: never throws; offsets, values, order, relation, markup, ids and determinism hold`,
      () => {
        fc.assert(
          fc.property(textArb, publishedArb, (text, published) => {
            const first = extractEvents(text, { published });
            const second = extractEvents(text, { published });
            expect(Array.isArray(first)).toBe(true);
            expect([...eventProblems(text, first, published), ...markupProblems(text, first)]).toEqual([]);
            expect(second).toEqual(first);
          }),
          params(numRuns),
        );
      },
      TIMEOUT,
    );
  }

  it(
    'the calendar date written in `published` is all that counts: date-times and Dates give the same events',
    () => {
      const dateTimeArb = fc.record({
        days: fc.integer({ min: dayNumber(1800, 1, 1), max: dayNumber(2200, 12, 31) }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
        offsetMinutes: fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15)),
        zulu: fc.boolean(),
      });
      fc.assert(
        fc.property(denseTextArb, dateTimeArb, (text, { days, hour, minute, second, offsetMinutes, zulu }) => {
          const day = formatDayNumber(days);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const offset = zulu ? 'Z' : `${sign}${pad2(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad2(Math.abs(offsetMinutes) % 60)}`;
          const dateTime = `${day}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${offset}`;
          const asDate = new Date(days * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000);
          const reference = extractEvents(text, { published: day }).map(withoutId);
          expect(extractEvents(text, { published: dateTime }).map(withoutId)).toEqual(reference);
          expect(extractEvents(text, { published: asDate }).map(withoutId)).toEqual(reference);
        }),
        params(200),
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------------
// The contract: invalid arguments.

/**
 * A publication string built from its parts, each either in the accepted form or out of it, so that
 * whether the whole is accepted follows from the parts and not from a copy of the production pattern.
 * The accepted forms, as the README states them: `YYYY-MM-DD` (four-digit year, two-digit month and
 * day naming a real date), or that date, `T`, `hh:mm` with optional `:ss` and fraction, and an offset
 * (`Z`, `+hh:mm`, `+hhmm`, `-hh:mm`, `-hhmm`).
 */
interface Part {
  text: string;
  valid: boolean;
}
const part = (valid: boolean) => (text: string): Part => ({ text, valid });
const digits = (min: number, max: number, width: number) => fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
/** Two digits from 00 to `max` (valid) or above it (invalid), or one digit, or three (both invalid). */
const twoDigitPart = (min: number, max: number): fc.Arbitrary<Part> =>
  fc.oneof(
    { weight: 16, arbitrary: digits(min, max, 2).map(part(true)) },
    { weight: 1, arbitrary: digits(max + 1, 99, 2).map(part(false)) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 9 }).map((n) => part(false)(String(n))) },
    { weight: 1, arbitrary: digits(100, 999, 3).map(part(false)) },
  );

const publicationDateArb = fc
  .record({
    year: fc.oneof(
      { weight: 20, arbitrary: digits(0, 9999, 4).map(part(true)) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }).map((n) => part(false)(String(n))) },
      { weight: 1, arbitrary: digits(10000, 99999, 5).map(part(false)) },
      { weight: 1, arbitrary: fc.constantFrom('+2022', '-2022', '2O22', '２０２２').map(part(false)) },
    ),
    month: fc.oneof({ weight: 20, arbitrary: digits(1, 12, 2).map(part(true)) }, { weight: 1, arbitrary: fc.constantFrom('00', '13', '99', '1', '001', 'Feb').map(part(false)) }),
    day: fc.oneof({ weight: 20, arbitrary: digits(1, 31, 2) }, { weight: 1, arbitrary: fc.constantFrom('00', '32', '99', '7', '007') }),
    dateSeparator: fc.oneof({ weight: 30, arbitrary: fc.constant(part(true)('-')) }, { weight: 1, arbitrary: fc.constantFrom('/', '.', '', ' ', '\u2013').map(part(false)) }),
  })
  .map(({ year, month, day, dateSeparator }): { text: string; valid: boolean; date: [number, number, number] } => {
    const date: [number, number, number] = [Number(year.text), Number(month.text), Number(day)];
    const dayValid = /^\d\d$/.test(day) && year.valid && month.valid && isRealDate(...date);
    const sep = dateSeparator.text;
    return { text: `${year.text}${sep}${month.text}${sep}${day}`, valid: year.valid && month.valid && dayValid && dateSeparator.valid, date };
  });

const offsetArb: fc.Arbitrary<Part> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(part(true)('Z')) },
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.constantFrom('+', '-'), twoDigitPart(0, 23), twoDigitPart(0, 59), fc.constantFrom(':', ''))
      // Without the colon, only two-digit parts keep hours and minutes apart ("+100" "0" reads "+1000").
      .filter(([, hours, minutes, colon]) => colon === ':' || (hours.text.length === 2 && minutes.text.length === 2))
      .map(([sign, hours, minutes, colon]) => ({ text: `${sign}${hours.text}${colon}${minutes.text}`, valid: hours.valid && minutes.valid })),
  },
  { weight: 2, arbitrary: fc.constantFrom('', 'z', ' Z', 'UTC', 'GMT', '+', '+5', 'EST', '\u221205:00').map(part(false)) },
);

const timeArb: fc.Arbitrary<Part> = fc
  .record({
    separator: fc.oneof({ weight: 30, arbitrary: fc.constant(part(true)('T')) }, { weight: 1, arbitrary: fc.constantFrom(' ', 't', '_', '').map(part(false)) }),
    hours: twoDigitPart(0, 23),
    minutes: twoDigitPart(0, 59),
    seconds: fc.option(twoDigitPart(0, 59), { nil: undefined }),
    fraction: fc.option(fc.oneof({ weight: 3, arbitrary: digits(0, 999999, 1).map((n) => part(true)(`.${n}`)) }, { weight: 1, arbitrary: fc.constantFrom('.', ',5', '.x').map(part(false)) }), { nil: undefined }),
    offset: offsetArb,
  })
  .map(({ separator, hours, minutes, seconds, fraction, offset }) => {
    // A fraction belongs to the seconds: without them it is out of form.
    const fractionValid = fraction === undefined || (fraction.valid && seconds !== undefined);
    return {
      text: `${separator.text}${hours.text}:${minutes.text}${seconds ? `:${seconds.text}` : ''}${fraction?.text ?? ''}${offset.text}`,
      valid: separator.valid && hours.valid && minutes.valid && (seconds?.valid ?? true) && fractionValid && offset.valid,
    };
  });

const publicationStringArb = fc
  .tuple(publicationDateArb, fc.option(timeArb, { nil: undefined }), fc.oneof({ weight: 12, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', '\n', 'x', '\u200B') }))
  .map(([date, time, tail]) => ({
    text: `${date.text}${time?.text ?? ''}${tail}`,
    valid: date.valid && (time?.valid ?? true) && tail === '',
    date: date.date,
  }));

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** A TypeError naming the offending string (verbatim, or as the JSON string literal for escapes). */
function expectTypeErrorNaming(value: string, error: unknown): void {
  expect(error, `published ${JSON.stringify(value)} should throw a TypeError`).toBeInstanceOf(TypeError);
  const message = (error as TypeError).message;
  expect(
    message.includes(value) || message.includes(JSON.stringify(value)),
    `message ${JSON.stringify(message)} should include ${JSON.stringify(value)}`,
  ).toBe(true);
}

describe('invalid arguments', () => {
  const TEXT = 'The mayor resigned on Tuesday.';

  const NEAR_MISSES = [
    '2022-02-30',
    '2022-13-01',
    '2021-02-29',
    '2022-00-10',
    '2022-02-00',
    '2022-04-31',
    '',
    ' ',
    '2022-2-16',
    '22-02-16',
    '2022/02/16',
    '16-02-2022',
    '02/16/2022',
    '20220216',
    ' 2022-02-16',
    '2022-02-16 ',
    '2022-02-16T10:00:00', // a date-time without an offset is not one of the accepted forms
    '2022-02-16T24:00:00Z',
    '2022-02-16T10:60:00Z',
    '2022-02-30T10:00:00Z',
    'Feb. 16, 2022',
    'February 16, 2022',
    'Wednesday',
    'yesterday',
    'Invalid Date',
    'null',
    '2022-02-16\n',
  ];

  for (const value of NEAR_MISSES) {
    it(`published ${JSON.stringify(value)} throws a TypeError naming it`, () => {
      expectTypeErrorNaming(value, thrownBy(() => extractEvents(TEXT, { published: value })));
    });
  }

  it(
    'random non-date strings throw a TypeError naming them',
    () => {
      const notDateLike = (s: string): boolean => !/^\s*[+-]?\d{4,6}-\d{2}-\d{2}/.test(s);
      const junk = fc.oneof(
        fc.string({ maxLength: 40 }).filter(notDateLike),
        fc.string({ unit: 'binary', maxLength: 40 }).filter(notDateLike),
        fc.string({ unit: 'grapheme', maxLength: 20 }).filter(notDateLike),
      );
      fc.assert(
        fc.property(junk, (value) => {
          expectTypeErrorNaming(value, thrownBy(() => extractEvents(TEXT, { published: value })));
        }),
        params(1000),
      );
    },
    TIMEOUT,
  );

  it(
    'impossible YYYY-MM-DD dates throw a TypeError naming them',
    () => {
      const ymd = fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .filter(([y, m, d]) => !isRealDate(y, m, d))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`);
      fc.assert(
        fc.property(ymd, (value) => {
          expectTypeErrorNaming(value, thrownBy(() => extractEvents(TEXT, { published: value })));
        }),
        params(1000),
      );
    },
    TIMEOUT,
  );

  const NON_STRINGS: Array<[string, unknown, string | undefined]> = [
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['42', 42, '42'],
    ['NaN', Number.NaN, 'NaN'],
    ['true', true, 'true'],
    ['new Date(NaN)', new Date(Number.NaN), 'Invalid Date'],
    ['{}', {}, undefined],
    ['[]', [], undefined],
  ];
  for (const [label, value, named] of NON_STRINGS) {
    it(`published ${label} throws a TypeError${named ? ` naming ${named}` : ''}`, () => {
      const error = thrownBy(() => extractUntyped(TEXT, { published: value }));
      expect(error).toBeInstanceOf(TypeError);
      if (named !== undefined) expect((error as TypeError).message).toContain(named);
    });
  }

  it('a missing published throws a TypeError', () => {
    expect(thrownBy(() => extractUntyped(TEXT, {}))).toBeInstanceOf(TypeError);
  });

  it(
    'a publication string built from parts is accepted exactly when each part is in form, and counts by the date it writes',
    () => {
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(publicationStringArb, ({ text, valid, date: [year, month, day] }) => {
          const error = thrownBy(() => parsePublished(text));
          if (valid) {
            accepted++;
            expect(error, `${JSON.stringify(text)} is in form and should be accepted`).toBeUndefined();
            expect(parsePublished(text)).toEqual({ year, month, day });
          } else {
            refused++;
            expectTypeErrorNaming(text, error);
          }
        }),
        params(3000),
      );
      // Both branches must be exercised, or the property says nothing.
      expect(accepted).toBeGreaterThan(runs(3000) / 10);
      expect(refused).toBeGreaterThan(runs(3000) / 10);
    },
    TIMEOUT,
  );

  it('accepts the valid forms of published', () => {
    for (const published of ['2022-02-16', '2022-02-16T23:30:00-08:00', '2022-02-16T00:15:00+09:00', '2022-02-16T23:59:59Z', '2024-02-29', '1800-01-01', '2200-12-31']) {
      expect(() => extractEvents(TEXT, { published }), published).not.toThrow();
    }
    expect(() => extractEvents(TEXT, { published: new Date(Date.UTC(2022, 1, 16, 23, 30)) })).not.toThrow();
  });

  for (const [label, value] of [
    ['42', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { text: 'Monday' }],
    ['an array', ['The mayor resigned on Tuesday.']],
  ] as Array<[string, unknown]>) {
    it(`text ${label} throws a TypeError`, () => {
      expect(thrownBy(() => extractUntyped(value, { published: '2022-02-16' }))).toBeInstanceOf(TypeError);
    });
  }

  it('text longer than maxLength throws a RangeError naming both sizes; at the limit it is accepted', () => {
    const text = `${'The mayor resigned on Tuesday. '.repeat(5)}`.slice(0, 150);
    expect(text.length).toBe(150);
    const error = thrownBy(() => extractEvents(text, { published: '2022-02-16', maxLength: 120 }));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as RangeError).message).toMatch(/\b150\b/);
    expect((error as RangeError).message).toMatch(/\b120\b/);
    expect(() => extractEvents(text, { published: '2022-02-16', maxLength: 150 })).not.toThrow();
  });

  it('maxLength counts UTF-16 code units', () => {
    const text = '\u{1F600}'.repeat(60); // 60 code points, 120 code units
    const error = thrownBy(() => extractEvents(text, { published: '2022-02-16', maxLength: 100 }));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as RangeError).message).toMatch(/\b120\b/);
    expect((error as RangeError).message).toMatch(/\b100\b/);
  });

  it('the default maxLength is 5,000,000', () => {
    const error = thrownBy(() => extractEvents('a'.repeat(5_000_001), { published: '2022-02-16' }));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as RangeError).message).toMatch(/5[,_ ]?000[,_ ]?001/);
    expect((error as RangeError).message).toMatch(/5[,_ ]?000[,_ ]?000/);
  });
});

/**
 * Guarantee 3: the machine's time zone never moves a date. chrono-node counts some dates on the
 * machine's clock ("last night", "the day before Aug. 1", the end of a clock range past midnight);
 * these tests switch process.env.TZ inside this process (Node applies it at once) and compare
 * extractEvents with its result under UTC, for the named cases and for generated news sentences full
 * of relative and clock expressions (fast-check, seeded: FC_SEED replays a failure, FC_NUM_RUNS sets
 * the number of runs).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import type { TimelineEvent } from '../../src/parser/index.js';
import { TEST_ZONES } from '../test-zones.mjs';
import { dayNumber, formatYmd, fromDayNumber, weekdayOfDayNumber } from './expect-events.js';

const SEED = Number.isInteger(Number(process.env.FC_SEED)) && process.env.FC_SEED ? Number(process.env.FC_SEED) : 20220216;
const RUNS_OVERRIDE = Number(process.env.FC_NUM_RUNS);
const runs = (n: number): number => (Number.isInteger(RUNS_OVERRIDE) && RUNS_OVERRIDE > 0 ? RUNS_OVERRIDE : n);

const ORIGINAL_TZ = process.env.TZ;
function setZone(zone: string | undefined): void {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
}
afterEach(() => setZone(ORIGINAL_TZ));

/** `run` under each test zone, with the zone as its argument. */
function acrossZones<T>(run: (zone: string) => T): Array<[string, T]> {
  try {
    return TEST_ZONES.map((zone) => {
      setZone(zone);
      return [zone, run(zone)];
    });
  } finally {
    setZone(ORIGINAL_TZ);
  }
}

const brief = (events: TimelineEvent[]) => events.map((event) => [event.date, event.end ?? null, event.expression.text]);

describe('switching TZ in this process', () => {
  // Offsets at 2022-02-16T12:00Z, from the IANA rules (Chatham and Kiritimati are past local midnight).
  const OFFSET_MINUTES: Record<string, number> = {
    UTC: 0,
    'America/Los_Angeles': -8 * 60,
    'Asia/Kolkata': 5 * 60 + 30,
    'Pacific/Kiritimati': 14 * 60,
    'Pacific/Pago_Pago': -11 * 60,
    'America/St_Johns': -(3 * 60 + 30),
    'Pacific/Chatham': 13 * 60 + 45,
  };
  it('shows the one day Kiritimati skipped, and no other in the test zones', () => {
    const skipped = [...SKIPPED_DAYS].flatMap(([zone, days]) => days.map((days) => {
      const { year, month, day } = fromDayNumber(days);
      return `${zone} ${formatYmd(year, month, day)}`;
    }));
    expect(skipped).toEqual(['Pacific/Kiritimati 1994-12-31']);
  });

  it('takes effect at once: without it the comparisons below would prove nothing', () => {
    const instant = new Date(Date.UTC(2022, 1, 16, 12));
    const seen = acrossZones(() => 0 - instant.getTimezoneOffset());
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(TEST_ZONES.map((zone) => [zone, OFFSET_MINUTES[zone]])));
  });
});

describe('dates chrono-node counted on the machine clock', () => {
  // [text, published, events as [date, end, expression]]; the values are what UTC always gave.
  const CASES: Array<[string, string, Array<[string, string | null, string]>]> = [
    ['Police said the fire started last night.', '2022-02-16', [['2022-02-15', null, 'last night']]],
    ['It ended last night at 11 p.m.', '2022-02-16', [['2022-02-15T23:00', null, 'last night at 11 p.m.']]],
    ['Crews worked through last night, officials said.', '2023-01-01', [['2022-12-31', null, 'last night']]],
    ['The deal closed the day before Aug. 1.', '2022-02-16', [['2022-07-31', null, 'the day before Aug. 1']]],
    ['The vote came two days after March 3.', '2022-02-16', [['2022-03-05', null, 'two days after March 3']]],
    ['They met the day before 9:30.', '2022-02-16', [['2022-02-15', null, 'the day before 9:30']]],
    ['Talks resumed a week after Feb. 25.', '2022-02-16', [['2022-03-04', null, 'a week after Feb. 25']]],
    // The date's year is the one nearest publication: June 30, 2023 is a day nearer Dec. 30, 2022.
    ['He met them the day before June 30.', '2022-12-30', [['2023-06-29', null, 'the day before June 30']]],
    ['Celebrations began the day before Jan. 1.', '2022-12-31', [['2022-12-31', null, 'the day before Jan. 1']]],
    ['The vigil ran on Feb. 15 from 10 p.m. to 2 a.m.', '2022-02-16', [['2022-02-15T22:00', '2022-02-16T02:00', 'Feb. 15 from 10 p.m. to 2 a.m.']]],
    ['The vigil ran from 11:30 p.m. to 1 a.m. on Dec. 31.', '2023-01-02', [['2022-12-31T23:30', '2023-01-01T01:00', 'from 11:30 p.m. to 1 a.m. on Dec. 31']]],
    ['The council will meet tonight.', '2022-03-13', [['2022-03-13', null, 'tonight']]],
    ['The council will meet tomorrow.', '2022-12-31', [['2023-01-01', null, 'tomorrow']]],
    ['Rain fell yesterday evening.', '2022-01-01', [['2021-12-31', null, 'yesterday evening']]],
    // Found by the property below. A year chrono-node guessed on the machine's clock: 2022 in Chatham.
    ['It started November 1 from 9:30 to 12:01 a.m.', '2022-05-31', [['2021-11-01T09:30', '2021-11-02T00:01', 'November 1 from 9:30 to 12:01 a.m.']]],
    // A range's ends compared across a change of daylight saving time (Los Angeles, 1975).
    ['Results are expected March 2 from 12:01 a.m. to midnight.', '1975-10-01', [['1975-03-02T00:01', null, 'March 2 from 12:01 a.m. to midnight']]],
    ['The fair will run from Dec. 28 to Jan. 3.', '2022-12-20', [['2022-12-28', '2023-01-03', 'Dec. 28 to Jan. 3']]],
  ];
  for (const [text, published, expected] of CASES) {
    it(`${JSON.stringify(text)}, published ${published}: the same in every zone`, () => {
      for (const [zone, found] of acrossZones(() => brief(extractEvents(text, { published })))) {
        expect(found, `TZ=${zone}`).toEqual(expected);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------
// Generated news sentences, compared across zones.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const CLOCKS = ['9:30', '11:45 p.m.', '11:59 p.m.', '12:01 a.m.', '12:30 a.m.', '1 a.m.', '2:30 a.m.', '10 p.m.', '6 a.m.', 'midnight', 'noon'];

const monthDayArb = fc
  .tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 31 }), fc.boolean())
  .map(([month, day, ap]) => `${(ap ? AP_MONTHS : MONTHS)[month]} ${day}`);
const anchorArb = fc.oneof(
  monthDayArb,
  fc.tuple(monthDayArb, fc.integer({ min: 1990, max: 2030 })).map(([date, year]) => `${date}, ${year}`),
  fc.constantFrom(...WEEKDAYS),
  fc.constantFrom(...CLOCKS),
);
const countArb = fc.constantFrom('a', 'one', 'two', 'three', '10', 'the');
const unitArb = fc.constantFrom('day', 'week', 'month', 'year');
const offsetArb = fc
  .tuple(countArb, unitArb, fc.constantFrom('before', 'after'), anchorArb)
  .map(([count, unit, direction, anchor]) => `${count} ${unit}${count === 'a' || count === 'one' || count === 'the' ? '' : 's'} ${direction} ${anchor}`);
const casualArb = fc.constantFrom(
  'last night', 'tonight', 'yesterday evening', 'this morning', 'this afternoon', 'this evening', 'today', 'yesterday',
  'tomorrow', 'tomorrow morning', 'midnight', 'at midnight', 'at noon', 'late Tuesday', 'Tuesday night', 'overnight',
  '2 hours ago', 'within 24 hours', 'for 45 minutes', 'end of the month', 'the end of the month', 'last day of the month',
  'end of March', 'end of this week', 'end of last month', 'earlier this month', 'last week', 'next month', 'this year',
  'two days ago', 'a week ago', 'now',
);
const clockDateArb = fc.oneof(
  fc.tuple(fc.constantFrom(...CLOCKS), fc.constantFrom(...WEEKDAYS)).map(([clock, weekday]) => `at ${clock} ${weekday}`),
  fc.tuple(fc.constantFrom(...WEEKDAYS), fc.constantFrom(...CLOCKS)).map(([weekday, clock]) => `${weekday} at ${clock}`),
  fc.tuple(fc.constantFrom(...CLOCKS), monthDayArb).map(([clock, date]) => `at ${clock} on ${date}`),
  fc.tuple(monthDayArb, fc.constantFrom(...CLOCKS), fc.constantFrom(...CLOCKS)).map(([date, from, to]) => `${date} from ${from} to ${to}`),
  fc.tuple(fc.constantFrom(...CLOCKS), fc.constantFrom(...CLOCKS), fc.constantFrom(...WEEKDAYS)).map(([from, to, weekday]) => `from ${from} to ${to} ${weekday}`),
  fc.tuple(fc.constantFrom(...CLOCKS), fc.constantFrom('yesterday', 'today', 'tomorrow', 'tonight', 'last night')).map(([clock, day]) => `${day} at ${clock}`),
  fc.tuple(fc.constantFrom('last', 'next', 'on', 'this'), fc.constantFrom(...WEEKDAYS)).map(([modifier, weekday]) => `${modifier} ${weekday}`),
);
// Zone names and offsets in the text, which chrono-node reads with daylight saving rules of its own.
const zonedClockArb = fc
  .tuple(fc.constantFrom(...CLOCKS), fc.constantFrom('ET', 'EST', 'EDT', 'PT', 'PST', 'GMT', 'BST', 'CET', 'UTC+3'), fc.constantFrom(...WEEKDAYS, 'on March 13', 'on Nov. 6', 'on Oct. 30'))
  .map(([clock, zone, day]) => `at ${clock} ${zone} ${day}`);
const rangeArb = fc.oneof(
  fc.tuple(fc.constantFrom(...WEEKDAYS), fc.constantFrom(...WEEKDAYS)).map(([from, to]) => `from ${from} to ${to}`),
  fc.tuple(monthDayArb, monthDayArb).map(([from, to]) => `from ${from} to ${to}`),
  fc.tuple(monthDayArb, fc.constantFrom(...CLOCKS), fc.constantFrom(...CLOCKS)).map(([date, from, to]) => `${date} between ${from} and ${to}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('', '/2021', '/2022')).map(([month, day, year]) => `on ${month}/${day}${year}`),
  fc.constantFrom('2022-02-16T23:30:00-08:00', '2021-12-31T23:59:00Z', '2022-03-13T02:30:00'),
);
const expressionArb = fc.oneof(offsetArb, casualArb, clockDateArb, monthDayArb, zonedClockArb, rangeArb);
const clauseArb = fc
  .tuple(
    fc.constantFrom('Police', 'The ministry', 'Witnesses', 'The company', 'Officials'),
    fc.constantFrom('said the fire started', 'reported the attack', 'will vote', 'is expected to announce results', 'closed the border', 'met'),
    expressionArb,
    fc.option(expressionArb, { nil: undefined }),
  )
  .map(([subject, verb, first, second]) => `${subject} ${verb} ${first}${second ? ` and ${second}` : ''}.`);
const textArb = fc.array(clauseArb, { minLength: 1, maxLength: 3 }).map((clauses) => clauses.join(' '));

/** A day `days` from the n-th (or, n = -1, last) given weekday of a month: where clocks change. */
function nearWeekdayOfMonth(year: number, month: number, weekday: number, nth: number, days: number): string {
  const first = dayNumber(year, month, 1);
  const firstWeekday = first + ((weekday - weekdayOfDayNumber(first) + 7) % 7);
  const last = dayNumber(year, month + 1, 1) - 1;
  const lastWeekday = last - ((weekdayOfDayNumber(last) - weekday + 7) % 7);
  const { year: y, month: m, day: d } = fromDayNumber((nth < 0 ? lastWeekday : firstWeekday + 7 * (nth - 1)) + days);
  return formatYmd(y, m, d);
}
const yearArb = fc.integer({ min: 1970, max: 2069 });
const publishedArb = fc.oneof(
  // Around the Sundays the test zones change their clocks on (US and Newfoundland since 2007 and
  // before, New Zealand's Chatham Islands), and a day either side.
  fc
    .tuple(
      yearArb,
      fc.constantFrom<[number, number, number]>([3, 2, 0], [11, 1, 0], [4, 1, 0], [10, -1, 0], [9, -1, 0], [3, -1, 0]),
      fc.integer({ min: -1, max: 1 }),
    )
    .map(([year, [month, nth, weekday], days]) => nearWeekdayOfMonth(year, month, weekday, nth, days)),
  // Year and month ends.
  fc.tuple(yearArb, fc.integer({ min: -2, max: 1 })).map(([year, days]) => {
    const { year: y, month, day } = fromDayNumber(dayNumber(year + 1, 1, 1) + days);
    return formatYmd(y, month, day);
  }),
  fc.tuple(yearArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: -1, max: 0 })).map(([year, month, days]) => {
    const { year: y, month: m, day } = fromDayNumber(dayNumber(year, month + 1, 1) + days);
    return formatYmd(y, m, day);
  }),
  fc.integer({ min: dayNumber(1900, 1, 1), max: dayNumber(2099, 12, 31) }).map((days) => {
    const { year, month, day } = fromDayNumber(days);
    return formatYmd(year, month, day);
  }),
);

/**
 * The days each test zone skipped from 1899 to 2101, by day number. Kiritimati crossed the date line on
 * 1994-12-31 (and Samoa, not a test zone, on 2011-12-30): such a day has no noon on the machine's clock,
 * and chrono-node then counts "today", "this morning" or "the end of last month" from the day after it.
 * A known limit, left out of the comparison: articles published within a year of such a day.
 */
const SKIPPED_DAYS = new Map(
  acrossZones(() => {
    const skipped: number[] = [];
    for (let days = dayNumber(1899, 1, 1); days <= dayNumber(2101, 12, 31); days++) {
      const { year, month, day } = fromDayNumber(days);
      if (new Date(year, month - 1, day, 12).getDate() !== day) skipped.push(days);
    }
    return skipped;
  }),
);
function nearASkippedDay(zone: string, published: string): boolean {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  const days = dayNumber(year, month, day);
  return SKIPPED_DAYS.get(zone)!.some((skipped) => Math.abs(skipped - days) <= 366);
}

describe('generated news sentences', () => {
  it(
    'give the same events under every test zone as under UTC',
    () => {
      fc.assert(
        fc.property(textArb, publishedArb, (text, published) => {
          setZone('UTC');
          const utc = extractEvents(text, { published });
          for (const [zone, events] of acrossZones((zone) => (nearASkippedDay(zone, published) ? utc : extractEvents(text, { published })))) {
            expect(events, `TZ=${zone}: ${JSON.stringify(text)}, published ${published}`).toEqual(utc);
          }
        }),
        { seed: SEED, numRuns: runs(300) },
      );
    },
    120_000,
  );

  it('the generated sentences are dense with dates (the property is not vacuous)', () => {
    const samples = fc.sample(fc.tuple(textArb, publishedArb), { seed: SEED, numRuns: 200 });
    const dated = samples.filter(([text, published]) => extractEvents(text, { published }).length > 0);
    expect(dated.length).toBeGreaterThan(150);
  });
});

import { describe, expect, it } from 'vitest';
import {
  CALENDAR_VALUE,
  addToTally,
  compareValues,
  computeMetrics,
  emptyTally,
  goldGranularity,
  isoWeek,
  matchDocument,
  overlaps,
  parseValue,
  splitRange,
  valueMatches,
  type GoldTimex,
  type Prediction,
} from '../../bench/eval-metrics.js';

const gold = (start: number, end: number, value: string, type = 'DATE', text = 'x'.repeat(end - start)): GoldTimex => ({
  start,
  end,
  value,
  type,
  text,
  tid: `t${start}`,
});
const pred = (start: number, end: number, value: string): Prediction => ({
  start,
  end,
  value,
  text: 'x'.repeat(end - start),
});

describe('CALENDAR_VALUE', () => {
  it('accepts year, season, month, day, ISO week, weekend and quarter values', () => {
    for (const v of ['1998', '1998-SU', '1998-02', '1998-02-13', '1998-W07', '1998-W07-WE', '1998-Q3']) expect(CALENDAR_VALUE.test(v)).toBe(true);
  });
  it('rejects references, underspecified and single-digit week values', () => {
    for (const v of ['PRESENT_REF', 'XXXX-SU', '1998-AU', '1998-WXX', '199X', '1998-W7', '1998-13', '1998-02-13T09:00', 'P3D', '1998-Q5']) {
      expect(CALENDAR_VALUE.test(v)).toBe(false);
    }
  });
});

describe('overlaps', () => {
  it('treats spans as half-open', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
    expect(overlaps({ start: 3, end: 4 }, { start: 0, end: 9 })).toBe(true);
  });
  it('never matches an empty span', () => {
    expect(overlaps({ start: 4, end: 4 }, { start: 0, end: 9 })).toBe(false);
  });
});

describe('isoWeek', () => {
  it('puts the days around New Year in the year of their Thursday', () => {
    expect(isoWeek(1998, 2, 13)).toEqual({ year: 1998, week: 7 });
    expect(isoWeek(1997, 12, 29)).toEqual({ year: 1998, week: 1 });
    expect(isoWeek(2021, 1, 3)).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(2000, 1, 2)).toEqual({ year: 1999, week: 52 });
    expect(isoWeek(2000, 1, 3)).toEqual({ year: 2000, week: 1 });
  });
});

describe('parseValue', () => {
  it('reads each granularity', () => {
    expect(parseValue('1998')?.granularity).toBe('year');
    expect(parseValue('1998-Q1')).toMatchObject({ granularity: 'quarter', year: 1998, quarter: 1 });
    expect(parseValue('1998-11')).toMatchObject({ granularity: 'month', month: 11, quarter: 4 });
    expect(parseValue('1998-W07')).toMatchObject({ granularity: 'week', week: 7 });
    expect(parseValue('1998-W07-WE')).toMatchObject({ granularity: 'week', week: 7 });
    expect(parseValue('1998-02-13')).toMatchObject({ granularity: 'day', month: 2, day: 13, week: 7 });
    expect(parseValue('1998-02-13T09:30')).toMatchObject({ granularity: 'time', day: 13, minuteOfDay: 570 });
  });
  it('rejects non-calendar values and dates that do not exist', () => {
    for (const v of ['PRESENT_REF', '1998-02-30', '1999-02-29', '1998-W54', '1998-W00', '1998-00', '98', '']) {
      expect(parseValue(v)).toBeNull();
    }
    expect(parseValue('2000-02-29')).not.toBeNull();
    expect(parseValue('2020-W53')).not.toBeNull();
    expect(parseValue('2021-W53')).toBeNull();
  });
});

describe('compareValues', () => {
  it('compares a year gold with the year of any prediction', () => {
    expect(compareValues('1998', '1998')).toBe('match');
    expect(compareValues('1998', '1998-Q2')).toBe('match');
    expect(compareValues('1998', '1998-02')).toBe('match');
    expect(compareValues('1998', '1998-02-13T09:00')).toBe('match');
    expect(compareValues('1998', '1998-W07')).toBe('match');
    // A weekend is placed by its days: Saturday, Feb. 14, 1998 is in its week; the Saturday after is not.
    expect(compareValues('1998-W07-WE', '1998-02-14')).toBe('match');
    expect(compareValues('1998-W07-WE', '1998-02-21')).toBe('mismatch');
    expect(compareValues('1998', '1997-12-31')).toBe('mismatch');
  });

  it('compares a quarter gold with a quarter or the quarter of a month or day', () => {
    expect(compareValues('1998-Q1', '1998-Q1')).toBe('match');
    expect(compareValues('1998-Q1', '1998-03')).toBe('match');
    expect(compareValues('1998-Q1', '1998-04')).toBe('mismatch');
    expect(compareValues('1998-Q4', '1998-12-31')).toBe('match');
    expect(compareValues('1998-Q1', '1997-Q1')).toBe('mismatch');
    expect(compareValues('1998-Q1', '1998')).toBe('coarser');
    expect(compareValues('1998-Q1', '1998-W07')).toBe('incomparable');
  });

  it('compares a season gold with a season or the season of a day (from the 21st) or month (at its 15th), a winter named by its December', () => {
    expect(compareValues('1998-SU', '1998-SU')).toBe('match');
    expect(compareValues('1998-SU', '1998-07-04')).toBe('match');
    expect(compareValues('1998-SU', '1998-06-21')).toBe('match');
    expect(compareValues('1998-SU', '1998-06-20')).toBe('mismatch');
    expect(compareValues('1998-SU', '1998-09')).toBe('match');
    expect(compareValues('1998-SU', '1998-10')).toBe('mismatch');
    expect(compareValues('1997-WI', '1998-02-13')).toBe('match');
    expect(compareValues('1997-WI', '1998-03-20')).toBe('match');
    expect(compareValues('1998-WI', '1998-02-13')).toBe('mismatch');
    expect(compareValues('1998-SU', '1997-SU')).toBe('mismatch');
    expect(compareValues('1998-SU', '1998')).toBe('coarser');
    expect(compareValues('1998-SU', '1998-Q3')).toBe('incomparable');
    expect(compareValues('1998-Q3', '1998-SU')).toBe('incomparable');
    expect(compareValues('1998', '1998-SU')).toBe('match');
    expect(compareValues('1998-07', '1998-SU')).toBe('coarser');
  });

  it('compares a month gold at month precision only', () => {
    expect(compareValues('1998-02', '1998-02')).toBe('match');
    expect(compareValues('1998-02', '1998-02-13')).toBe('match');
    expect(compareValues('1998-02', '1998-02-13T23:59')).toBe('match');
    expect(compareValues('1998-02', '1998-03-01')).toBe('mismatch');
    expect(compareValues('1998-02', '1998-Q1')).toBe('coarser');
    expect(compareValues('1998-02', '1998')).toBe('coarser');
    // The week of Feb. 9-15 lies inside February, but a week value does not say which month it is in.
    expect(compareValues('1998-02', '1998-W07')).toBe('incomparable');
  });

  it('compares a week gold with a week or the ISO week of a day', () => {
    expect(compareValues('1998-W07', '1998-W07')).toBe('match');
    expect(compareValues('1998-W07', '1998-02-09')).toBe('match'); // Monday
    expect(compareValues('1998-W07', '1998-02-15')).toBe('match'); // Sunday
    expect(compareValues('1998-W07', '1998-02-16')).toBe('mismatch');
    expect(compareValues('1998-W01', '1997-12-29')).toBe('match'); // ISO week-year differs from the calendar year
    expect(compareValues('1998-W07', '1998-02')).toBe('coarser');
    expect(compareValues('1998-W07', '1998')).toBe('coarser');
  });

  it('compares a day gold at day precision, truncating times', () => {
    expect(compareValues('1998-02-13', '1998-02-13')).toBe('match');
    expect(compareValues('1998-02-13', '1998-02-13T09:00')).toBe('match');
    expect(compareValues('1998-02-13', '1998-02-14')).toBe('mismatch');
    expect(compareValues('1998-02-13', '1998-02')).toBe('coarser');
    expect(compareValues('1998-02-13', '1998-W07')).toBe('coarser');
  });

  it('flags values it cannot read', () => {
    expect(compareValues('1998-02-13', 'PRESENT_REF')).toBe('invalid-prediction');
    expect(compareValues('1998-02-13', '1998-02-30')).toBe('invalid-prediction');
    expect(compareValues('PAST_REF', '1998')).toBe('invalid-gold');
    expect(valueMatches('1998', '1998')).toBe(true);
    expect(valueMatches('1998-02-13', '1998-02')).toBe(false);
  });
});

describe('goldGranularity', () => {
  it('names the five calendar granularities and nothing else', () => {
    expect(['1998', '1998-Q1', '1998-02', '1998-W07', '1998-02-13'].map(goldGranularity)).toEqual([
      'year',
      'quarter',
      'month',
      'week',
      'day',
    ]);
    expect(goldGranularity('1998-02-13T09:00')).toBeNull();
    expect(goldGranularity('FUTURE_REF')).toBeNull();
  });
});

describe('matchDocument and metrics', () => {
  const timexes = [
    gold(0, 6, '1998-02-13'), // found, right value
    gold(10, 20, '1998-02'), // found, wrong value
    gold(30, 35, '1998'), // missed
    gold(40, 45, 'PRESENT_REF'), // not calendar: not scored
    gold(50, 55, 'P3D', 'DURATION'),
  ];
  const predictions = [
    pred(0, 6, '1998-02-13T09:00'),
    pred(12, 14, '1998-03'),
    pred(40, 45, '1998-02-13'), // overlaps only a PRESENT_REF: false positive
    pred(60, 65, '1998'), // overlaps nothing: false positive
  ];
  const match = matchDocument(timexes, predictions);

  it('scores only calendar DATE gold and explains false positives', () => {
    expect(match.gold.map((g) => g.verdict)).toEqual(['match', 'mismatch', null]);
    expect(match.predictions.map((p) => p.calendarGold.length)).toEqual([1, 1, 0, 0]);
    expect(match.predictions[2]?.otherGold.map((t) => t.value)).toEqual(['PRESENT_REF']);
    expect(match.predictions[3]?.otherGold).toEqual([]);
  });

  it('computes relaxed P/R/F1, value accuracy and value-F1', () => {
    const tally = addToTally(emptyTally(), match);
    expect(tally.counts).toEqual({ predictions: 4, correctPredictions: 2, gold: 3, foundGold: 2, correctValues: 1 });
    expect(tally.byGranularity.day).toEqual({ gold: 1, found: 1, correctValues: 1 });
    expect(tally.byGranularity.month).toEqual({ gold: 1, found: 1, correctValues: 0 });
    expect(tally.byGranularity.year).toEqual({ gold: 1, found: 0, correctValues: 0 });
    const m = computeMetrics(tally.counts);
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(m.valueAccuracy).toBeCloseTo(0.5);
    expect(m.valueF1).toBeCloseTo(m.f1 * 0.5);
  });

  it('scores the prediction sharing the most characters with the gold, earliest on ties', () => {
    const g = [gold(0, 20, '1998-10-23')];
    expect(matchDocument(g, [pred(0, 6, '1998-10-24'), pred(8, 20, '1998-10-23')]).gold[0]?.verdict).toBe('match');
    expect(matchDocument(g, [pred(10, 15, '1998-10-24'), pred(0, 5, '1998-10-23')]).gold[0]?.verdict).toBe('match');
  });

  it('lets one prediction cover several gold and counts it once for precision', () => {
    const m = matchDocument([gold(0, 5, '1998-02-09'), gold(9, 14, '1998-02-11')], [pred(0, 14, '1998-02-09')]);
    const tally = addToTally(emptyTally(), m);
    expect(tally.counts).toEqual({ predictions: 1, correctPredictions: 1, gold: 2, foundGold: 2, correctValues: 1 });
  });

  it('gives 0 rather than NaN when a system predicts nothing', () => {
    const m = computeMetrics(addToTally(emptyTally(), matchDocument(timexes, [])).counts);
    expect(m).toEqual({ precision: 0, recall: 0, f1: 0, valueAccuracy: 0, valueF1: 0 });
  });
});

  it('scores a part of a named day as gold, DATE or TIME, and its day as right only in the placed-times scope', () => {
    const text = [
      gold(0, 9, '1999-05-20TEV'), // "hier soir"
      gold(20, 24, '1999-07-24T15:45', 'TIME'), // "15 h 45"
      gold(30, 38, '1999-05-18TEV'), // "mardi soir"
      gold(40, 48, 'XXXX-WXX-2TEV'), // a part of no calendar day
      gold(50, 56, '1999-05'),
      gold(60, 70, '1989-11-06T17', 'TIME'), // "5 p.m. EST, Nov. 6"
      gold(80, 92, '1998-02-13TMO', 'TIME'), // "this morning"
      gold(100, 110, '1998-02-13TDT'), // "dans la journée": the vague daytime is not scored
    ];
    const predictions = [
      pred(0, 4, '1999-05-20'),
      pred(30, 35, '1999-05-25'),
      pred(40, 45, '1999-05-18'),
      pred(50, 56, '1999-05'),
      pred(60, 70, '1989-11-06T17:00'),
      pred(80, 92, '1998-02-13TMO'),
    ];
    const match = matchDocument(text, predictions);
    const strict = addToTally(emptyTally(), match).counts;
    const placed = addToTally(emptyTally(), match, 'placed-times').counts;
    // "hier" lacks its evening and the Tuesday is wrong; the undated evening and the clock time are false positives.
    expect(strict).toEqual({ predictions: 6, correctPredictions: 4, gold: 4, foundGold: 4, correctValues: 2 });
    // "hier" (the right day) and "Nov. 6" are taken; the wrong Tuesday and the undated evening stay wrong.
    expect(placed).toEqual({ predictions: 6, correctPredictions: 5, gold: 4, foundGold: 4, correctValues: 3 });
  });

  it('compares a part of a day with its day and part, and truncates it to coarser gold', () => {
    expect(compareValues('1999-05-20TEV', '1999-05-20TEV')).toBe('match');
    expect(compareValues('1999-05-20TEV', '1999-05-20TNI')).toBe('mismatch');
    expect(compareValues('1999-05-20TEV', '1999-05-21TEV')).toBe('mismatch');
    expect(compareValues('1999-05-20TEV', '1999-05-20')).toBe('coarser');
    expect(compareValues('1999-05-20TEV', '1999-05-20T19:00')).toBe('incomparable');
    expect(compareValues('1999-05-20', '1999-05-20TMO')).toBe('match');
    expect(compareValues('1999-W20', '1999-05-20TMO')).toBe('match');
    expect(compareValues('1999-02-30TEV', '1999-02-30TEV')).toBe('invalid-gold');
  });

describe('splitRange', () => {
  it('scores each end of a range against its own words', () => {
    const parts = splitRange({ start: 10, end: 28, text: 'Aug. 26 to Oct. 20', value: '1989-08-26', endValue: '1989-10-20' });
    expect(parts).toEqual([
      { start: 10, end: 17, text: 'Aug. 26', value: '1989-08-26' },
      { start: 21, end: 28, text: 'Oct. 20', value: '1989-10-20' },
    ]);
  });

  it('splits ranges joined by the other languages\' words', () => {
    const parts = splitRange({ start: 0, end: 19, text: 'du 19 au 23 juillet', value: '1999-07-19', endValue: '1999-07-23' });
    expect(parts.map((p) => p.text)).toEqual(['du 19', '23 juillet']);
    expect(splitRange({ start: 0, end: 16, text: 'vom 3. bis 5. März', value: '2024-03-03', endValue: '2024-03-05' }).map((p) => p.text)).toEqual(['vom 3.', '5. März']);
    expect(splitRange({ start: 0, end: 17, text: 'de marzo a junio', value: '2024-03', endValue: '2024-06' }).map((p) => p.text)).toEqual(['de marzo', 'junio']);
  });

  it('leaves single dates alone', () => {
    const single = { start: 0, end: 6, text: 'Friday', value: '1998-02-13' };
    expect(splitRange(single)).toEqual([single]);
  });
});

import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { Meridiem } from 'chrono-node/en';
import { weekdayOf } from '../../../../model/calendar.js';
import { readOffset } from '../parsers/relative-offset-parser.js';
import { shiftPeriod } from '../../../offsets.js';
import { dateOf, endOf, setPart } from '../../../reference.js';

/**
 * "two days after March 3", "the day before Aug. 1", "the day before 9:30": an offset and the date it
 * counts from, right after it, merged into one expression. chrono-node's own refiner for this reads the date
 * as an instant on the machine's clock, which moves it a day under +13/+14 (Kiritimati, Chatham) or
 * -10/-11 (Pago Pago); this one counts on the calendar, from the date's components (its year guessed by
 * NearestYearRefiner), and leaves the result what chrono-node's is in UTC: the precision chrono-node
 * gives each unit, the date's clock.
 */
const COUNTS_FROM_NEXT = /\s(?:before|after)$/i;

function counted(context: ParsingContext, current: ParsingResult, anchor: ParsingResult): ParsingComponents | undefined {
  const offset = readOffset(current.text);
  if (!offset) return undefined;
  const { granularity, date } = shiftPeriod(dateOf(anchor.start), offset.unit, offset.amount);
  const components = context.createParsingComponents().addTag('result/relativeDate');
  setPart(components, 'year', date.year, true);
  setPart(components, 'month', date.month, granularity !== 'year');
  setPart(components, 'day', date.day, granularity === 'day' || granularity === 'week');
  if (granularity === 'day' || granularity === 'week') setPart(components, 'weekday', weekdayOf(date), granularity === 'day');
  for (const part of ['hour', 'minute', 'second', 'millisecond'] as const) components.imply(part, anchor.start.get(part) ?? 0);
  return components.imply('meridiem', components.get('hour')! < 12 ? Meridiem.AM : Meridiem.PM);
}

export class OffsetFromDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const refined: ParsingResult[] = [];
    for (let index = 0; index < results.length; index++) {
      const current = results[index]!;
      const next = results[index + 1];
      const between = next && context.text.slice(endOf(current), next.index);
      const components = next && COUNTS_FROM_NEXT.test(current.text) && /^\s*$/.test(between!) ? counted(context, current, next) : undefined;
      if (!components) {
        refined.push(current);
        continue;
      }
      refined.push(context.createParsingResult(current.index, current.text + between + next!.text, components));
      index++;
    }
    return refined;
  }
}

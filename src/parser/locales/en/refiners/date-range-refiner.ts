import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays } from '../../../../model/calendar.js';
import { dateOf, endOf } from '../../../reference.js';

/**
 * "from Friday to Monday", "Dec. 28 to Jan. 3", "March 2 from 12:01 a.m. to midnight": two dates joined
 * into a range as chrono-node's refiner joins them. Each end takes what the other's words fixed; an end
 * that would come first moves a week on (a weekday) or a year (a date without one), else the two swap.
 * chrono-node's refiner makes those moves on the machine's clock, an hour off across a change of
 * daylight saving time, which flips a comparison of times minutes apart (published Oct. 1, 1975, Los
 * Angeles swapped "March 2 from 12:01 a.m. to midnight" where UTC did not). This one moves on the
 * calendar, and compares instants as chrono-node's components give them (in the article's zone).
 */
const BETWEEN = /^\s*(?:to|-|\u2013|until|through|till)\s*$/i;
const DAY_MS = 86_400_000;

const instant = (components: ParsingComponents) => components.date().getTime();
const yearsOn = (components: ParsingComponents, years: number) => components.imply('year', components.get('year')! + years);

function weeksOn(components: ParsingComponents, weeks: number): void {
  const { year, month, day } = addDays(dateOf(components), 7 * weeks);
  components.imply('day', day).imply('month', month).imply('year', year);
}

/** `into` takes, as implied, what the words of `from` fixed and its own left open. */
function fill(into: ParsingComponents, from: ParsingComponents): void {
  for (const part of from.getCertainComponents()) if (!into.isCertain(part)) into.imply(part, from.get(part)!);
}

function joined(between: string, first: ParsingResult, second: ParsingResult): ParsingResult {
  let [from, to] = [first, second];
  if (!from.start.isOnlyWeekdayComponent() && !to.start.isOnlyWeekdayComponent()) {
    fill(from.start, to.start);
    fill(to.start, from.start);
  }
  const [fromAt, toAt] = [instant(from.start), instant(to.start)];
  if (fromAt > toAt) {
    if (to.start.isOnlyWeekdayComponent() && toAt + 7 * DAY_MS > fromAt) weeksOn(to.start, 1);
    else if (from.start.isOnlyWeekdayComponent() && fromAt - 7 * DAY_MS < toAt) weeksOn(from.start, -1);
    else if (to.start.isDateWithUnknownYear() && instant(yearsOn(to.start.clone(), 1)) > fromAt) yearsOn(to.start, 1);
    else if (from.start.isDateWithUnknownYear() && instant(yearsOn(from.start.clone(), -1)) < toAt) yearsOn(from.start, -1);
    else [from, to] = [to, from];
  }
  const range = from.clone();
  range.start = from.start;
  range.end = to.start;
  range.index = first.index;
  range.text = first.text + between + second.text;
  return range;
}

export class DateRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (results.length < 2) return results;
    const refined: ParsingResult[] = [];
    let current = results[0]!;
    for (let at = 1; at < results.length; at++) {
      const next = results[at]!;
      const between = context.text.slice(endOf(current), next.index);
      if (!current.end && !next.end && BETWEEN.test(between)) {
        current = joined(between, current, next);
      } else {
        refined.push(current);
        current = next;
      }
    }
    refined.push(current);
    return refined;
  }
}

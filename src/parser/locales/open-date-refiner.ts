import type { ParsingResult } from 'chrono-node';
import { isValidCalendarDate } from '../../model/calendar.js';
import { assignPeriod } from '../reference.js';
import type { SentenceContext, SentenceRefiner } from '../refiners/sentence-refiner.js';
import { chooseYear, resolveWeekday, type Direction } from '../underspecified.js';
import type { Tense } from '../tense.js';
import type { Vocabulary } from './vocabulary.js';
import { wordPattern } from './word-pattern.js';

/**
 * Places what the text left open on the calendar, counted from the publication day: a weekday ("el
 * martes", "mardi dernier") within a week of it, a month or day without a year ("el 15 de mayo") in the
 * year the sentence's direction gives. The direction is the expression's own ("pasado", "prochain"),
 * else the tense nearest to it. chrono-node's guesses count on the machine's clock and look ahead.
 */
export class OpenDateRefiner implements SentenceRefiner {
  private readonly previous: RegExp;
  private readonly next: RegExp;

  constructor(
    words: Vocabulary,
    private readonly tenseAt: (sentence: string, start: number, end: number) => Tense,
  ) {
    this.previous = wordPattern(words.previous);
    this.next = wordPattern(words.next);
  }

  refine({ text, published }: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const { start } = result;
      const open = start.isCertain('weekday') && !start.isCertain('day');
      const yearless = start.isCertain('month') && !start.isCertain('year');
      if (!open && !yearless) continue;
      const direction: Direction = this.previous.test(result.text)
        ? 'last'
        : this.next.test(result.text)
          ? 'next'
          : this.tenseAt(text, result.index, result.index + result.text.length);
      if (open) {
        const date = resolveWeekday(published, start.get('weekday')!, direction);
        start.assign('year', date.year).assign('month', date.month).assign('day', date.day);
        continue;
      }
      const month = start.get('month')!;
      const day = start.isCertain('day') ? start.get('day')! : 1;
      const granularity = start.isCertain('day') ? 'day' : 'month';
      const period = chooseYear(
        published,
        (year) => (isValidCalendarDate(year, month, day) ? { granularity, date: { year, month, day } } : undefined),
        direction,
      );
      if (period) assignPeriod(start, period);
    }
    return results;
  }
}

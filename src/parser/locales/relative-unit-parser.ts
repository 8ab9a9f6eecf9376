import type { Parser, ParsingContext } from 'chrono-node';
import { addDays, addMonths, type Period } from '../../model/calendar.js';
import { periodComponents, publicationOf } from '../reference.js';
import type { Unit, Vocabulary } from './vocabulary.js';
import { unitReader, WORD_END, WORD_START } from './word-pattern.js';

const PERIOD_UNITS = ['week', 'month', 'quarter', 'year'] as const;

/** The period a step of units from publication names: the week, month, quarter or year itself. */
export function stepPeriod(published: Period['date'], unit: Unit, step: number): Period {
  if (unit === 'day') return { granularity: 'day', date: addDays(published, step) };
  if (unit === 'week') return { granularity: 'week', date: addDays(published, 7 * step) };
  return { granularity: unit, date: addMonths(published, step * (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1)) };
}

/**
 * "el año pasado", "la próxima semana", "este mes", "l'année dernière", "lo scorso anno", "quest'anno",
 * "no ano passado", "letzte Woche": the whole period, before, after or at publication, at its own
 * granularity (chrono-node reads some of them as a day, most not at all).
 */
export class RelativeUnitParser implements Parser {
  private readonly regex: RegExp;
  private readonly unitOf: (word: string) => Unit;
  private readonly isPrevious: RegExp;

  constructor(words: Vocabulary) {
    const unit = `(${PERIOD_UNITS.map((name) => words.units[name]).join('|')})`;
    const determiner = `(?:(?:${words.determiners})\\s*)?`;
    const step = `(${words.previous}|${words.next})`;
    this.regex = new RegExp(
      `${WORD_START}(?:${determiner}${step}\\s+${unit}|${determiner}${unit}\\s+${step}|(${words.current})\\s*${unit})${WORD_END}`,
      'iu',
    );
    this.unitOf = unitReader(words, PERIOD_UNITS);
    this.isPrevious = new RegExp(`^(?:${words.previous})$`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [, stepBefore, unitAfterStep, unitBeforeStep, stepAfter, , currentUnit] = match;
    const stepWord = stepBefore ?? stepAfter;
    const step = stepWord === undefined ? 0 : this.isPrevious.test(stepWord) ? -1 : 1;
    return periodComponents(context, stepPeriod(publicationOf(context), this.unitOf((unitAfterStep ?? unitBeforeStep ?? currentUnit)!), step));
  }
}

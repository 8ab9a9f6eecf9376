import type { ParsingResult } from 'chrono-node';
import { easter } from '../../../model/easter.js';
import { addDays, isValidCalendarDate, periodBounds, toDayNumber, weekdayOf, type CalendarDate, type Period } from '../../../model/calendar.js';
import { OPEN_YEAR_TAG } from '../../offsets.js';
import { assignPeriod, periodOf } from '../../reference.js';
import type { SentenceContext, SentenceRefiner } from '../../refiners/sentence-refiner.js';
import { chooseYear, resolveWeekday, type Direction, type Tense } from '../../underspecified.js';
import { daysAfterEaster, HOLIDAY_NAME_TAG } from './holiday-name-parser.js';
import { WEEKEND_TAG } from './weekend-parser.js';
import type { Vocabulary } from './vocabulary.js';
import { wordPattern } from './word-pattern.js';

// A quarter that ended less than a quarter ago is the one results are out for, whatever the tense.
const QUARTER_DAYS = 92;

// Weekdays listed together ("sábado e domingo", "am Samstag und am Sonntag") point the same way, and
// ahead of publication the later ones follow the first ("desde el lunes hasta el viernes").
const LISTED = /^[\s,]*(?:y|e|et|und|ed|ou|o|oder|and|bis|a|al|au)?[\s,]*$/iu;

/** This year's season, or until March 20 the winter that began the December before. */
function currentSeason(published: CalendarDate, candidate: (year: number) => Period | undefined): Period | undefined {
  const running = candidate(published.year - 1);
  return running && periodBounds(running)[1] >= toDayNumber(published) ? running : candidate(published.year);
}

/**
 * Places what the text left open on the calendar, counted from the publication day: a weekday ("el
 * martes", "mardi dernier") within a week of it, a weekend from its Saturday to its Sunday, a month or
 * day without a year ("el 15 de mayo") in the year the sentence's direction gives. The direction is the expression's own ("pasado", "prochain"),
 * else the tense nearest to it. chrono-node's guesses count on the machine's clock and look ahead.
 */
export class OpenDateRefiner implements SentenceRefiner {
  private readonly previous: RegExp;
  private readonly next: RegExp;
  private readonly ahead: RegExp;
  private readonly since: RegExp | undefined;
  private readonly edge: RegExp;
  private readonly current: RegExp;
  private readonly genitive: RegExp;
  private readonly bound: RegExp;
  private readonly bareSeason: RegExp | undefined;

  constructor(
    words: Vocabulary,
    private readonly readTense: (sentence: string) => (start: number, end: number) => Tense,
  ) {
    this.previous = wordPattern(words.previous);
    this.next = wordPattern(words.next);
    this.ahead = new RegExp(`^(?:${words.ahead})\\s`, 'iu');
    this.since = words.since ? new RegExp(`^(?:${words.since})\\s`, 'iu') : undefined;
    this.edge = wordPattern(words.edges);
    this.current = wordPattern(words.current);
    this.bound = new RegExp(`^(?:${words.bounds})\\s`, 'iu');
    this.genitive = new RegExp(`(?:^|\\s)(?:${words.ofYear})\\s`, 'iu');
    this.bareSeason = words.habitualSeason ? new RegExp(`^(?:${words.habitualSeason})\\s+(?:${words.seasons.join('|')})$`, 'iu') : undefined;
  }

  refine({ text, published }: SentenceContext, results: ParsingResult[]): ParsingResult[] {
    const habitual = new Set<ParsingResult>();
    let listed: { end: number; direction: Direction; date: CalendarDate } | undefined;
    // The sentence's verbs, read once and only for a sentence that has a date left open.
    let tenseAt: ((start: number, end: number) => Tense) | undefined;
    for (const result of results) {
      const { start } = result;
      const open = start.isCertain('weekday') && !start.isCertain('day');
      const yearless = start.isCertain('month') && !start.isCertain('year');
      if (!open && !yearless) continue;
      const end = result.index + result.text.length;
      const told: Direction = this.previous.test(result.text)
        ? 'last'
        : this.next.test(result.text)
          ? 'next'
          : (tenseAt ??= this.readTense(text))(result.index, end);
      // "Depuis mars" in the present is a time before, lasting until now; "estará abierta desde marzo" is
      // "from" March ahead.
      const untilNow = told === 'unknown' && this.since?.test(result.text);
      const stated = untilNow ? 'past' : told;
      // "para sábado", "pour samedi", "per Pentecoste", "für Samstag": the day a forecast or a schedule is
      // for lies ahead; a month is not ("os números de emprego para janeiro" are January's).
      const direction = (open || start.isCertain('day')) && this.ahead.test(result.text) && stated !== 'last' ? 'future' : stated;
      if (open) {
        const follows = listed && LISTED.test(text.slice(listed.end, result.index)) ? listed : undefined;
        const weekdayDirection = follows ? follows.direction : direction;
        const weekend = start.tags().has(WEEKEND_TAG);
        const date =
          follows && weekdayDirection !== 'past' && weekdayDirection !== 'last'
            ? resolveWeekday(follows.date, start.get('weekday')!, 'next')
            : // "ce week-end", "este fin de semana" with no tense: the one of publication's week.
              weekend && weekdayDirection === 'unknown' && this.current.test(result.text)
              ? addDays(published, 5 - ((weekdayOf(published) + 6) % 7))
              : resolveWeekday(published, start.get('weekday')!, weekdayDirection);
        listed = { end, direction: weekdayDirection, date };
        start.assign('year', date.year).assign('month', date.month).assign('day', date.day);
        // The weekend closes on its Sunday; "de lundi à mardi", "von Montag bis Mittwoch" on the next such day.
        const { end: until } = result;
        const endWeekday = weekend ? 0 : until?.isCertain('weekday') && !until.isCertain('day') ? until.get('weekday')! : undefined;
        if (endWeekday !== undefined) {
          const last = addDays(date, (endWeekday - start.get('weekday')! + 7) % 7 || 7);
          result.end = (until ?? start.clone()).assign('weekday', endWeekday).assign('year', last.year).assign('month', last.month).assign('day', last.day);
        }
        continue;
      }
      const month = start.get('month')!;
      const day = start.isCertain('day') ? start.get('day')! : 1;
      const granularity = start.isCertain('day') ? 'day' : periodOf(start).granularity;
      // News reports quarters it has results for: "el tercer trimestre" is the latest one begun, and the
      // one before the current one stays so whatever the tense ("espera um prejuízo para o terceiro
      // trimestre", in October). An earlier one the verb looks ahead to is next year's ("se votará en
      // el segundo trimestre", written in November); its results stay its own ("les résultats du
      // deuxième trimestre seront publiés").
      if (granularity === 'quarter') {
        const inYear = (year: number): Period => ({ granularity, date: { year, month, day: 1 } });
        const latest = chooseYear(published, inYear, 'past')!;
        const ahead = direction === 'future' && toDayNumber(published) - periodBounds(latest)[1] > QUARTER_DAYS && !this.genitive.test(text.slice(Math.max(0, result.index - 4), result.index + 4));
        assignPeriod(start, ahead ? chooseYear(published, inYear, 'future')! : latest);
        continue;
      }
      // "la demande augmente en été": a season in the present tense, with nothing to make it one, is any year's.
      if (granularity === 'season' && direction === 'unknown' && this.bareSeason?.test(result.text)) {
        habitual.add(result);
        continue;
      }
      // "dimanche 29 août": of the years near publication, those where that day is that weekday.
      const weekday = start.isCertain('weekday') && granularity === 'day' ? start.get('weekday') : undefined;
      const fits = (year: number) => isValidCalendarDate(year, month, day) && (weekday === undefined || weekdayOf({ year, month, day }) === weekday);
      // Only a day written out, or a month's edge ("a fine giugno", "até meados de novembro"), is a deadline
      // or a date set: "Im März stieg die Zahl", published in February, is last March, and "Nochevieja
      // terminó mal", in November, last New Year's Eve.
      const set = granularity === 'day' ? !start.tags().has(HOLIDAY_NAME_TAG) : this.edge.test(result.text);
      // "fijado hasta Navidad", written in December: a limit set in the past is the nearest such day.
      const yearDirection = this.bound.test(result.text) && stated === 'past' ? 'unknown' : direction;
      // A movable feast falls on another day each year: "Pâques", written in May, is this spring's.
      const feast = daysAfterEaster(start.tags());
      const candidate = (year: number) =>
        feast !== undefined ? { granularity, date: addDays(easter(year), feast) } : fits(year) ? { granularity, date: { year, month, day } } : undefined;
      // "este invierno", "cet été", "neste verão": this year's season whatever the tense ("lo que podría
      // ocurrir este invierno", written in September, is the coming one).
      const period = granularity === 'season' && this.current.test(result.text) ? currentSeason(published, candidate) : chooseYear(published, candidate, yearDirection, set);
      if (period) assignPeriod(start, period);
      // "La fábrica abrió en 1923. El 4 de mayo, los obreros...": a past date the text gave no year may
      // take a history passage's (discourse.ts), as in English; what has lasted until now is the news's own.
      if ((direction === 'past' || direction === 'unknown') && !untilNow) start.addTag(OPEN_YEAR_TAG);
    }
    return habitual.size > 0 ? results.filter((result) => !habitual.has(result)) : results;
  }
}

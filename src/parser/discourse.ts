/**
 * What the article is talking about so far. Business news reports a quarter and then refers back to it:
 * "the quarter", "the latest period", "a year earlier" (the same quarter a year before), "the 1988
 * period". TimeML annotates these at quarter precision, and so does a careful reader. Narrative refers
 * back to the last date told: "that day", "later that year", "the following month". And a history
 * passage keeps its own year: "The mill opened in 1923. On May 4, its workers walked out" is May 4, 1923,
 * while news that names an old year in passing ("took power in 1959") goes on in its own.
 */
import { addMonths, isValidCalendarDate, periodBounds, quarterOf, toDayNumber, type CalendarDate, type Period } from '../model/calendar.js';
import { ANCHORED_IN_SENTENCE_TAG, ANCHORED_TAG, countFrom, NARRATIVE_TAG, type Offset } from './offsets.js';
import { focusKindOf } from './focus-tags.js';
import { OPEN_YEAR_TAG } from './offsets.js';

/**
 * A year this far before publication, named outright, moves the story into a history passage ("The mill
 * opened in 1923."); a nearer one is the news's own background ("charged in 2023").
 */
const HISTORY_YEARS = 2;



/** The last quarter that has ended by publication: what "the quarter" means when none was named. */
export function lastCompletedQuarter(published: CalendarDate): CalendarDate {
  const previous = addMonths({ ...published, day: 1 }, -3);
  return { year: previous.year, month: (quarterOf(previous.month) - 1) * 3 + 1, day: 1 };
}

/** Where an expression stands, as far as a history passage is concerned. */
export interface Mention {
  /**
   * Whether the words name the year, and how: `'sets-time'` for a time adverbial of its own ("In 1923,
   * the mill opened", "opened in 1923", "on May 4, 1923"), `'named'` for any other mention ("since
   * 1980", "the 1987 crash"), `'none'` when the year was left out or is counted.
   */
  year: 'none' | 'named' | 'sets-time';
  /**
   * It stands where a narrative's next step does: opening its sentence ("On May 4, its workers walked
   * out") or right after "when" ("in 1972, when on Aug. 9 the levee broke").
   */
  joinsPassage: boolean;
  /** A count of units from a point ("six weeks later", "dos años después"), when the words are one. */
  offset?: Offset;
}

export interface Discourse {
  /** A new sentence begins: the year a history passage gave the last one's dates stays with them. */
  startSentence(): void;
  /** The period an expression names given what came before; undefined when it names nothing. */
  resolve(tags: Set<string>, period: Period, mention: Mention): Period | undefined;
}

/** The period in another year, keeping month and day; undefined when that day does not exist there (Feb. 29). */
function inYear(period: Period, year: number): Period | undefined {
  const { month, day } = period.date;
  return isValidCalendarDate(year, month, day) ? { ...period, date: { ...period.date, year } } : undefined;
}

export function createDiscourse(published: CalendarDate): Discourse {
  let focus: CalendarDate | undefined;
  let last: Period | undefined;
  // The year of the history passage the text is in, if any: the last year named outright, long enough
  // before publication, with no expression counted from publication since.
  let passageYear: number | undefined;
  // Dated sentences since the passage's year was last named or given: it carries to the next one only.
  // News names an old year in passing ("took power in 1959") and goes on in its own year.
  let passageAge = 0;
  // Years the passage moved a date of this sentence by, for the offsets counted from it.
  let shift = 0;
  // This sentence's time was counted on in the passage ("Two years later, its workers struck on May
  // 4"): its dates without a year are in that year wherever they stand.
  let counted = false;
  const publishedDay = toDayNumber(published);
  const quarter = (date: CalendarDate): Period => ({ granularity: 'quarter', date });
  const yearBefore = (date: CalendarDate) => addMonths(date, -12);
  return {
    startSentence() {
      shift = 0;
      counted = false;
      if (++passageAge > 1) passageYear = undefined;
    },
    resolve(tags, period, { year, joinsPassage, offset: words }) {
      const kind = focusKindOf(tags);
      if (kind === undefined) {
        // Offsets that count from an event ("the day before", "two days later", "A century earlier, ...")
        // go on from the story's last date unless their own sentence dated them: never from publication.
        const fromStory = !tags.has(ANCHORED_IN_SENTENCE_TAG) && (tags.has(NARRATIVE_TAG) || tags.has(ANCHORED_TAG));
        const offset = fromStory ? words : undefined;
        let told = period;
        if (offset && last) {
          told = countFrom(last.date, offset);
          // Six weeks after a year is still only that year.
          if (last.granularity === 'year') told = { granularity: 'year', date: { year: told.date.year, month: 1, day: 1 } };
          // Counted from the passage, it goes on with it, in the year it reached.
          if (passageYear !== undefined) {
            passageAge = 0;
            passageYear = told.date.year;
            counted = true;
          }
        }
        if (tags.has(OPEN_YEAR_TAG)) {
          // "The mill opened in 1923. On May 4, its workers walked out": May 4 of 1923. A date elsewhere
          // in a sentence ("who was rescued Nov. 25", "a program approved in 1987 ... had bought shares
          // through Sept. 29") is the news's own.
          const moved = passageYear !== undefined && (joinsPassage || counted) ? inYear(told, passageYear) : undefined;
          if (moved) {
            shift = moved.date.year - told.date.year;
            told = moved;
            passageAge = 0;
          }
        } else if (tags.has(ANCHORED_IN_SENTENCE_TAG)) {
          // "six weeks later", counted from a date the passage moved.
          if (shift !== 0) told = inYear(told, told.date.year + shift) ?? told;
        } else if (year === 'sets-time') {
          passageYear = told.date.year <= published.year - HISTORY_YEARS ? told.date.year : undefined;
          passageAge = 0;
        } else if (year === 'none' && !offset) {
          // "on Tuesday", "last week": counted from publication, the story is back in the present.
          passageYear = undefined;
        }
        // Earnings news reports the latest quarter that has ended; one still running or ahead is a
        // forecast, and an earlier one a comparison ("after a flat second quarter").
        if (told.granularity === 'quarter' && periodBounds(told)[1] < publishedDay && !(focus && toDayNumber(told.date) < toDayNumber(focus))) {
          focus = told.date;
        }
        last = told;
        return told;
      }
      // "that day" after "in 1987" names no day of it.
      if (kind.startsWith('that-')) return last && (last.granularity !== 'year' || kind === 'that-year') ? { granularity: kind.slice(5) as Period['granularity'], date: last.date } : undefined;
      switch (kind) {
        case 'the-day':
          return { ...period, date: last && (last.granularity === 'day' || last.granularity === 'time') ? last.date : published };
        case 'in-that-year':
          // "That October" goes on with the story's year: it is the last date told now.
          if (!last) return undefined;
          passageAge = 0;
          // "On May 4 of that year ... six weeks later": offsets counted from it move with it.
          shift = last.date.year - period.date.year;
          return (last = { ...period, date: { ...period.date, year: last.date.year } });
        case 'quarter':
          return quarter(focus ?? lastCompletedQuarter(published));
        case 'current-quarter':
          return quarter(focus ?? published);
        case 'period':
          return focus && quarter(focus);
        case 'year-ago-quarter':
          return quarter(yearBefore(focus ?? lastCompletedQuarter(published)));
        case 'year-ago':
          return focus ? quarter(yearBefore(focus)) : period;
        default:
          return focus ? quarter({ ...focus, year: Number(kind) }) : period;
      }
    },
  };
}

/**
 * A language's grammar built from its vocabulary (vocabulary.ts): chrono-node's casual grammar of the
 * language, with our parsers for what news writes and chrono-node misses or misreads (relative weeks,
 * months, quarters and years, counts back, quarters by ordinal, bare years), and the dates it leaves
 * open placed by the sentence's tense. The prefilter, the dateline and the boilerplate come from the
 * same words.
 */
import type { Parser } from 'chrono-node';
import { Chrono, ParsingComponents, ParsingResult } from 'chrono-node/en';
import { dropsBareYears } from '../../chrono-probes.js';
import { registerLocale, type Language, type Locale } from '../../locale.js';
import { registerFunctionWords } from '../../../model/function-words.js';
import { mentionReader } from '../../mention.js';
import { fixesADate } from '../../reference.js';
import { ResultCapRefiner } from '../../refiners/result-cap-refiner.js';
import type { SentenceRefiner } from '../../refiners/sentence-refiner.js';
import { inBatches, readStretches, tokensBySentence } from '../../stretches.js';
import { BareYearParser } from './bare-year-parser.js';
import { clauseTitler } from './clause-title.js';
import { DayListParser } from './day-list-parser.js';
import { dayPartReader } from './day-part.js';
import { expressionWidener } from './expression-edges.js';
import { FocusParser } from './focus-parser.js';
import { HolidayNameParser } from './holiday-name-parser.js';
import { MonthNameParser } from './month-name-parser.js';
import { nonEventFilter } from './non-events.js';
import { OpenDateRefiner } from './open-date-refiner.js';
import { sentenceSplitter } from './ordinal-days.js';
import { offsetReader, OffsetParser } from './offset-parser.js';
import { OrdinalQuarterParser } from './ordinal-quarter-parser.js';
import { publicationDayParser } from './publication-day-parser.js';
import { RelativeUnitParser } from './relative-unit-parser.js';
import { SamePeriodParser } from './same-period-parser.js';
import { SeasonNameParser } from './season-name-parser.js';
import { ShortYearParser } from './short-year-parser.js';
import { verbTenseReader } from './verb-tense.js';
import { WeekdayPartParser } from './weekday-part-parser.js';
import { WeekendParser } from './weekend-parser.js';
import type { Vocabulary } from './vocabulary.js';
import { WORD_END, WORD_START } from './word-pattern.js';

// Numeric dates with a year: "15/05/99", "15.05.1999"; a bare "5/8" is a fraction.
const NUMERIC_DATE = '\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}';

function tokenPattern(words: Vocabulary): RegExp {
  const compounds = words.dayParts ? [`(?:${words.weekdays.join('|')})(?:${words.dayParts})`] : [];
  const named = [...words.months, ...words.seasons, ...words.weekdays, ...compounds, ...Object.values(words.units), words.days, ...words.twoDays, words.todayParts ?? '(?!)', words.current, ...Object.keys(words.holidays), ...Object.keys(words.movableFeasts ?? {}), words.weekend ?? '(?!)'];
  const shortYears = words.shortYearBefore ? `|${WORD_START}(?:${words.shortYearBefore}|${words.shortYearNouns ?? '(?!)'})['\u2019]?\\s*\\d\\d(?!\\d)` : '';
  return new RegExp(`${WORD_START}(?:${named.join('|')})${WORD_END}|${NUMERIC_DATE}|\\d{4}${shortYears}`, 'giu');
}

/** "MADRID, 16 feb (EFE) -", "PARÍS, 16 février (AFP) -", "Berlin, 16. Februar (dpa) -". */
function datelinePattern(words: Vocabulary): RegExp {
  const month = `(?:${words.months.join('|')})\\.?`;
  const day = `\\d{1,2}\\.?`;
  return new RegExp(
    `^\\p{Lu}[\\p{L}.'\\u2019-]+(?:[ ,]+\\p{Lu}[\\p{L}.'\\u2019-]*){0,4}\\s*,\\s*(?:${day}\\s+(?:de\\s+)?${month}|${month}\\s+${day})(?:\\s+(?:de\\s+)?\\d{4})?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:-{1,2}|\\u2013|\\u2014)\\s*`,
    'iu',
  );
}

// A wire service's slug glued to its filing date, as its header and trailer lines carry it
// ("AP-NY-02-13-98 1435EST", "WSJ891102-0188"): codes, not prose, in any language. Matched as written:
// a lower-case word glued to digits is no slug.
const WIRE_CODE = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:-\d\d-\d\d-\d\d|\d{6})(?![\p{L}\p{N}])/u;

function boilerplatePattern(words: Vocabulary): RegExp {
  const opening = [...words.months, ...words.weekdays].join('|');
  return new RegExp(
    `^\\s*(?:copyright${WORD_END}|\\(c\\)|©)|${WORD_START}(?:${words.rights})${WORD_END}|^\\s*(?:${words.stamp})(?:\\s*:)?\\s+(?:\\p{L}{1,3}\\s+)?\\P{L}{0,4}(?:\\d|${opening})`,
    'iu',
  );
}

/**
 * "Par Jean Dupont, le 26 novembre 2026": an author's name and the day the story ran. Matched as written,
 * since only capitals tell a name ("Par la suite, le 12 mars" is none).
 */
function bylinePattern(words: Vocabulary): RegExp {
  return new RegExp(`^\\s*(?:${words.byline})\\s+\\p{Lu}\\p{Ll}+(?:[\\s-]+\\p{Lu}\\p{Ll}+){1,3}\\s*[,|/][^\\d\\n]{0,20}\\d`, 'u');
}

/**
 * One of chrono-node's parsers, giving only readings that fix a date: its clock-time readings of bare
 * numbers ("de 18 millones", "à 2019") would otherwise win over our year on the same words, and a clock
 * time alone places no event anyway (see non-events.ts).
 */
function datesOnly(parser: Parser, weekend: RegExp): Parser {
  return {
    pattern: (context) => parser.pattern(context),
    extract(context, match) {
      // "il prossimo fine settimana" is no Saturday alone: ours is the whole weekend.
      if (weekend.test(match[0])) return null;
      const read = parser.extract(context, match);
      if (!read) return read;
      const components = read instanceof ParsingResult ? read.start : read instanceof ParsingComponents ? read : undefined;
      return !components || fixesADate(components) ? read : null;
    },
  };
}

// How far before a date its clause's "then" word may stand.
const THEN_REACH = 80;

/**
 * `mentionOf`, with a date after a "then" word of its clause ("damals stimmte ... im September zu")
 * joining the passage, and a year right after one of `yearVerbs` setting its clause's time.
 */
function passageReader(words: Vocabulary, mentionOf: Locale['mentionOf']): Locale['mentionOf'] {
  const then = new RegExp(`${WORD_START}(?:${words.then ?? '(?!)'})${WORD_END}[^;]*$`, 'iu');
  const verb = new RegExp(`${WORD_START}(?:${words.yearVerbs ?? '(?!)'})\\s+$`, 'iu');
  return (text, result) => {
    const mention = mentionOf(text, result);
    const before = text.slice(Math.max(0, result.index - THEN_REACH), result.index);
    return { ...mention, joinsPassage: mention.joinsPassage || then.test(before), year: mention.year === 'named' && verb.test(before) ? 'sets-time' : mention.year };
  };
}

function localeFrom(words: Vocabulary): Locale {
  const years = new BareYearParser();
  const weekend = new RegExp(words.weekend ?? '(?!)', 'iu');
  const chrono = new Chrono({
    // Ours first: on equal spans their reading wins ("la semaine dernière" is a week, not a day).
    parsers: [
      new RelativeUnitParser(words),
      new OrdinalQuarterParser(words),
      new OffsetParser(words),
      ...(words.samePeriod ? [new SamePeriodParser(words, words.samePeriod)] : []),
      new FocusParser(words),
      new MonthNameParser(words),
      new SeasonNameParser(words),
      new DayListParser(words),
      ...(words.dayParts ? [new WeekdayPartParser(words.weekdays, words.dayParts)] : []),
      ...(words.weekend ? [new WeekendParser(words.weekend)] : []),
      new HolidayNameParser(words),
      publicationDayParser([[words.todayParts ?? '(?!)', 0], [words.lastNight ?? '(?!)', -1], [words.twoDays[0], -2], [words.twoDays[1], 2]]),
      ...(words.shortYearBefore ? [new ShortYearParser(words)] : []),
      ...words.chrono.parsers.map((parser) => datesOnly(parser, weekend)),
      years,
    ],
    refiners: [new ResultCapRefiner(), ...words.chrono.refiners.filter((refiner) => !dropsBareYears(refiner, years))],
  });
  const grammar = inBatches(chrono);
  const openDates = new OpenDateRefiner(words, verbTenseReader(words));
  const isNonEvent = nonEventFilter(words);
  const widen = expressionWidener(words);
  // What needs the whole sentence: its words around each result, and its verbs.
  const sentenceRefiner: SentenceRefiner = {
    refine(sentence, results) {
      const events = results.filter((result) => !isNonEvent(sentence.text, result));
      for (const result of events) widen(sentence.text, result);
      // A reading inside the one before it, once widened, is part of it ("la nuit de lundi à mardi").
      let reach = 0;
      const apart = events.filter((result) => result.index >= reach && (reach = result.index + result.text.length) > 0);
      return openDates.refine(sentence, apart);
    },
  };
  const tokens = tokenPattern(words);
  const dateline = datelinePattern(words);
  const boilerplate = boilerplatePattern(words);
  const byline = bylinePattern(words);
  return {
    sentences: sentenceSplitter(words.months),
    dateTokens: tokensBySentence(tokens),
    parseSentences: (sentences, tokens, published) => readStretches(sentences, tokens, published, () => grammar, [sentenceRefiner]),
    isBoilerplate: (sentence) => boilerplate.test(sentence) || byline.test(sentence) || WIRE_CODE.test(sentence),
    datelineEnd: (sentence) => dateline.exec(sentence)?.[0].length ?? 0,
    mentionOf: passageReader(words, mentionReader(words.mention, offsetReader(words).read)),
    dayPart: dayPartReader(words.parts),
    title: clauseTitler(words),
  };
}

/** Registers a language: its grammar, built from its words, and its function words for the story merge. */
export function registerVocabulary(language: Language, words: Vocabulary): void {
  registerLocale(language, localeFrom(words));
  registerFunctionWords(language, new Set(words.functionWords.split(' ')));
}

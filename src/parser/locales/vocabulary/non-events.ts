import type { ParsingResult } from 'chrono-node';
import { fixesADate } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { WORD_END, WORD_START } from './word-pattern.js';

/**
 * What chrono-node's grammars of other languages return that places no event: "ahora" (the present),
 * "hoy en día" (the present age), a count from an event ("dos años después de la guerra"), spans of
 * time ("de seis meses", "durante 34 años", "die kommenden Tage"), a vague count ("il y a quelques
 * mois"), a clock time or bare number read as one ("de 18 millones", "de 22 h"), a day part alone ("la
 * tarde"), a month or weekday abbreviation alone ("Mar" in "Santa Maria del Mar", the Portuguese verb
 * "ter" read as "terça", the German "so" as Sonntag), a match inside a word ("Mar" of "María": their
 * patterns know only ASCII word edges), and each language's false friends ("por la
 * mañana" is the morning, not tomorrow). A recurring weekday ("cada martes") is a set, an
 * ordinal that is also a weekday ("a segunda maior") counts, and a street may bear a date ("via XX
 * Settembre"). A number glued to a decimal ("6.4 di maggio") or before a counted noun ("1600 addetti",
 * "febbraio 1026 miliardi") is a quantity, and a numeric date with more groups of digits after it ("au
 * 03.29.88.43.12") a telephone number.
 */
// A time of day and at most two words before it: "de 22 h", "alle 16", "a las 10.30".
const CLOCK_ALONE = /^(?:\p{L}+\s+){0,2}\d{1,2}(?:\s*[h:.]\s*\d{2}|\s*h)?$/iu;

export function nonEventFilter(words: Vocabulary): (sentence: string, result: ParsingResult) => boolean {
  const count = `(?:\\d{1,3}|${Object.keys(words.numbers).join('|')})`;
  const unit = Object.values(words.units).join('|');
  const now = new RegExp(`^(?:${words.now})$`, 'iu');
  const span = new RegExp(`^(?:\\p{L}+\\s+){0,2}${count}\\s+(?:${unit})$`, 'iu');
  const plural = new RegExp(`${WORD_START}(?:${words.plurals})${WORD_END}`, 'iu');
  const vague = words.few ? new RegExp(`${WORD_START}(?:${words.few})\\s+(?:${unit})${WORD_END}`, 'iu') : undefined;
  const counted = new RegExp(`\\d|${WORD_START}(?:${Object.keys(words.numbers).join('|')})${WORD_END}`, 'iu');
  const ago = words.agoBefore ? new RegExp(`^(?:${words.agoBefore})\\s`, 'iu') : undefined;
  const abbreviation = /^\p{L}{2,3}\.?$/u;
  // "Mai", "mai": three letters, and the month's full name.
  const fullName = new RegExp(`^(?:${[...words.months, ...words.weekdays].map((forms) => forms.split('|')[0]).join('|')})$`, 'iu');
  const countAfter = new RegExp(`^\\s+(?:(?:a|e|y|et|und|-)\\s+\\d+\\s+)?(?:${words.countNouns})`, 'iu');
  const every = new RegExp(`(?:^|[^\\p{L}])(?:${words.every})\\s+$`, 'iu');
  const ordinal = words.weekdayOrdinals ? new RegExp(`(?:^|[^\\p{L}-])(?:${words.weekdayOrdinals})$`, 'iu') : undefined;
  // What may follow a weekday: a function word ("na quinta os ministros"), a list ("segunda e terça"), a modifier.
  const weekdayFollower = new RegExp(`^(?:${[...words.functionWords.split(' '), words.and, words.previous, words.next].join('|')})$`, 'iu');
  const countsWord = (rest: string) => {
    const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(rest)?.[1];
    return next !== undefined && !weekdayFollower.test(next);
  };
  // A street named for a date: "via XX Settembre", "via 4 novembre", "rua 25 de Abril", "rue du 4 Septembre".
  const street = words.streets ? new RegExp(`(?:^|[^\\p{L}])(?:${words.streets})\\s+(?:\\p{L}{2,3}\\s+)??(\\p{L}+\\s+)?$`, 'iu') : undefined;
  const isStreet = (before: string, text: string) => {
    const name = street?.exec(before);
    // The day is in the match ("4 novembre") or before it as a Roman numeral ("XX").
    return !!name && (/^\d/.test(text) || /^[IVXL]+\s+$/.test(name[1] ?? ''));
  };
  const nowadays = words.nowadays ? new RegExp(`^(?:${words.nowadays})${WORD_END}`, 'iu') : undefined;
  const falseFriend = words.falseFriends ? new RegExp(`(?:${words.falseFriends})$`, 'iu') : undefined;
  // "vinte anos depois de os primeiros astronautas...", "due anni dopo la guerra": a count from an event
  // the text does not date.
  const countedFromEvent = words.pointAfter ? new RegExp(`${WORD_START}(?:${words.later}|${words.earlier})$`, 'iu') : undefined;
  const point = new RegExp(`^\\s+(?:${words.pointAfter ?? '(?!)'})${WORD_END}`, 'iu');
  return (sentence, result) => {
    const text = result.text.trim();
    const end = result.index + result.text.length;
    if (/\p{L}/u.test(sentence.charAt(result.index - 1)) || /\p{L}/u.test(sentence.charAt(end)) || /\d[.,]$/.test(sentence.slice(0, result.index))) return true;
    // "au 03.29.88.43.12": more groups of digits after it make a telephone number or a code.
    if (/\d[./-]\d/.test(text) && /^[./-]\d/.test(sentence.slice(end))) return true;
    if (/\d{4}$/.test(text) && countAfter.test(sentence.slice(end))) return true;
    if (countedFromEvent?.test(text) && point.test(sentence.slice(end))) return true;
    if (now.test(text) || nowadays?.test(sentence.slice(result.index)) || (span.test(text) && !ago?.test(text)) || (plural.test(text) && !counted.test(text)) || vague?.test(text)) return true;
    // A clock time alone ("a las 10", "de 13 h") is no date, and most such readings are counts; chrono-node's
    // French reads "de 22 h" as certain of the day it was given.
    if (!fixesADate(result.start) || (result.start.isCertain('hour') && CLOCK_ALONE.test(text))) return true;
    const { start } = result;
    // So is midnight or noon without a day ("cerró a medianoche"), which chrono-node may place tomorrow
    // ("heute Mittag" has its day).
    const tags = [...start.tags()].join();
    if (/\/(?:midnight|noon)/.test(tags) && !/\/(?:today|yesterday|tomorrow|tonight)/.test(tags) && !start.isCertain('weekday') && !/\d/.test(text)) return true;
    const nameAlone = (start.isCertain('month') || start.isCertain('weekday')) && !start.isCertain('day') && !start.isCertain('year');
    if (nameAlone && abbreviation.test(text) && !fullName.test(text)) return true;
    if (start.isCertain('weekday') && !start.isCertain('day') && every.test(sentence.slice(Math.max(0, result.index - 40), result.index))) return true;
    if (ordinal?.test(text) && !start.isCertain('day') && countsWord(sentence.slice(end))) return true;
    if (start.isCertain('month') && !start.isCertain('year') && isStreet(sentence.slice(Math.max(0, result.index - 40), result.index), text)) return true;
    return falseFriend !== undefined && falseFriend.test(sentence.slice(0, end));
  };
}

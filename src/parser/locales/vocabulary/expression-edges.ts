import type { ParsingResult } from 'chrono-node';
import { dayPartReader } from './day-part.js';
import { HOLIDAY_NAME_TAG } from './holiday-name-parser.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Widens an expression over the words that belong to it: the article and preposition before it ("el
 * lunes", "en el tercer trimestre", "am Montag", "para el sábado"), a month's edge ("a fine giugno") and
 * a modifier on either side ("el pasado martes", "na terça-feira passada"), without the comma chrono-node
 * may take after it. The title then loses the whole phrase, not leave "se reunió el y ...", and the
 * open-date refiner sees the modifier and the edge.
 */
export function expressionWidener(words: Vocabulary): (sentence: string, result: ParsingResult) => void {
  // A part of the day before its day joins it too: "la noche del viernes", "la nuit du 4 août".
  const leading = `${words.determiners}|${words.mention.setting}|${words.current}|${words.previous}|${words.next}|${words.ahead}|${words.bounds}|${words.partsBefore ?? '(?!)'}`;
  const lead = new RegExp(`(?:^|[^\\p{L}])((?:${leading})\\s*)$`, 'iu');
  // A limit or a look ahead opens the phrase: before "ab dem 1. Januar", "das" is a relative pronoun.
  const outermost = new RegExp(`^(?:${words.ahead}|${words.bounds})\\s*$`, 'iu');
  // German "der" before "im Frühjahr" is a relative pronoun: an article goes before its noun, not a preposition.
  const pronoun = words.clauses.pronouns ? new RegExp(`^(?:${words.clauses.pronouns})\\s*$`, 'iu') : undefined;
  const preposition = new RegExp(`^(?:${words.mention.setting}|${words.ahead}|${words.bounds})\\s`, 'iu');
  // A year or a month alone also takes the word that joins it to what it dates ("la ley, de 1994, ...")
  // and the edge it is named at: "a fine giugno", "a finales de enero", "a principios de 2019".
  const periodLead = new RegExp(`(?:^|[^\\p{L}])((?:${leading}|${words.edges}|${words.ofYear})\\s*)$`, 'iu');
  // A holiday takes the preposition it is named with: "à Pâques", "zu Pfingsten", "por Navidad".
  const holidayLead = words.holidayBefore ? new RegExp(`(?:^|[^\\p{L}])((?:${leading}|${words.holidayBefore})\\s*)$`, 'iu') : lead;
  // Italian copy without accented letters writes "venerdi' scorso": the apostrophe is the weekday's accent.
  const trail = new RegExp(`^(?:['\u2019](?![\\p{L}]))?(?:\\s+(?:${words.previous}|${words.next})(?![\\p{L}\\p{N}]))?`, 'iu');
  // "lundi soir", "hier soir", "el lunes por la noche": the part of the day goes with its day, not into the title.
  const dayPart = words.weekdayParts ? new RegExp(`^\\s+(?:${words.weekdayParts})(?![\\p{L}\\p{N}])`, 'iu') : undefined;
  const partOf = dayPartReader(words.parts);
  const nightEnd = new RegExp(`^\\s+(?:${words.and}|al|à|a|au|para|auf)\\s+(?:${words.weekdays.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  const nightBefore = new RegExp(`(?:${words.nightBefore ?? '(?!)'})\\s*$`, 'iu');
  const namedDay = new RegExp(`^(?:${[words.days, ...words.twoDays].join('|')})$`, 'iu');
  return (sentence, result) => {
    const monthAlone = result.start.isCertain('month') && !result.start.isCertain('day');
    const day = result.start.isCertain('weekday') || namedDay.test(result.text);
    const before = monthAlone || /^\d{4}$/.test(result.text) ? periodLead : result.start.tags().has(HOLIDAY_NAME_TAG) ? holidayLead : lead;
    let widened = '';
    for (let step = 0; step < 3; step++) {
      const match = before.exec(sentence.slice(Math.max(0, result.index - 24), result.index));
      // "l'" joins the next word without a space; any other word needs one.
      if (!match || (!/\s$/.test(match[1]!) && !/['\u2019]$/.test(match[1]!)) || (pronoun?.test(match[1]!) && preposition.test(result.text))) break;
      result.index -= match[1]!.length;
      result.text = match[1]! + result.text;
      widened = match[1]! + widened;
      if (outermost.test(match[1]!)) break;
    }
    // chrono-node's weekday and month readings take the comma after them ("jueves,", "a marzo,").
    result.text = result.text.replace(/[\s,;:]+$/u, '');
    if (result.start.isCertain('weekday') || result.start.isCertain('month')) {
      result.text += trail.exec(sentence.slice(result.index + result.text.length))![0];
    }
    // "la nuit de lundi à mardi", "la notte tra sabato e domenica": one night, the first day's, whose
    // expression takes the second day (a reading of its own, which the caller drops as covered).
    if (partOf(widened) === 'night') {
      result.end = undefined;
      // "in der Nacht zum Dienstag" is Monday's night.
      if (nightBefore.test(widened) && result.start.isCertain('weekday')) result.start.assign('weekday', (result.start.get('weekday')! + 6) % 7);
      result.text += nightEnd.exec(sentence.slice(result.index + result.text.length))?.[0] ?? '';
    }
    if (day) result.text += dayPart?.exec(sentence.slice(result.index + result.text.length))?.[0] ?? '';
  };
}

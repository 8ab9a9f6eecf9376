import { makeTitle } from '../../title.js';
import type { Vocabulary } from './vocabulary.js';
import { WORD_END, WORD_START } from './word-pattern.js';

/**
 * Titles from the clause that holds the date, found by the words that open a clause after a comma, as
 * the English rules find theirs (title-clause.ts): "Le gouvernement a adopté mardi le budget, qui
 * entrera en vigueur le 1er janvier, et la ministre a déclaré mercredi que..." gives "Le gouvernement a
 * adopté le budget", "Le budget entrera en vigueur" and "La ministre a déclaré que...", not one sentence
 * three times, cut at a hundred characters. makeTitle then takes the date words out of the clause.
 */
const AND = 1;
const WHICH = 2;
const WHILE = 3;
const PER = 4;
// A clause needs this many words besides its date's and the function words to say what happened.
const MIN_CONTENT_WORDS = 3;
const MIN_CLAUSE_LENGTH = 12;
// How many words before a relative pronoun's comma its noun may take.
const MAX_NOUN_WORDS = 5;
// Longer than a comma, a participle and a space.
const PIECE_REACH = 40;
// "of" in the languages with relative clauses here, with its article.
const OF = /^(?:de|del|di|dei|della|delle|dello|degli|do|da|dos|das|du|des|d['\u2019]\p{L}+)$/iu;

export function clauseTitler(words: Vocabulary): (sentence: string, start: number, end: number) => string {
  const { and, which, while: subordinate, per, articles, verbLast, verbSecond } = words.clauses;
  const opener = new RegExp(`,\\s+(?:(${and})|(${which ?? '(?!)'})|(${subordinate})|(${per}))${WORD_END}\\s*`, 'giu');
  const functionWords = new Set(words.functionWords.split(' '));
  const articleSet = new Set(articles.split(' '));
  // A participle alone with its date between commas: "la réforme, annoncée en mars, sera votée".
  const participlePiece = words.participle ? new RegExp(`,\\s*(\\p{L}{3,}(?:${words.participle}))\\s+$`, 'iu') : undefined;
  // Three words of content, or two in a dozen characters ("El paro bajó"), as English asks (title-clause.ts).
  const saysEnough = (text: string) => {
    const content = (text.match(/\p{L}+/gu) ?? []).filter((word) => !functionWords.has(word.toLowerCase())).length;
    return content >= MIN_CONTENT_WORDS || (content === MIN_CONTENT_WORDS - 1 && text.trim().length >= MIN_CLAUSE_LENGTH);
  };
  // The noun a relative clause tells of: the words from its article to the comma ("le budget, qui").
  // Inside the noun only "of" may join its words ("el proyecto de presupuestos, que"): "el edificio en
  // museo, que" is no noun.
  const nounBefore = (text: string) => {
    const before = text.split(/\s+/).slice(-MAX_NOUN_WORDS);
    let article = before.length - 1;
    while (article >= 0 && !articleSet.has(before[article]!.toLowerCase().split(/['\u2019]/)[0]!)) article--;
    const noun = before.slice(article + 1);
    return article < 0 || noun.some((word) => /[,;:]/.test(word) || (functionWords.has(word.toLowerCase()) && !OF.test(word))) ? undefined : before.slice(article).join(' ');
  };
  // "Habrá reuniones el jueves y el viernes": a weekday listed with another leaves the title with it.
  const day = `(?:(?:${words.determiners})\\s+)?(?:${words.weekdays.join('|')})${WORD_END}`;
  const listedAfter = new RegExp(`^\\s*(?:${words.and})\\s+${day}`, 'iu');
  const listedBefore = new RegExp(`${WORD_START}${day}\\s+(?:${words.and})\\s+$`, 'iu');
  return (sentence, start, end) => {
    end += listedAfter.exec(sentence.slice(end, end + PIECE_REACH))?.[0].length ?? 0;
    start -= listedBefore.exec(sentence.slice(Math.max(0, start - PIECE_REACH), start))?.[0].length ?? 0;
    // What happened in March is that the reform was announced: "La réforme annoncée".
    const piece = /^\s*,/.test(sentence.slice(end)) ? participlePiece?.exec(sentence.slice(Math.max(0, start - PIECE_REACH), start)) : undefined;
    const noun = piece && nounBefore(sentence.slice(0, start - piece[0].length));
    if (noun) {
      const title = `${noun} ${piece![1]}`;
      return makeTitle(title, title.length, title.length);
    }
    let from = 0;
    let to = sentence.length;
    let kind = 0;
    let openedAt = 0;
    opener.lastIndex = 0;
    for (let match = opener.exec(sentence); match; match = opener.exec(sentence)) {
      const after = match.index + match[0].length;
      if (match.index >= end) {
        to = match.index;
        break;
      }
      if (after > start) continue;
      const type = match[1] ? AND : match[2] ? WHICH : match[3] ? WHILE : PER;
      // "El Gobierno, que preside Sánchez, aprobó el martes": a clause that closes before the date is an aside.
      const comma = sentence.indexOf(',', after);
      if ((type === WHICH || type === WHILE) && comma >= 0 && comma < start) continue;
      kind = type;
      openedAt = match.index;
      // German puts a subordinate clause's verb last: without "während" its words read as no sentence.
      from = verbLast && type === WHILE ? sentence.indexOf(match[3]!, match.index) : after;
    }
    // A relative or subordinate clause ends at its next comma ("La ley, que el Senado aprobó el martes, entrará").
    const comma = kind === WHICH || kind === WHILE ? sentence.indexOf(',', end) : -1;
    if (comma >= 0 && comma < to) to = comma;
    // "El paro bajó, según un informe publicado el viernes": the report's date is the date of what it says.
    if (kind === PER) return makeTitle(sentence.slice(0, openedAt), openedAt, openedAt);
    let text = sentence.slice(from, to);
    let shift = from;
    if (kind === WHICH) {
      const noun = nounBefore(sentence.slice(0, openedAt));
      if (noun === undefined) return makeTitle(sentence, start, end);
      // "que entrará en vigor" has the noun for its subject and goes without "que"; "que el Senado aprobó"
      // has a subject of its own, and keeps it.
      const rest = sentence.slice(from);
      const relative = functionWords.has(/^\p{L}*/u.exec(rest)![0].toLowerCase()) ? sentence.slice(openedAt + 1, from) : '';
      const prefix = `${noun} ${relative.trim()}`.trim() + ' ';
      text = prefix + text;
      shift -= prefix.length;
    }
    if (!saysEnough(text.slice(0, start - shift) + text.slice(end - shift))) return makeTitle(sentence, start, end);
    // German puts the verb second: without "Am Dienstag", "stellte der Senat ... vor" reads as a question;
    // so after a semicolon, a colon or a dash ("das Sudhaus brannte ab; zwei Jahre später wurde wieder gebraut").
    if (verbSecond && start === from) return makeTitle(text, 0, 0);
    if (verbSecond && /(?:[;:]|\s[-\u2013\u2014])\s*$/.test(sentence.slice(from, start))) return makeTitle(sentence.slice(start, to), 0, 0);
    return makeTitle(text, start - shift, end - shift);
  };
}

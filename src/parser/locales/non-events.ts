import type { ParsingResult } from 'chrono-node';
import { fixesADate } from '../reference.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * What chrono-node's grammars of other languages return that places no event: "ahora" (the present),
 * spans of time ("de seis meses", "durante 34 años"), bare numbers read as hours ("de 18 millones"),
 * a day part alone ("la tarde"), a month abbreviation alone ("Mar" in "Santa Maria del Mar"), a match
 * inside a word ("Mar" of "María": their patterns know only ASCII word edges), and each language's false
 * friends ("por la mañana" is the morning, not tomorrow).
 */
export function nonEventFilter(words: Vocabulary): (sentence: string, result: ParsingResult) => boolean {
  const count = `(?:\\d{1,3}|${Object.keys(words.numbers).join('|')})`;
  const unit = Object.values(words.units).join('|');
  const now = new RegExp(`^(?:${words.now})$`, 'iu');
  const span = new RegExp(`^(?:\\p{L}+\\s+){0,2}${count}\\s+(?:${unit})$`, 'iu');
  const ago = words.agoBefore ? new RegExp(`^(?:${words.agoBefore})\\s`, 'iu') : undefined;
  const clock = /\d\s*(?::|h\b|[.,]\d\d\b)|\d\s*[ap]\.?\s?m\b/iu;
  const monthAbbreviation = /^\p{L}{3}\.?$/u;
  const falseFriend = words.falseFriends ? new RegExp(`(?:${words.falseFriends})$`, 'iu') : undefined;
  return (sentence, result) => {
    const text = result.text.trim();
    const end = result.index + result.text.length;
    if (/\p{L}/u.test(sentence.charAt(result.index - 1)) || /\p{L}/u.test(sentence.charAt(end))) return true;
    if (now.test(text) || (span.test(text) && !ago?.test(text))) return true;
    if (!fixesADate(result.start) && !clock.test(text)) return true;
    if (result.start.isCertain('month') && !result.start.isCertain('day') && !result.start.isCertain('year') && monthAbbreviation.test(text)) return true;
    return falseFriend !== undefined && falseFriend.test(sentence.slice(0, end));
  };
}

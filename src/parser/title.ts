/**
 * A short headline for an event: the clause that states it, without its date words, trimmed to a
 * readable length at a word boundary.
 */
import { INVISIBLE_CHARACTER } from './normalized-text.js';
import { cutIndex } from '../model/surrogate-pairs.js';
import { dateClause } from './title-clause.js';
import { OPENING_PHRASE, isVerbLike } from './title-words.js';
import { balancePairs } from './title-pairs.js';

export const MAX_TITLE_LENGTH = 100;

// Prepositions that only introduce the date and read badly once it is gone ("said on that ...", "stayed
// closed through.", "higher than."), with the article some dates take ("by the end of the month").
const PREPOSITION = '(?:compared with|compared to|closest to|nearest to|on|in|at|since|by|during|over|from|until|till|through|throughout|to|than|before|after|between|as of|as soon as|as early as|as late as|of|for|around|about|circa|roughly|within|into)';
const DANGLING_BEFORE = new RegExp(`\\s*\\b${PREPOSITION}\\s*$`, 'i');
// Before a date that ends its phrase; before "the 1988 bombing" the article and preposition stay.
const DANGLING_BEFORE_ARTICLE = new RegExp(`\\s*\\b${PREPOSITION}\\s+(?:the|a|an)\\s*$`, 'i');
// A date followed by one of these ended its phrase ("began on a Sunday in early spring", "ends on the
// Saturday closest to", "for the quarter ended Sept. 30 was"); followed by another word it was part of a
// name ("in the 1988 bombing").
const NEXT_PHRASE = /^\s*(?:in|on|at|and|or|but|after|before|with|for|to|from|by|when|as|than|that|which|closest|nearest|was|were|is|are)\b/i;
// "testified on Monday and Tuesday, saying": with the second date gone, "and" is left hanging.
const DANGLING_CONJUNCTION = /\s+(?:and|or)\s*$/i;
// "Friday's announcement" reads "the announcement" once the day has gone.
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that)\s*$/i;
// Only the last few words can dangle; testing just them keeps the $-anchored patterns from rescanning.
const DANGLING_WINDOW = 24;
// "the quarter that ended Sept. 30 was": without its date the relative clause says nothing.
const EMPTY_RELATIVE = /\s+(?:that|which)\s+\S+ed\s*$/i;
// A participle after a noun, before its date: "A study commissioned in 2019", "A trial set for May 12".
const PARTICIPLE_AT_END = /(?<=\p{Ll}\s+)(?:\p{Ll}+(?:ed|en)|set)$/u;
const PRONOUN_FIRST = /^(?:it|he|she|they|we|i|you)\s/i;
// "The vote was on May 3." would leave "The vote was.": a copula whose complement was the date goes too,
// unless nothing but a pronoun would be left ("It was May 3").
const COPULA_AT_END = /(?<=\S)\s+(?:was|were|is|are|(?:will|would) be|ha(?:s|ve|d) been)$/i;
const PRONOUN_ALONE = /^(?:it|he|she|they|we|i|you|this|that|there)$/i;
// "The proposal, introduced in August, would": a comma piece left with one word goes with its commas,
// except the one that ends an opening phrase ("Under the agreement, announced Friday, holders").
const ONE_WORD_PIECE = /,\s*(\p{Ll}*)$/u;
const MAX_SUBJECT_WORDS = 6;
// Control and invisible format characters the matchers ignored; a title shows none of them.
const INVISIBLE = new RegExp(INVISIBLE_CHARACTER.source, 'gu');
// Titles rarely need either fix; one scan tells.
const NEEDS_CLEANING = new RegExp(`[\\t\\n\\r]|\\s\\s|${INVISIBLE_CHARACTER.source}`, 'u');

function truncate(text: string): string {
  if (text.length <= MAX_TITLE_LENGTH) return text;
  const cut = text.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
  return `${trimEnd(text.slice(0, cut > MAX_TITLE_LENGTH / 2 ? cut : cutIndex(text, MAX_TITLE_LENGTH - 1)), isTrailingJunk)}\u2026`;
}

// A loop from the end: a `$`-anchored pattern would try every position of the text.
function trimEnd(text: string, junk: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && junk(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const LEADING_JUNK = /^[\s"'`\u201C\u201D\u2018\u2019(,;:-]+/;
const isTrailingJunk = (char: string) => /[\s,;:(-]/.test(char);
const isClauseStop = (char: string) => char === ',' || char === ';' || char === ':';

/** "Atlanta, nineteen ninety-six." leaves "Atlanta,." behind: the comma goes. */
function dropStopBeforeEnd(text: string): string {
  const last = text.at(-1);
  if (last !== '.' && last !== '!' && last !== '?') return text;
  // "came to the U.S. on Monday." leaves "U.S.." behind; an ellipsis stays.
  if (last === '.' && text.endsWith('..') && !text.endsWith('...')) return text.slice(0, -1);
  return trimEnd(text.slice(0, -1), isClauseStop) + last;
}

/**
 * `before` without the words that only led up to the date: a preposition, an empty relative clause.
 * `after` tells whether the date ended its phrase.
 */
function withoutLeadIn(before: string, after: string): string {
  const tail = before.slice(-DANGLING_WINDOW);
  const endsPhrase = !/^\s*\p{L}/u.test(after) || NEXT_PHRASE.test(after);
  const dangling =
    DANGLING_BEFORE.exec(tail) ??
    (endsPhrase ? (DANGLING_BEFORE_ARTICLE.exec(tail) ?? DANGLING_CONJUNCTION.exec(tail)) : null) ??
    EMPTY_RELATIVE.exec(tail);
  return (dangling ? before.slice(0, -dangling[0].length) : before).trimEnd();
}

/** A few words with no verb and no comma: the subject a parenthetical participle follows. */
function isSubject(text: string): boolean {
  const words = text.split(' ');
  return words.length <= MAX_SUBJECT_WORDS && !text.includes(',') && !OPENING_PHRASE.test(text) && !words.some(isVerbLike);
}

/**
 * How far either side of the date words a title looks. extractEvents cuts sentences at 2,000 characters;
 * a caller's longer text is read only this far, so that a title's cost stays bounded by it.
 */
const TITLE_CONTEXT = 2000;

/** `start`/`end` locate the date words inside `sentence`. */
export function makeTitle(sentence: string, start: number, end: number): string {
  const from = Math.max(0, start - TITLE_CONTEXT);
  const to = Math.min(sentence.length, end + TITLE_CONTEXT);
  if (from > 0 || to < sentence.length) return makeTitle(sentence.slice(from, to), start - from, end - from);
  const clause = dateClause(sentence, start, end);
  const dateWords = clause.text.slice(clause.start, clause.end);
  const rest = clause.text.slice(clause.end);
  const possessive = /^['\u2019]s\b/.test(rest);
  let before = clause.text.slice(0, clause.start);
  let after = possessive ? rest.slice(2).trimStart() : rest.trimStart();
  // "the impact on fourth-quarter results": a date that describes a noun keeps its preposition.
  const describesNoun = /-\p{L}+$/u.test(dateWords) && /^\p{L}/u.test(after);
  const tail = before.slice(-DANGLING_WINDOW);
  // "what 1890 looks like", "In a 2018 interview": a year inside a noun phrase stays, but after "the"
  // ("the 1988 bombing") it is left out.
  if (/^\d{4}$/.test(dateWords) && /^\p{Ll}/u.test(after) && !/\bthe\s*$/i.test(tail) && !DANGLING_BEFORE.test(tail)) before += dateWords;
  else if (possessive) {
    if (!DETERMINER_BEFORE.test(tail)) before = `${before.trimEnd()} the`.trimStart();
  } else if (!describesNoun) before = withoutLeadIn(before, after);
  // "A study commissioned in 2019 had warned": without its date the participle says nothing.
  const participle = isVerbLike(/^\S*/.exec(after)![0]) && PARTICIPLE_AT_END.exec(before.slice(-DANGLING_WINDOW));
  if (participle) before = before.slice(0, -participle[0].length).trimEnd();
  const copula = /^[.!?]*$/.test(after) && COPULA_AT_END.exec(before.slice(-DANGLING_WINDOW));
  const subject = copula ? before.slice(0, -copula[0].length) : '';
  if (subject && !PRONOUN_ALONE.test(subject)) before = subject;
  // "began to fall on Thursday, two days after it crested": the clause after the date words is
  // another event.
  if (/\b(?:after|before|since|until)$/i.test(dateWords) && PRONOUN_FIRST.test(after)) after = '';
  // "saying on Friday that Russia feels": what was said, without "that".
  if (before === '' && /^that\s/.test(after)) after = after.slice(5).trimStart();
  // The commas around a date phrase go with it ("Russia, on Tuesday, said" reads "Russia said"), as
  // does one after an opening phrase ("But in June, the party split") and the one AP puts after a date
  // with a comma in it ("Dec. 31, 1990, when"); after a clause it stays ("Schools will reopen, the
  // district announced"). Parentheses around a date go too.
  // An opener is at most two words, no third following two, and does not end on a verb ("Crews worked
  // on Tuesday, the city said" keeps its comma).
  const stop = /^[,;:]/.test(after);
  const opener = (!/\S\s+\S+\s+\S/.test(before) && !isVerbLike(before.split(' ').at(-1)!)) || isClauseStop(before.at(-1) ?? '');
  if (stop && (opener || dateWords.includes(','))) {
    after = after.replace(/^[,;:]+\s*/, '');
    before = trimEnd(before, isClauseStop);
  }
  const piece = ONE_WORD_PIECE.exec(before.slice(-DANGLING_WINDOW));
  const pieceWord = piece?.[1] ?? '';
  const presentParticiple = /ing$/.test(pieceWord);
  // "The bridge, built in 1932, will be replaced": what happened in 1932 is that the bridge was built.
  const passiveParticiple = !presentParticiple && isVerbLike(pieceWord);
  if (piece && (pieceWord === '' || pieceWord === 'not' || presentParticiple || passiveParticiple) && (after === '' || /^[,.;:!?]/.test(after))) {
    before = before.slice(0, -piece[0].length);
    if (!/^[;:!?]/.test(after) && passiveParticiple && isSubject(before)) {
      before = `${before} ${/[^s]s$/.test(before) ? 'were' : 'was'} ${pieceWord}`;
      after = '';
    }
    // A comma before a closing quote belongs to the quotation ("built for 1972, not for 1890," said).
    if (after.startsWith(',') && !/^,["\u201D']/.test(after)) {
      after = after.slice(1).trimStart();
      if (OPENING_PHRASE.test(before) && !before.includes(',')) before += ',';
    }
  }
  if (before.endsWith('(') && after.startsWith(')')) {
    before = before.slice(0, -1).trimEnd();
    after = after.slice(1).trimStart();
  }
  let title = before && after && !/^[,.;:!?'\u2019)]/.test(after) ? `${before} ${after}` : before + after;
  if (NEEDS_CLEANING.test(title)) title = title.replace(INVISIBLE, '').replace(/\s+/g, ' ');
  title = dropStopBeforeEnd(trimEnd(title.replace(LEADING_JUNK, ''), isTrailingJunk));
  // Nothing but the date ("Until this week."): the sentence is its own title.
  if (!/[\p{L}\p{N}]/u.test(title)) title = sentence.trim();
  // The first character, by code point: it may be a surrogate pair ("\u{10428}" capitalises as "\u{10400}").
  return truncate(balancePairs(title.replace(/^./su, (first) => first.toUpperCase())));
}

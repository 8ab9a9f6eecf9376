/**
 * The clause of a sentence that states a dated event. A news sentence often joins several events ("The
 * river crested on Tuesday, and on Wednesday crews began to clear the streets"); a title told from the
 * whole sentence tells the wrong one. Clauses are found from their punctuation and first words, not
 * parsed: a comma before "and", "but", "when", "which" starts a clause, as does the comma that ends an
 * opening "When ...," clause.
 */
import { wordSet } from './english-words.js';
import { DETERMINERS, FUNCTION_WORDS, OPENING_PHRASE, firstWords, isFiniteVerb, isPronoun, isVerbLike, someWord } from './title-words.js';

/** A piece of a sentence with the date words at `[start, end)` inside `text`. */
export interface DatedText {
  text: string;
  start: number;
  end: number;
}

// Hard breaks: what follows a semicolon, colon or spaced dash is another statement. A dash break is tried
// only where white space begins: tried inside a run of it, `\s+` would rescan the rest of the run from
// every position (quadratic in its length). The leftmost match begins there anyway.
const HARD_BREAK = /[;:]\s+|(?<!\s)\s+[-\u2013\u2014]\s+/g;
// Soft breaks: a comma, then a word that opens a clause of its own. The pattern begins at a comma, so a
// run of spaces is read once.
// "After", "before" and "until" open phrases as often as clauses (", after a 16-hour flight,"), so they are none.
const SOFT_BREAK = /,\s+(and|but|while|whereas|although|though|because|when|where|which|who|saying|according to)\s/gi;
const RELATIVE = wordSet('which who');
const COORDINATE = wordSet('and but');
// "When Lorraine Petit moved in 1987, the rent was $325": the opening clause is an event of its own.
// "If" and "unless" stay out: what they open did not happen.
// "After touring the capital, Albright said": a participle opens a phrase, not a clause.
const OPENING_SUBORDINATE = /^(?:when|while|although|though|whereas|because|once|after|before|as)\s+(?!of\b|\p{Ll}+ing\b)/iu;
// An opening conjunction ties the sentence to the one before; a headline stands alone.
const OPENING_CONJUNCTION = /^(?:and|but|so|or|nor|yet)\b,?\s+(?:so\b,?\s+)?/i;
// "that" ends a phrase more often than it opens one ("the first time that Ritter, who").
const BOUNDARY_WORDS = wordSet('of in on at for from with by to into as than and or that');
const MAX_NOUN_PHRASE_WORDS = 6;
// Characters before a clause that hold its last few words, however long they are.
const WORD_REACH = 600;
// A comma that ends a clause, a closing quotation mark with it ("called it \u201Ctough,\u201D Mr. Ortiz said").
const CLAUSE_COMMA = /,["\u201D'\u2019]*\s+/g;
// How far into a clause its verb is looked for.
const MAX_CLAUSE_WORDS = 12;
// Longer than any English verb: how far past a comma to look for one.
const MAX_WORD_LENGTH = 24;
// A clause that says less than this once its date words are gone says too little to stand alone.
const MIN_CLAUSE_LENGTH = 12;

/** A clause set in another, `[start, end)`, and what stands in its place. */
type Aside = [start: number, end: number, separator: string];

/**
 * `dated` from `from` to `to` (its end unless given), without the asides (in text order, none across
 * the date words): one pass, however many there are. Date words before `from` are none in the piece: an
 * empty span at its start.
 */
function slice(dated: DatedText, from: number, to = dated.text.length, asides: readonly Aside[] = []): DatedText {
  const pieces: string[] = [];
  let at = from;
  let shift = from;
  for (const [start, end, separator] of asides) {
    if (start < at || end > to) continue;
    pieces.push(dated.text.slice(at, start), separator);
    if (end <= dated.start) shift += end - start - separator.length;
    at = end;
  }
  pieces.push(dated.text.slice(at, to));
  return { text: pieces.join(''), start: Math.max(0, dated.start - shift), end: Math.max(0, dated.end - shift) };
}

/**
 * Says what happened without its date words: three words of content, or two in {@link MIN_CLAUSE_LENGTH}
 * characters that do not open on a pronoun ("Dorsey resigned", not "It passed").
 */
function saysEnough(dated: DatedText): boolean {
  const words: string[] = [];
  let content = 0;
  // "In contrast to" is three words and one word of content.
  const enough = (word: string) => (content += FUNCTION_WORDS.has(word.toLowerCase()) ? 0 : 1) > 2 || words.push(word) >= MAX_CLAUSE_WORDS;
  // Each side of the date words is read apart, and only as far as it takes: titles are made for every
  // date, and a copy of the sentence without its date words costs more than the few words read from it.
  if (!someWord(dated.text.slice(0, dated.start), enough)) someWord(dated.text.slice(dated.end), enough);
  return content > 2 || (content === 2 && words.join(' ').length >= MIN_CLAUSE_LENGTH && !isPronoun(words[0]));
}

/** The statement between hard breaks that holds the date. */
function hardClause(dated: DatedText): DatedText {
  let from = 0;
  let to = dated.text.length;
  // exec, not matchAll (which copies the pattern on every call), and one match at a time.
  HARD_BREAK.lastIndex = 0;
  for (let match = HARD_BREAK.exec(dated.text); match; match = HARD_BREAK.exec(dated.text)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= dated.start) from = breakEnd;
    else if (match.index >= dated.end) {
      to = match.index;
      break;
    }
  }
  return slice(dated, from, to);
}

/**
 * The words before `at` that name what a relative clause is about: the phrase from its article back
 * ("a second cruise terminal, which"), else the name that ends there ("James A. Taylor, who").
 */
function antecedent(text: string, at: number): string | undefined {
  const words = lastWords(text, at, MAX_NOUN_PHRASE_WORDS);
  let index = words.length - 1;
  for (; index >= 0; index--) {
    const word = words[index]!;
    if (DETERMINERS.has(word.toLowerCase())) return words.slice(index).join(' ');
    if (BOUNDARY_WORDS.has(word.toLowerCase()) || /[,;:]$/.test(word)) break;
  }
  let name = words.length;
  while (name > index + 1 && /^\p{Lu}/u.test(words[name - 1]!)) name--;
  if (name < words.length) return words.slice(name).join(' ');
  // "Starpointe holders, who approved": a sentence that opens with the clause's noun (not a quotation's).
  return index < 0 && /^\p{Lu}/u.test(text) && firstWords(text.slice(0, at), MAX_NOUN_PHRASE_WORDS + 1).length <= MAX_NOUN_PHRASE_WORDS ? words.join(' ') : undefined;
}

/**
 * The last `count` white-space separated words before `at`, read from the stretch before it rather than
 * from the whole text: called once per clause, a split of everything before it would make a sentence of
 * thousands of clauses cost more than its length.
 */
function lastWords(text: string, at: number, count: number): string[] {
  const from = Math.max(0, at - WORD_REACH);
  const words = text.slice(from, at).split(/\s+/);
  // A stretch that starts inside a word drops that part of it.
  if (from > 0 && !/\s/.test(text[from - 1]!)) words.shift();
  return words.slice(-count);
}

/** The words before the sentence's first verb, when they look like a subject. */
function subjectOf(text: string): string | undefined {
  // One word more than a subject may have: a verb later than that makes no subject anyway. (A split stops
  // at its limit: the rest of the text is not read.)
  const words = text.trimStart().split(/\s+/, MAX_NOUN_PHRASE_WORDS + 1);
  const verb = words.findIndex(isVerbLike);
  if (verb < 1 || verb > MAX_NOUN_PHRASE_WORDS || words.slice(0, verb).some((word) => /[,;:]$/.test(word))) return undefined;
  return words.slice(0, verb).join(' ');
}

/** Text that starts a clause: a subject (an article, a pronoun, a name) or a verb. */
function opensMainClause(text: string): boolean {
  const word = firstWords(text, 1)[0] ?? '';
  return DETERMINERS.has(word.toLowerCase()) || isPronoun(word) || /^\p{Lu}/u.test(word) || isVerbLike(word);
}

/** A verb before the first comma: what follows "and" or "but" is a clause, not the end of a list. */
function opensClause(text: string): boolean {
  const comma = text.indexOf(',');
  return firstWords(comma < 0 ? text : text.slice(0, comma), MAX_CLAUSE_WORDS).some(isVerbLike);
}

/**
 * Where a clause opened at `from` closes, when it closes before `limit` and the verb of the clause it
 * interrupted follows ("The company, which is owned by X, said"): the index after its comma, else -1.
 * Each scan stops at the next break, so all of them together read the text once.
 */
function insertionEnd(text: string, from: number, limit: number, isVerb: (word: string) => boolean): number {
  for (let comma = text.indexOf(', ', from); comma >= 0 && comma < limit; comma = text.indexOf(', ', comma + 2)) {
    const next = /^[^\s,]+/.exec(text.slice(comma + 2, comma + 2 + MAX_WORD_LENGTH));
    if (next && isVerb(next[0])) return comma + 2;
  }
  return -1;
}

/** Within a statement, the clause of the date, standing on its own. */
function softClause(clause: DatedText): DatedText {
  let from = 0;
  let to = clause.text.length;
  // The word that opened the date's clause; '' while no break did.
  let opener = '';
  let openerAt = 0;
  // Clauses that open and close elsewhere than at the date ("The company, which is owned by X, said on
  // Monday") are left out of the date's clause.
  const inserted: Aside[] = [];
  // The clause that a "when" after the date opens, `[start, end)`.
  let whenClause: [start: number, end: number] | undefined;
  // Read one break ahead, not collected first: a long sentence of asides would otherwise keep thousands
  // of matches alive at once, and the garbage collector's work would grow faster than the text.
  SOFT_BREAK.lastIndex = 0;
  for (let match = SOFT_BREAK.exec(clause.text), next = match && SOFT_BREAK.exec(clause.text); match; match = next, next = match && SOFT_BREAK.exec(clause.text)) {
    const word = match[1]!.toLowerCase();
    const relative = RELATIVE.has(word);
    const coordinate = COORDINATE.has(word);
    const opened = match.index + match[0].length;
    const wordStart = opened - word.length - 1;
    const limit = next?.index ?? clause.text.length;
    // After a subordinate clause, a word in -ed may be its own participle ("although new drawings,
    // released on Monday, show"): only a verb of another form resumes the sentence ("while
    // profitable, was hurt").
    const close = coordinate ? -1 : insertionEnd(clause.text, opened, limit, relative ? isVerbLike : isFiniteVerb);
    if (wordStart < clause.start) {
      // "Finally, when Iraq failed to respond, Mr. Bush let the offensive begin on Saturday": a
      // subordinate clause ends at its comma, and the main clause goes on.
      // ("although conceptual drawings, released Friday, show" has no verb before its comma: no clause.)
      const comma = relative || coordinate ? -1 : clause.text.indexOf(', ', opened);
      const closes = comma >= 0 && comma < Math.min(limit, clause.start) && opensClause(clause.text.slice(opened, comma));
      const ends = close >= 0 && close <= clause.start ? close : closes ? comma + 2 : -1;
      // "In contrast to Thursday, when 40 were arrested, the march was calm": the opening phrase keeps its comma.
      if (ends >= 0) inserted.push([match.index, ends, !relative && OPENING_PHRASE.test(clause.text.slice(from, from + MAX_WORD_LENGTH)) ? ', ' : ' ']);
      else {
        from = opened;
        opener = word;
        openerAt = match.index;
      }
    } else if (match.index >= clause.end) {
      // After the date, a relative clause that closes is an aside ("In the half year, which ended
      // June 30, the insurer lost"), whatever word follows it.
      // ("who will remain as chairman, president and chief executive" is a list after its comma.)
      const comma = clause.text.indexOf(', ', opened);
      if (relative && comma >= 0 && comma < limit && opensMainClause(clause.text.slice(comma + 2, comma + 2 + MAX_WORD_LENGTH))) inserted.push([match.index, comma + 2, ' ']);
      // "in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed 257": a list, not a clause; what was
      // said ("echoed a note on Tuesday, saying that") is the same event.
      else if (word === 'saying' || (coordinate && !opensClause(clause.text.slice(opened, limit)))) continue;
      else {
        to = match.index;
        if (word === 'when') whenClause = [opened, comma >= 0 && comma < limit ? comma : limit];
        break;
      }
    }
  }
  // A relative or subordinate clause inside a sentence ends at its next comma ("In the quarter, which
  // ended March 31, the bank lost money"); one of "and" or "but" runs on.
  if (opener && !COORDINATE.has(opener)) {
    const comma = clause.text.indexOf(', ', clause.end);
    if (comma >= 0 && comma < to) to = comma;
  }
  const statement = slice(clause, 0, to, inserted);
  // "X rose, according to a report on Friday": the report's date is the date of what it says.
  if (opener === 'according to') return { text: clause.text.slice(0, openerAt), start: openerAt, end: openerAt };
  let dated = slice(clause, from, to, inserted);
  // "In contrast to Thursday, when 133 people were arrested": what the date's own clause cannot say,
  // the clause about that time tells.
  // "That began to change after 2015, when a ferry terminal opened": a pronoun tells less than that.
  if (whenClause && (!saysEnough(dated) || isPronoun(firstWords(dated.text, 1)[0]))) return slice(clause, ...whenClause);
  // "..., and then five hours in Nairobi on Tuesday" has no verb: no clause of its own.
  if (COORDINATE.has(opener) && !opensClause(dated.text)) return statement;
  // "..., and that it hopes to close early next year": what was said, without "that"; "; that plan was
  // dropped in 2019" keeps it.
  if (/^that\s(?!\p{Ll}+\s(?:is|was|were|has|had)\s)/u.test(dated.text) && dated.start > 5) dated = slice(dated, 5);
  // What the clause is about, when it does not say: a relative clause's noun, the subject of the clause
  // before one that opens on its verb.
  const relative = RELATIVE.has(opener);
  if (!relative && !(COORDINATE.has(opener) && isVerbLike(/^\S*/.exec(dated.text)![0]))) return dated;
  const subject = relative ? antecedent(clause.text, openerAt) : subjectOf(clause.text.slice(0, openerAt));
  if (!subject) return statement;
  const shift = subject.length + 1;
  return { text: `${subject} ${dated.text}`, start: dated.start + shift, end: dated.end + shift };
}

/** "When X happened on Tuesday, Y": X's date gives X, Y's gives Y. */
function openingSubordinate(dated: DatedText): DatedText {
  // "On Friday, when X happened, Y": the date opens the sentence for both; X is told first.
  const opening = /^,\s+/.exec(dated.text.slice(dated.end, dated.end + MAX_WORD_LENGTH));
  if (opening && firstWords(dated.text.slice(0, dated.start), 2).length < 2 && OPENING_SUBORDINATE.test(dated.text.slice(dated.end + opening[0].length))) {
    return openingSubordinate(slice(dated, dated.end + opening[0].length));
  }
  const word = OPENING_SUBORDINATE.exec(dated.text);
  if (!word) return dated;
  // The commas from the end of the opening clause to the date, each with where the text after it begins.
  const commas: Array<[at: number, next: number]> = [];
  CLAUSE_COMMA.lastIndex = word[0].length;
  for (let match = CLAUSE_COMMA.exec(dated.text); match; match = CLAUSE_COMMA.exec(dated.text)) {
    const comma: [number, number] = [match.index, match.index + match[0].length];
    if (commas.length > 0 && comma[1] > dated.start) break;
    commas.push(comma);
    if (comma[1] > dated.start) break;
  }
  const [first] = commas;
  if (!first) return dated;
  if (first[0] >= dated.end) {
    const subordinate = slice(dated, word[0].length, first[0]);
    return saysEnough(subordinate) ? subordinate : slice(dated, first[1]);
  }
  if (first[1] > dated.start) return dated;
  // The main clause may follow another opening phrase ("Although X, mainly because of Y, the company
  // said"): it begins after the last comma before the date, unless a verb follows that one: then the
  // comma closed an apposition, which began at the comma before ("Mr. LaMothe, the chairman, forecast").
  let main = commas.length - 1;
  if (main > 0 && isVerbLike(firstWords(dated.text.slice(commas[main]![1], commas[main]![1] + MAX_WORD_LENGTH), 1)[0] ?? '')) {
    main = Math.max(0, main - 2);
  }
  return slice(dated, commas[main]![1]);
}

function withoutOpeningConjunction(dated: DatedText): DatedText {
  const lead = /^[\s"'\u201C\u2018`]*/.exec(dated.text)![0].length;
  const conjunction = OPENING_CONJUNCTION.exec(dated.text.slice(lead));
  if (!conjunction || lead + conjunction[0].length > dated.start) return dated;
  // The quotation marks before it stay.
  return slice(dated, 0, dated.text.length, [[lead, lead + conjunction[0].length, '']]);
}

/**
 * The clause of `sentence` that holds the date words at `[start, end)`, without the conjunction that
 * tied it to the rest, given a subject when it has none. A clause that says too little without its date
 * words gives way to the wider one around it.
 */
export function dateClause(sentence: string, start: number, end: number): DatedText {
  const whole: DatedText = { text: sentence, start, end };
  const hard = hardClause(whole);
  const statement = narrower(hard, whole);
  const clause = narrower(softClause(statement), statement);
  return narrower(withoutOpeningConjunction(openingSubordinate(withoutOpeningConjunction(clause))), clause);
}

/** `piece` if it says enough, else `wider`; a piece no narrower than `wider` needs no reading. */
const narrower = (piece: DatedText, wider: DatedText) => (piece.text === wider.text || saysEnough(piece) ? piece : wider);

/**
 * Which way an underspecified date points, read from the verbs nearest to it. News reports past events
 * with past verbs ("said on Thursday") and schedules with "will", "is expected to" or the present
 * ("meets Monday"); the nearest marker to the date words decides, since one sentence often holds both
 * ("said on Tuesday it would close the plant on March 3").
 */
import { DETERMINERS, FUNCTION_WORDS as NO_CONTENT, IRREGULAR_PAST as PAST_FORMS, NOT_PAST_IN_ED as NOT_PAST, PERSONAL_PRONOUNS, wordSet as words } from '../../english-words.js';
import type { Tense } from '../../underspecified.js';
import { spansOf } from '../../stretches.js';
import { WEEKDAYS } from './words.js';

const FUTURE_WORDS = "will won't shall would upcoming coming payable effective expire expires deadline expect expects predict predicts";
const BE = 'is are was were';
const SCHEDULED = 'scheduled expected due set slated poised planned planning preparing likely';
// "plans to", "expected to", "is set to", "has decided to admit": intention looks forward (from now, or
// from a past moment). Not "agreed to": "agreed to a settlement on Monday" is the Monday it agreed.
// The endings: "plans", "planned", "prepares", "decided", "decide".
const INTENT_STEMS = /^(?:plan|intend|expect|hope|aim|schedul|prepar|set|slat|due|decid)(?:n?e?[sd]|e)?$/;
const IRREGULAR_PAST = `${PAST_FORMS} was were had did ago last earlier previously already yesterday recently since`;
const HAVE = "has have hasn't haven't";
const BASE_FORM_BEFORE = words("will would shall should can could may might must to won't wouldn't can't");
// "could not be reached Tuesday", "could be located Wednesday": a past attempt, not a possibility ahead.
const UNREACHED = words('reached located found contacted');
// Words in -ed that are not past verbs (NOT_PAST) would otherwise pull the nearest marker toward the past.
// "the reduced dividend" is an adjective, "will be paid" and "to be completed" are not past tense.
const NOT_A_TENSE_BEFORE = `${DETERMINERS} that be being to`;
// "preferred shares", "an unspecified date": an -ed word right before a content word is an adjective.
// (A verb is mostly followed by a preposition, an article, a number or punctuation: "started on Aug. 4".)
const FUNCTION_WORDS = `${NO_CONTENT} ${DETERMINERS} ${PERSONAL_PRONOUNS} that up down out off over after before since until about last earlier later yesterday today tonight ${WEEKDAYS.join(' ')} him them us more less there here again back some no not all nearly around roughly almost late early twice once`;
// Before an -ed word these make it a verb, never an adjective: "it announced plans", "which lifted prices".
const SUBJECTS = words(`${PERSONAL_PRONOUNS} who which`);
// After "is", "-ing" words that are no arrangement: nouns ("there is nothing", "it is morning") and
// verbs of going on with something ("is continuing to try to sell itself, under a June agreement").
const NOT_PROGRESSIVE = words('nothing something anything everything morning evening thing king spring string during continuing remaining trying seeking');
// A present-tense schedule verb points forward only right next to its date ("meets Monday", "opens in June"),
// and only as a verb: "in a vote on March 2" is a noun.
const SCHEDULE_VERB_BEFORE =
  /(?<!\b(?:a|an|the|its|their|his|her|this|that)\s+)\b(?:(?:meet|vote|open|begin|start|end|close|resume|return|arrive|depart|launche|convene|leave|visit|travel)s?|launch|kicks off|takes effect|goes on sale)\s+(?:[oi]n\s+)?$/i;
// "postponed until Tuesday", "pushed back to May 3": what is put off lies ahead of the putting off.
const PUT_OFF_BEFORE = /\b(?:postponed|delayed|adjourned|deferred|put off|pushed back|moved back)\s+(?:\w+\s+){0,2}?(?:until|till|to)\s+$/i;
// "extended to Nov. 20", "bought through Sept. 29", "until Thursday": the date is a limit, not the event's
// side. So is a deadline, mostly ahead whatever the verbs ("talks that are supposed to conclude by May"),
// unless "will" tells ("crews will finish the dam by early spring").
// (The look-behind follows "by", so that it is read only where "by" is.)
const NEUTRAL_BEFORE = /\b(?:to|until|till|through|by(?<!\b(?:will|would|['\u2019]ll)\s[^,;.]*by))\s+(?:the\s+)?$/i;
// "said in an interview Friday", "told reporters on Monday": the date is the saying's.
const SAID_BEFORE = /\b(?:said|told \w+|announced)\s+(?:(?:in|at|during) (?:an? |the )?[\w-]+(?: [\w-]+)?\s+)?(?:on\s+)?$/i;
// "a Jan. 14 return date", "set a May 12 deadline": a date being set lies ahead ("by the Tuesday
// deadline" is one that came).
const SET_DATE_AFTER = /^(?:\s+[\w-]+)?\s+(?:date|deadline)\b/i;
const A_BEFORE = /\ba\s+$/i;
// "will appeal Wednesday's ruling", "ways to get around Tuesday's decision": a day that owns a deed done
// is past, whatever the verbs around it say ("Saturday's game" may be ahead).
const DEED_DONE_AFTER = /^'s\s+(?:[\w-]+\s+)?(?:ruling|decision|declaration|announcement|attacks?|verdict|bombings?|shooting|crash|explosion|killings?|raids?)\b/i;

interface Marker {
  start: number;
  end: number;
  tense: Exclude<Tense, 'unknown'>;
}

// One look-up per word instead of one per list: most words are in none of them. Each list's flag is
// its bit, in this order.
const FUTURE = 1;
const SCHEDULED_WORD = 2;
const BE_WORD = 4;
const HAVE_WORD = 8;
const PAST = 16;
const NOT_PAST_WORD = 32;
const NOT_A_TENSE_BEFORE_WORD = 64;
const FUNCTION_WORD = 128;
const CLASSES = new Map<string, number>();
[FUTURE_WORDS, SCHEDULED, BE, HAVE, IRREGULAR_PAST, NOT_PAST, NOT_A_TENSE_BEFORE, FUNCTION_WORDS].forEach((list, bit) =>
  list.split(' ').forEach((word) => CLASSES.set(word, (CLASSES.get(word) ?? 0) | (1 << bit))),
);

const isLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
const isParticiple = (word: string) => /(?:ed|en|wn)$/.test(word);

/** Tense markers of a sentence, read word by word: one pass, with a word or two of look-ahead. */
function markers(sentence: string): Marker[] {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Lower-casing can change the length of a few letters ("\u0130"); offsets then come from the original.
  const lower = sentence.toLowerCase();
  const source = lower.length === sentence.length ? lower : sentence;
  // Words are runs of ASCII letters, with one inner apostrophe ("won't"). Scanned by hand: a regex
  // match per word costs more than the rest of the reading.
  const length = source.length;
  for (let at = 0; at < length; ) {
    if (!isLetter(source.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    while (at < length && isLetter(source.charCodeAt(at))) at++;
    const apostrophe = source.charCodeAt(at);
    if ((apostrophe === 0x27 || apostrophe === 0x2019) && isLetter(source.charCodeAt(at + 1))) {
      at++;
      while (at < length && isLetter(source.charCodeAt(at))) at++;
    }
    const found = source.slice(start, at).toLowerCase();
    words.push(apostrophe === 0x2019 ? found.replace('\u2019', "'") : found);
    starts.push(start);
    ends.push(at);
  }
  const found: Marker[] = [];
  const mark = (from: number, to: number, tense: Marker['tense']) => found.push({ start: starts[from]!, end: ends[to]!, tense });
  // 0 past either end.
  const classOf = (index: number) => CLASSES.get(words[index]!) ?? 0;
  // "plans to open"; not "due to the storm": a noun after "to" is no plan.
  const plans = (index: number) => words[index + 1] === 'to' && INTENT_STEMS.test(words[index]!) && !(classOf(index + 2) & FUNCTION_WORD);
  // "had been due to expire Friday", "had planned to open on May 3": a plan told in the past perfect is
  // one whose time came (or was given up), before publication.
  const planned = (index: number): Marker['tense'] => (words.slice(Math.max(0, index - 2), index).includes('had') ? 'past' : 'future');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const kind = classOf(i);
    const next = words[i + 1];
    if (kind & FUTURE || word.endsWith("'ll") || (word === 'going' && next === 'to')) {
      mark(i, i, 'future');
    } else if (kind & SCHEDULED_WORD && next === 'for') {
      // "a hearing scheduled for Sept. 28", "due for Friday".
      mark(i, i + 1, planned(i));
      i++;
    } else if (kind & BE_WORD && classOf(i + 1) & SCHEDULED_WORD) {
      mark(i, i + 1, 'future');
      i++;
    } else if ((word === 'is' || word === 'are') && (next === 'to' || (next === 'about' && words[i + 2] === 'to'))) {
      mark(i, i, 'future');
    } else if ((word === 'is' || word === 'are' || word === 'am') && next !== undefined && next.length > 4 && next.endsWith('ing') && !NOT_PROGRESSIVE.has(next)) {
      // The present progressive of news is an arrangement: "is calling the bonds on Dec. 7".
      mark(i, i + 1, 'future');
      i++;
    } else if (
      (word === 'may' || word === 'might' || word === 'could' || word === 'should') &&
      sentence[starts[i]!] === word[0] &&
      next !== undefined &&
      next !== 'have' &&
      !(next === 'not' && (words[i + 2] === 'have' || word === 'could')) &&
      !(word === 'could' && next === 'be' && UNREACHED.has(words[i + 2]!))
    ) {
      // "may be resolved the week of March 6", "snow could return Saturday": what may happen is ahead
      // ("may have" looks back; "could not" and "could be reached" are what someone could not do). A
      // capital "May" is the month.
      mark(i, i, 'future');
    } else if (word === 'to' && next === 'be' && i + 2 < words.length && isParticiple(words[i + 2]!)) {
      // "to be completed around Nov. 1", "to be held on Friday": still to happen.
      mark(i, i + 2, 'future');
      i += 2;
    } else if (plans(i)) {
      // The verb planned is part of the plan: "due to expire" is no "expires".
      mark(i, i + 2, planned(i));
      i += 2;
    } else if (kind & HAVE_WORD && next !== undefined && (next === 'been' || isParticiple(next) || (next === 'not' && i + 2 < words.length && isParticiple(words[i + 2]!)))) {
      // "has scheduled a news conference Thursday", "a trial date has been set", "has decided to": what
      // is arranged lies ahead.
      const arranged = classOf(next === 'been' ? i + 2 : i + 1) & SCHEDULED_WORD || plans(i + 1);
      mark(i, next === 'been' ? i + 2 : i + 1, arranged ? 'future' : 'past');
      i += next === 'been' ? 2 : 1;
    } else if (kind & PAST || (word.length > 3 && word.endsWith('ed') && !(kind & NOT_PAST_WORD))) {
      // After "be", "been" or "being" any past form is a participle ("not going to be left").
      if (classOf(i - 1) & NOT_A_TENSE_BEFORE_WORD && (/(?:ed|en|wn|id|ld)$/.test(word) || words[i - 1]!.startsWith('be'))) continue;
      // "will shut", "could hit", "to set": after a modal or "to", a past form is the base form.
      if (i > 0 && (BASE_FORM_BEFORE.has(words[i - 1]!) || words[i - 1]!.endsWith("'ll")) && !word.endsWith('ed')) continue;
      const adjective =
        word.endsWith('ed') &&
        next !== undefined &&
        /^\s+$/.test(sentence.slice(ends[i], starts[i + 1])) &&
        /^[a-z]/.test(sentence[starts[i + 1]!]!) &&
        !(classOf(i + 1) & FUNCTION_WORD) &&
        !SUBJECTS.has(words[i - 1]!) &&
        // So does a plural noun, its subject: "officials confirmed reports" ("its revised plans" has none).
        !/^[a-z]{3,}s$/.test((!classOf(i - 1) && words[i - 1]) || '');
      if (!adjective) mark(i, i, 'past');
    }
  }
  return found;
}

// ", forecasters said." closing a sentence attributes it; its verb says when it was said, not when
// the reported event happens ("The storm will reach the coast on Wednesday, forecasters said.").
const ATTRIBUTION_TAIL = /[,"'\u201D]\s*(?:[\w.'-]+\s+){0,6}?(?:said|says|told|reported|added|wrote|announced|according to)\b[^,;]*$/i;

const TENSE_REACH = 160;

// Attribution tails are short; looking only at a sentence's last words keeps the pattern's backtracking small.
const TAIL_REACH = 120;

function attributionTailStart(sentence: string): number {
  const from = Math.max(0, sentence.length - TAIL_REACH);
  const tail = ATTRIBUTION_TAIL.exec(sentence.slice(from));
  return tail ? from + tail.index : Infinity;
}

// ", the district announced," inside a sentence attributes what surrounds it, like a closing one.
const INLINE_ATTRIBUTION = /,\s*(?:[\w.'\u2019-]+\s+){0,5}?(?:said|says|told|reported|added|wrote|announced|according to [\w.'\u2019 -]{1,40}?)\s*,/gi;

// Most sentences have no attribution verb; one plain scan spares them both patterns' backtracking.
const ATTRIBUTION_VERB = /\b(?:said|says|told|reported|added|wrote|announced|according)\b/i;

/**
 * For each marker, the inline attribution holding it, or -1. Both lists are in text order and the
 * clauses do not overlap, so one walk pairs them: testing every marker against every clause for every
 * date would grow with the square of a sentence of "said, said, ...".
 */
function inlineHolders(found: readonly Marker[], inline: ReadonlyArray<[number, number]>): number[] {
  let clause = -1;
  return found.map((marker) => {
    while (clause + 1 < inline.length && inline[clause + 1]![0] <= marker.start) clause++;
    return clause >= 0 && marker.end <= inline[clause]![1] ? clause : -1;
  });
}

/**
 * What a sentence's dates are read against, found on the first date that needs it: its markers, and the
 * parts that attribute it: the inline clauses, in text order and apart from each other (one global
 * scan), and where the closing one starts (`Infinity` when there is none).
 */
interface Reading {
  found: Marker[];
  inline: Array<[number, number]>;
  tail: number;
  /** Per marker, as {@link inlineHolders}. */
  holders: number[];
}

function readingOf(sentence: string): Reading {
  const found = markers(sentence);
  const attributed = ATTRIBUTION_VERB.test(sentence);
  const inline = attributed ? spansOf(INLINE_ATTRIBUTION, sentence) : [];
  return { found, inline, tail: attributed ? attributionTailStart(sentence) : Infinity, holders: inlineHolders(found, inline) };
}

export type TenseAt = (start: number, end: number) => Tense;

/**
 * Reads the tense governing any words of `sentence`, given as `[start, end)`. A marker inside the
 * expression itself ("last", "next") is the strongest evidence; otherwise the closest marker wins, a
 * preceding one on ties. The markers are found once per sentence, however many dates it holds.
 */
export function tenseReader(sentence: string): TenseAt {
  let reading: Reading | undefined;
  return (start, end) => {
    if (DEED_DONE_AFTER.test(sentence.slice(end, end + 40))) return 'past';
    const before = sentence.slice(Math.max(0, start - 40), start);
    if (SCHEDULE_VERB_BEFORE.test(before) || PUT_OFF_BEFORE.test(before) || (A_BEFORE.test(before) && SET_DATE_AFTER.test(sentence.slice(end, end + 24)))) return 'future';
    if (NEUTRAL_BEFORE.test(before)) return 'unknown';
    if (SAID_BEFORE.test(before)) return 'past';
    // Attribution verbs tell when something was said, not when it happens; they count only alone,
    // or when the date is inside the attribution ("said on Tuesday").
    const { found, inline, tail, holders } = (reading ??= readingOf(sentence));
    const dateClause = inline.findIndex(([from, to]) => from <= start && end <= to);
    const dateInTail = tail <= start;
    const outsideTail = found.filter(
      (marker, index) => (holders[index] === -1 || holders[index] === dateClause) && (marker.start < tail || dateInTail),
    );
    let best: Marker | undefined;
    let bestDistance = Infinity;
    // Within the date's own clause (between commas), its markers come first: "The closures, disclosed
    // to workers on Monday, will take effect in March".
    const candidates = outsideTail.length > 0 ? outsideTail : found;
    // Looked for only as far as markers are read, so that a long sentence costs no more per date.
    const reachStart = Math.max(0, start - TENSE_REACH);
    const clauseStart = reachStart + sentence.slice(reachStart, start).lastIndexOf(',') + 1;
    const comma = sentence.slice(end, end + TENSE_REACH).indexOf(',');
    const clauseEnd = comma < 0 ? Infinity : end + comma;
    const inClause = candidates.filter((marker) => marker.start >= clauseStart && marker.end <= clauseEnd);
    for (const marker of inClause.length > 0 ? inClause : candidates) {
      const distance = marker.end <= start ? start - marker.end : marker.start >= end ? marker.start - end + 0.5 : -1;
      // Tense is a matter of the clause around the date: words further off are not read.
      if (distance < bestDistance && distance <= TENSE_REACH) {
        best = marker;
        bestDistance = distance;
      }
    }
    // "Monday's attack", "Thursday's close": a possessive date names something that has happened.
    if (!best && /^'s\b/.test(sentence.slice(end, end + 3))) return 'past';
    return best?.tense ?? 'unknown';
  };
}

/**
 * Which way an underspecified date points, read from the verbs nearest to it. News reports past events
 * with past verbs ("said on Thursday") and schedules with "will", "is expected to" or the present
 * ("meets Monday"); the nearest marker to the date words decides, since one sentence often holds both
 * ("said on Tuesday it would close the plant on March 3").
 */
export type Tense = 'past' | 'future' | 'unknown';

const words = (list: string) => new Set(list.split(' '));

const FUTURE_WORDS = words("will won't shall would upcoming coming next payable effective expire expires deadline");
const BE = words('is are was were');
const SCHEDULED = words('scheduled expected due set slated poised planning preparing likely');
// "plans to", "expected to", "is set to": intention looks forward (from now, or from a past moment).
const INTENT_STEMS = /^(?:plan|intend|expect|hope|aim|schedul|prepar|set|slat|due)(?:s|es|ed|d|e|ned)?$/;
const IRREGULAR_PAST = words(
  'said told met made began begun took taken gave given went gone came saw seen won lost left held fell fallen rose risen sold bought brought thought felt kept led paid ran sent spent stood struck wrote written spoke spoken broke broken chose drove flew grew grown knew known threw wore became got found heard shot fought caught taught built lent meant sank sang slid swore swept tore woke withdrew overtook undertook forecast hit quit shut was were had did ago last earlier previously already yesterday recently since',
);
const HAVE = words("has have hasn't haven't");
// Words in -ed that are not past verbs; they would otherwise pull the nearest marker toward the past.
const NOT_PAST = words('need needed speed seed feed bed red shed hundred indeed proceed exceed succeed breed greed weed deed creed united limited bred');
// "the reduced dividend" is an adjective, "will be paid" and "to be completed" are not past tense.
const NOT_A_TENSE_BEFORE = words('the a an its their his her our this that these those be being to');
// "preferred shares", "an unspecified date": an -ed word right before a content word is an adjective.
// (A verb is mostly followed by a preposition, an article, a number or punctuation: "started on Aug. 4".)
const FUNCTION_WORDS = words(
  'on in at to for by with from of the a an its their his her our this that these those up down out off over into as and or but after before since until about last earlier later yesterday today tonight monday tuesday wednesday thursday friday saturday sunday it he she they we i you him them us more less than there here again back some no not all nearly around roughly almost late early',
);
// A present-tense schedule verb points forward only right next to its date ("meets Monday", "opens on Friday").
const SCHEDULE_VERB_BEFORE =
  /\b(?:meets?|votes?|opens?|begins?|starts?|ends?|closes?|resumes?|returns?|arrives?|departs?|launches?|convenes?|kicks off|takes effect|goes on sale|leaves?|visits?|travels?)\s+(?:on\s+)?$/i;
// "extended to Nov. 20", "bought through Sept. 29", "until Thursday": the date is a limit, not the event's side.
const NEUTRAL_BEFORE = /\b(?:to|until|till|through|by)\s+(?:the\s+)?$/i;

interface Marker {
  start: number;
  end: number;
  tense: Exclude<Tense, 'unknown'>;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const isParticiple = (word: string) => /(?:ed|en|wn)$/.test(word);

/** Tense markers of a sentence, read word by word: one pass, with a word or two of look-ahead. */
function markers(sentence: string): Marker[] {
  const tokens: Token[] = [];
  // Lower-casing can change the length of a few letters ("\u0130"); offsets then come from the original.
  const lower = sentence.toLowerCase();
  const source = lower.length === sentence.length ? lower : sentence;
  const word = /[a-z]+(?:['\u2019][a-z]+)?/gi;
  for (let match = word.exec(source); match; match = word.exec(source)) {
    const found = source === lower ? match[0] : match[0].toLowerCase();
    const text = found.includes('\u2019') ? found.replace('\u2019', "'") : found;
    tokens.push({ word: text, start: match.index, end: match.index + match[0].length });
  }
  const found: Marker[] = [];
  const mark = (from: Token, to: Token, tense: Marker['tense']) => found.push({ start: from.start, end: to.end, tense });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const { word } = token;
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    if (FUTURE_WORDS.has(word) || word.endsWith("'ll") || (word === 'going' && next?.word === 'to')) {
      mark(token, token, 'future');
    } else if (SCHEDULED.has(word) && next?.word === 'for') {
      // "a hearing scheduled for Sept. 28", "due for Friday".
      mark(token, next, 'future');
      i++;
    } else if (BE.has(word) && next && SCHEDULED.has(next.word)) {
      mark(token, next, 'future');
      i++;
    } else if ((word === 'is' || word === 'are') && (next?.word === 'to' || (next?.word === 'about' && afterNext?.word === 'to'))) {
      mark(token, token, 'future');
    } else if (next?.word === 'to' && INTENT_STEMS.test(word)) {
      mark(token, next, 'future');
      i++;
    } else if (HAVE.has(word) && next && (next.word === 'been' || isParticiple(next.word) || (next.word === 'not' && afterNext && isParticiple(afterNext.word)))) {
      mark(token, next, 'past');
    } else if (IRREGULAR_PAST.has(word) || (word.length > 3 && word.endsWith('ed') && !NOT_PAST.has(word))) {
      const previous = tokens[i - 1];
      if (previous && NOT_A_TENSE_BEFORE.has(previous.word) && /(?:ed|en|wn|id|ld)$/.test(word)) continue;
      const adjective =
        word.endsWith('ed') && next && /^\s+$/.test(sentence.slice(token.end, next.start)) && /^[a-z]/.test(sentence[next.start]!) && !FUNCTION_WORDS.has(next.word);
      if (!adjective) mark(token, token, 'past');
    }
  }
  return found;
}

// ", forecasters said." closing a sentence attributes it; its verb says when it was said, not when
// the reported event happens ("The storm will reach the coast on Wednesday, forecasters said.").
const ATTRIBUTION_TAIL = /[,"'\u201D]\s*(?:[\w.'-]+\s+){0,6}?(?:said|says|told|reported|added|wrote|announced|according to)\b[^,;]*$/i;

const TENSE_REACH = 160;

/**
 * Reads the tense governing any words of `sentence`, given as `[start, end)`. A marker inside the
 * expression itself ("last", "next") is the strongest evidence; otherwise the closest marker wins, a
 * preceding one on ties. The markers are found once per sentence, however many dates it holds.
 */
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

/** The spans of a sentence that attribute it: inline clauses and the closing one. */
function attributionSpans(sentence: string): Array<[number, number]> {
  if (!ATTRIBUTION_VERB.test(sentence)) return [];
  const spans: Array<[number, number]> = [...sentence.matchAll(INLINE_ATTRIBUTION)].map((match) => [match.index, match.index + match[0].length]);
  const tail = attributionTailStart(sentence);
  if (tail !== Infinity) spans.push([tail, sentence.length]);
  return spans;
}

export type TenseAt = (start: number, end: number) => Tense;

export function tenseReader(sentence: string): TenseAt {
  let found: Marker[] | undefined;
  let attributions: Array<[number, number]> | undefined;
  return (start, end) => {
    const before = sentence.slice(Math.max(0, start - 24), start);
    if (SCHEDULE_VERB_BEFORE.test(before)) return 'future';
    if (NEUTRAL_BEFORE.test(before)) return 'unknown';
    found ??= markers(sentence);
    attributions ??= attributionSpans(sentence);
    // Attribution verbs tell when something was said, not when it happens; they count only alone,
    // or when the date is inside the attribution ("said on Tuesday").
    const elsewhere = attributions.filter(([from, to]) => !(from <= start && end <= to));
    const outsideTail = found.filter((marker) => !elsewhere.some(([from, to]) => from <= marker.start && marker.end <= to));
    let best: Marker | undefined;
    let bestDistance = Infinity;
    for (const marker of outsideTail.length > 0 ? outsideTail : found) {
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

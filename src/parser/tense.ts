/**
 * Which way an underspecified date points, read from the verbs nearest to it. News reports past events
 * with past verbs ("said on Thursday") and schedules with "will", "is expected to" or the present
 * ("meets Monday"); the nearest marker to the date words decides, since one sentence often holds both
 * ("said on Tuesday it would close the plant on March 3").
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE = new RegExp(
  [
    "\\b(?:will|won't|shall|would|going to|upcoming|coming|next|payable|effective|expires?|deadline)\\b",
    "'ll\\b",
    '\\b(?:is|are|was|were)\\s+(?:scheduled|expected|due|set|slated|poised|planning|preparing|likely)\\b',
    // "was about to be deported" looks ahead from a past moment; "is to resume" from now.
    '\\b(?:is|are)\\s+(?:about\\s+)?to\\b',
    '\\b(?:plan|intend|expect|hope|aim|schedule|prepare|set|slate|due)(?:s|ed|d)?\\s+to\\b',
  ].join('|'),
  'gi',
);
// A present-tense schedule verb points forward only right next to its date ("meets Monday", "opens on Friday").
const SCHEDULE_VERB_BEFORE =
  /\b(?:meets?|votes?|opens?|begins?|starts?|ends?|closes?|resumes?|returns?|arrives?|departs?|launches?|convenes?|kicks off|takes effect|goes on sale|leaves?|visits?|travels?)\s+(?:on\s+)?$/i;

const IRREGULAR_PAST =
  'said|told|met|made|began|begun|took|taken|gave|given|went|gone|came|saw|seen|won|lost|left|held|fell|fallen|rose|risen|sold|bought|brought|thought|felt|kept|led|paid|ran|sent|spent|stood|struck|wrote|written|spoke|spoken|broke|broken|chose|drove|flew|grew|grown|knew|known|threw|wore|became|got|found|heard|shot|fought|caught|taught|built|lent|meant|sank|sang|slid|swore|swept|tore|woke|withdrew|overtook|undertook|forecast|hit|quit|shut|was|were|had|did|ago|last|earlier|previously|already|yesterday|recently|since';
// Words in -ed that are not past verbs; they would otherwise pull the nearest marker toward the past.
const NOT_PAST = new Set(['need', 'needed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'indeed', 'proceed', 'exceed', 'succeed', 'breed', 'greed', 'weed', 'deed', 'creed', 'united', 'limited', 'ed', 'bred']);
const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST}|(?:has|have)(?:n't)?\\s+(?:not\\s+)?(?:been|[a-z]+(?:ed|en|wn))|[a-z]{2,}ed)\\b`, 'gi');
// "the reduced dividend" is an adjective, "will be paid" and "to be completed" are not past tense.
const NOT_A_TENSE_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those|be|being|to)\s+$/i;
// "preferred shares", "an unspecified date": an -ed word right before a content word is an adjective.
// (A verb is mostly followed by a preposition, an article, a number or punctuation: "started on Aug. 4".)
const ADJECTIVE_USE_AFTER =
  /^\s+(?!(?:on|in|at|to|for|by|with|from|of|the|a|an|its|their|his|her|our|this|that|these|those|up|down|out|off|over|into|as|and|or|but|after|before|since|until|about|last|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|it|he|she|they|we|i|you|him|them|us|more|less|than|there|here|again|back|some|no|not|all|its|nearly|about|around|roughly|almost|late|early)\b)[a-z]/;
// "extended to Nov. 20", "bought through Sept. 29", "until Thursday": the date is a limit, not the event's side.
const NEUTRAL_BEFORE = /\b(?:to|until|till|through|by)\s+(?:the\s+)?$/i;

interface Marker {
  start: number;
  end: number;
  tense: Exclude<Tense, 'unknown'>;
}

function markers(sentence: string): Marker[] {
  const found: Marker[] = [];
  for (const match of sentence.matchAll(FUTURE)) {
    found.push({ start: match.index, end: match.index + match[0].length, tense: 'future' });
  }
  for (const match of sentence.matchAll(PAST)) {
    if (NOT_PAST.has(match[0].toLowerCase())) continue;
    if (NOT_A_TENSE_BEFORE.test(sentence.slice(Math.max(0, match.index - 8), match.index)) && /(?:ed|en|wn|id|ld)$/i.test(match[0])) continue;
    if (/ed$/i.test(match[0]) && ADJECTIVE_USE_AFTER.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 24))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, tense: 'past' });
  }
  return found;
}

// ", forecasters said." closing a sentence attributes it; its verb says when it was said, not when
// the reported event happens ("The storm will reach the coast on Wednesday, forecasters said.").
const ATTRIBUTION_TAIL = /[,"'\u201D]\s*(?:[\w.'-]+\s+){0,6}?(?:said|says|told|reported|added|wrote|announced|according to)\b[^,;]*$/i;

/**
 * Reads the tense governing any words of `sentence`, given as `[start, end)`. A marker inside the
 * expression itself ("last", "next") is the strongest evidence; otherwise the closest marker wins, a
 * preceding one on ties. The markers are found once per sentence, however many dates it holds.
 */
export type TenseAt = (start: number, end: number) => Tense;

export function tenseReader(sentence: string): TenseAt {
  let found: Marker[] | undefined;
  let tail: RegExpExecArray | null | undefined;
  return (start, end) => {
    const before = sentence.slice(Math.max(0, start - 24), start);
    if (SCHEDULE_VERB_BEFORE.test(before)) return 'future';
    if (NEUTRAL_BEFORE.test(before)) return 'unknown';
    found ??= markers(sentence);
    if (tail === undefined) tail = ATTRIBUTION_TAIL.exec(sentence);
    const tailStart = tail && tail.index >= end ? tail.index : Infinity;
    const outsideTail = found.filter((marker) => marker.start < tailStart);
    let best: Marker | undefined;
    let bestDistance = Infinity;
    for (const marker of outsideTail.length > 0 ? outsideTail : found) {
      const distance = marker.end <= start ? start - marker.end : marker.start >= end ? marker.start - end + 0.5 : -1;
      if (distance < bestDistance) {
        best = marker;
        bestDistance = distance;
      }
    }
    // "Monday's attack", "Thursday's close": a possessive date names something that has happened.
    if (!best && /^'s\b/.test(sentence.slice(end, end + 3))) return 'past';
    return best?.tense ?? 'unknown';
  };
}

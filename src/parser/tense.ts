/**
 * Which way an underspecified date points, read from the verbs nearest to it. News reports past events
 * with past verbs ("said on Thursday") and schedules with "will", "is expected to" or the present
 * ("meets Monday"); the nearest marker to the date words decides, since one sentence often holds both
 * ("said on Tuesday it would close the plant on March 3").
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|won't|shall|'ll|would|going to|(?:is|are|was|were)\s+(?:scheduled|expected|due|set|slated|poised|planning|preparing|likely|about)|plans?\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|upcoming|coming|next|payable|effective|expires?|due|deadline|until|by|through|(?:set|scheduled|expected|slated|poised|due) to|(?:is|are) to|(?:meets|votes|opens|begins|starts|ends|closes|resumes|returns|arrives|departs|launches|takes effect|goes on sale|kicks off|convenes|holds|hosts|faces|plays|visits|travels|expires)\b)/gi;

const IRREGULAR_PAST =
  'said|told|met|made|began|begun|took|taken|gave|given|went|gone|came|saw|seen|won|lost|left|held|fell|fallen|rose|risen|sold|bought|brought|thought|felt|kept|led|paid|ran|sent|spent|stood|struck|wrote|written|spoke|spoken|broke|broken|chose|drove|flew|grew|grown|knew|known|threw|wore|became|got|found|heard|shot|fought|caught|taught|built|lent|meant|sank|sang|slid|swore|swept|tore|woke|withdrew|overtook|undertook|forecast|hit|quit|shut|was|were|had|did|ago|last|earlier|previously|already|yesterday|recently|since|(?:has|have|had)(?:n\'t)?\\s+(?:not\\s+)?(?:been|[a-z]+(?:ed|en|wn))';
// Words in -ed that are not past verbs; they would otherwise pull the nearest marker toward the past.
const NOT_PAST = new Set(['need', 'needed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'indeed', 'proceed', 'exceed', 'succeed', 'breed', 'greed', 'weed', 'deed', 'creed', 'united', 'limited', 'ed', 'bred']);
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+$/i;
const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST}|[a-z]{2,}ed)\\b`, 'gi');

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
    // "the reduced dividend", "its planned sale": a participle after a determiner is an adjective, not a tense.
    if (DETERMINER_BEFORE.test(sentence.slice(Math.max(0, match.index - 8), match.index)) && /ed$/i.test(match[0])) continue;
    found.push({ start: match.index, end: match.index + match[0].length, tense: 'past' });
  }
  return found;
}

/**
 * The tense governing the words at `[start, end)` of `sentence`. A marker inside the expression itself
 * ("last", "next") is the strongest evidence; otherwise the closest marker wins, a preceding one on ties.
 */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  let best: Marker | undefined;
  let bestDistance = Infinity;
  for (const marker of markers(sentence)) {
    const distance =
      marker.end <= start ? start - marker.end : marker.start >= end ? marker.start - end + 0.5 : -1;
    if (distance < bestDistance) {
      best = marker;
      bestDistance = distance;
    }
  }
  return best?.tense ?? 'unknown';
}

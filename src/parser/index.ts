import type { ParsedResult } from 'chrono-node';
import { ENGLISH } from './locales/en/english.js';
import { localeOf, registerLocale, type Locale } from './locale.js';
import { formatPeriod, isValidPeriod, periodBounds, relationTo, type CalendarDate, type Period } from '../model/calendar.js';
import { createDiscourse, type Discourse } from './discourse.js';
import { normalizeText, originalSpan, type NormalizedText } from './normalized-text.js';
import { parsePublished } from '../model/publication.js';
import { endOf, periodOf } from './reference.js';
import type { Sentence } from './sentences.js';
import { DEFAULT_MAX_LENGTH } from './limits.js';
import type { ExtractOptions, TextSpan, TimelineEvent } from '../model/types.js';

export type { DayPart, ExtractOptions, Granularity, PublishedInput, Relation, TextSpan, TimelineEvent } from '../model/types.js';

export { DEFAULT_MAX_LENGTH } from './limits.js';

registerLocale('en', ENGLISH);

function span(input: string, normalized: NormalizedText, start: number, end: number): TextSpan {
  const [from, to] = originalSpan(normalized, start, end);
  return { text: input.slice(from, to), start: from, end: to };
}

/** A range's end, when it is one: same precision as the start, and later. */
function rangeEnd(start: Period, end: Period | undefined): Period | undefined {
  if (!end || end.granularity !== start.granularity) return undefined;
  return periodBounds(end)[0] > periodBounds(start)[0] ? end : undefined;
}

/** One event per date a sentence names, into `events`: a later expression naming the same period adds nothing. */
function eventsOfSentence(
  input: string,
  normalized: NormalizedText,
  sentence: Sentence,
  results: ParsedResult[],
  published: CalendarDate,
  discourse: Discourse,
  locale: Locale,
  events: TimelineEvent[],
): void {
  const named = new Set<string>();
  const sentenceSpan = span(input, normalized, sentence.start, sentence.end);
  const afterDateline = locale.datelineEnd(sentence.text);
  // A title reads from after the dateline: "KYIV, Feb. 16 (AP) -" says nothing about the event.
  const titleStart = span(input, normalized, sentence.start + afterDateline, sentence.end).start;
  const titleText = input.slice(titleStart, sentenceSpan.end);
  for (const result of results) {
    if (result.index < afterDateline) continue;
    const tags = result.start.tags();
    const period = discourse.resolve(tags, periodOf(result.start, tags), locale.mentionOf(sentence.text, result));
    if (!period) continue;
    const endPeriod = rangeEnd(period, result.end ? periodOf(result.end) : undefined);
    if (!isValidPeriod(period) || (endPeriod && !isValidPeriod(endPeriod))) continue;
    const date = formatPeriod(period);
    const end = endPeriod && formatPeriod(endPeriod);
    const key = `${date}/${end ?? ''}`;
    if (named.has(key)) continue;
    named.add(key);
    const expression = span(input, normalized, sentence.start + result.index, sentence.start + endOf(result));
    const part = period.granularity === 'day' ? locale.dayPart(result.text) : undefined;
    // Set in the order a caller reads them; an object spread per optional field costs more than the event.
    const event = { id: `${date}@${expression.start}`, date } as TimelineEvent;
    if (end) event.end = end;
    event.granularity = period.granularity;
    if (part) event.part = part;
    event.expression = expression;
    event.sentence = sentenceSpan;
    // From the original words, so a title keeps the article's own quotes and dashes.
    event.title = locale.title(titleText, expression.start - titleStart, expression.end - titleStart);
    event.relation = relationTo(period, endPeriod, published);
    events.push(event);
  }
}

/** `options.maxLength`: a count of code units, or `Infinity` for no limit. NaN or a fraction would quietly turn the check off. */
function maxLengthOf(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_LENGTH;
  if (typeof value !== 'number') {
    throw new TypeError(`extractEvents: options.maxLength must be a number, got ${value === null ? 'null' : typeof value}`);
  }
  if (!(value >= 0) || !(Number.isInteger(value) || value === Infinity)) {
    throw new RangeError(`extractEvents: options.maxLength must be a non-negative integer or Infinity, got ${value}`);
  }
  return value;
}

/**
 * Finds the dated events of a news article and resolves each against its publication date.
 * Throws a `TypeError` for non-string text, an invalid `published` or a `maxLength` that is not a number,
 * a `RangeError` for a `maxLength` that is negative, NaN or a fraction and for text longer than `maxLength`,
 * and for a `lang` not supported (see locale.ts).
 */
export function extractEvents(text: string, options: ExtractOptions): TimelineEvent[] {
  if (typeof text !== 'string') throw new TypeError(`extractEvents: text must be a string, got ${text === null ? 'null' : typeof text}`);
  const published = parsePublished(options?.published);
  const maxLength = maxLengthOf(options.maxLength);
  if (text.length > maxLength) {
    throw new RangeError(`extractEvents: text is ${text.length} characters long, over the limit of ${maxLength} (raise options.maxLength)`);
  }
  const locale = localeOf(options.lang);
  const normalized = normalizeText(text);
  const all = locale.sentences(normalized.text);
  const tokens = locale.dateTokens(normalized.text, all);
  const dated: number[] = [];
  all.forEach((sentence, index) => {
    if (tokens[index]!.length > 0 && !locale.isBoilerplate(sentence.text)) dated.push(index);
  });
  const sentences = dated.map((index) => all[index]!);
  const results = locale.parseSentences(
    sentences.map((sentence) => sentence.text),
    dated.map((index) => tokens[index]!),
    published,
  );
  const discourse = createDiscourse(published);
  const events: TimelineEvent[] = [];
  sentences.forEach((sentence, index) => {
    discourse.startSentence();
    eventsOfSentence(text, normalized, sentence, results[index]!, published, discourse, locale, events);
  });
  return events;
}

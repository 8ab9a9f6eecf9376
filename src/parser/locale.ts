/**
 * The seam between the language-free pipeline (index.ts: sentences, discourse, titles, events) and one
 * language's grammar. English is built in (english.ts); every other language is a module of its own
 * (locales/<lang>.ts) that registers itself when loaded, so that English-only users never load it.
 */
import type { ParsedResult, ParsingResult } from 'chrono-node';
import type { CalendarDate } from '../model/calendar.js';
import { baseLanguage } from '../model/language-tag.js';
import type { DayPart } from '../model/types.js';
import type { Mention } from './discourse.js';
import type { Span } from './stretches.js';
import type { Sentence } from './sentences.js';

export interface Locale {
  /** The text's sentences, with their offsets. */
  sentences(text: string): Sentence[];
  /** The date tokens of each sentence, as spans inside it: a sentence with none is not parsed. */
  dateTokens(text: string, sentences: readonly Sentence[]): Span[][];
  /** The dated expressions of each sentence, in text order; `tokens[i]` are those of `sentences[i]`. */
  parseSentences(sentences: readonly string[], tokens: readonly (readonly Span[])[], published: CalendarDate): ParsingResult[][];
  /** Page furniture with dates but no event (a copyright line). */
  isBoilerplate(sentence: string): boolean;
  /** Where a wire dateline that opens the sentence ends ("MADRID, 16 feb (EFE) -"), or 0. */
  datelineEnd(sentence: string): number;
  /** How an expression stands in its sentence, for the discourse's history passages. */
  mentionOf(sentence: string, result: ParsedResult): Mention;
  /** The part of a day an expression names ("Tuesday evening"), if any. */
  dayPart(expression: string): DayPart | undefined;
  /** An event's title: the words of `sentence` that state it, without its date words at `[start, end)`. */
  title(sentence: string, start: number, end: number): string;
}

/** The languages extractEvents reads, as the base subtags of BCP 47. */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'fr', 'it', 'pt', 'de'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

const LOCALES = new Map<string, Locale>();

export function registerLocale(language: Language, locale: Locale): void {
  LOCALES.set(language, locale);
}

/** The supported language a tag names (`es-MX` is `es`), or undefined for one the parser has no grammar for. */
export function supportedLanguage(tag: string): Language | undefined {
  const base = baseLanguage(tag);
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(base) ? (base as Language) : undefined;
}

/** The grammar for a BCP 47 tag: its base language's. Throws a `RangeError` for a tag of no loaded language. */
export function localeOf(tag: unknown = 'en'): Locale {
  const locale = typeof tag === 'string' && LOCALES.get(baseLanguage(tag));
  if (locale) return locale;
  throw new RangeError(`extractEvents: options.lang ${JSON.stringify(tag)} is no loaded language (en; es, fr, it, pt, de once news-timeline/parser/<lang> is imported)`);
}

/**
 * One line of `news-timeline extract --jsonl`: a JSON record `{ id, text | html, published?, lang?,
 * url?, source? }`, read into an article with its date and where its language comes from, or the
 * reason it cannot be one. Pure but for the page reader, which only a record with `html` loads.
 */
import type { CalendarDate } from '../model/calendar.js';
import type { Language } from '../parser/locale.js';
import { isLanguageChoice, LANGUAGE_CHOICES, type LanguageSources } from './article-language.js';
import { UsageError } from './errors.js';
import { publishedFromOption, publishedFromText } from './published.js';

export interface JsonlArticle {
  id: string;
  text: string;
  /** As the parser is given it. */
  published: string;
  url?: string;
  source?: string;
  lang: Language;
}

/** A record read: its article, but for the language, which is told from `language` (article-language.ts). */
export interface ReadRecord {
  article: Omit<JsonlArticle, 'lang'>;
  /** `chosen`: the record's own "lang", checked. */
  language: LanguageSources;
}

/** Why a record was skipped, for its line on standard error. */
export class RecordError extends Error {}

const OPTIONAL_STRINGS = ['url', 'source'] as const;

/** `readPage`, given by the caller so that the page reader loads only when a record needs it. */
export type PageReader = (html: string) => { text: string; published?: string; lang?: string };

export function readRecord(line: string, today: CalendarDate, readPage: PageReader): ReadRecord {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw new RecordError(`not JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new RecordError('a record must be a JSON object');
  const fields = record as Record<string, unknown>;
  if (typeof fields.id !== 'string' || fields.id === '') throw new RecordError('"id" must be a non-empty string');
  const hasText = typeof fields.text === 'string';
  const hasHtml = typeof fields.html === 'string';
  if (hasText === hasHtml) throw new RecordError('a record needs a string "text" or a string "html", not both');
  for (const name of OPTIONAL_STRINGS) {
    if (fields[name] !== undefined && typeof fields[name] !== 'string') throw new RecordError(`"${name}" must be a string`);
  }
  if (fields.published !== undefined && typeof fields.published !== 'string') throw new RecordError('"published" must be a string');
  if (fields.lang !== undefined && typeof fields.lang !== 'string') throw new RecordError('"lang" must be a string');
  if (typeof fields.lang === 'string' && !isLanguageChoice(fields.lang)) {
    throw new RecordError(`unsupported "lang" ${JSON.stringify(fields.lang)}: the languages read are ${LANGUAGE_CHOICES}`);
  }
  const page = hasHtml ? readPage(fields.html as string) : undefined;
  const text = page ? page.text : (fields.text as string);
  let published: string;
  try {
    const stated = (fields.published as string | undefined) ?? page?.published;
    published = stated !== undefined ? publishedFromOption(stated).value : publishedFromText(text, today).value;
  } catch (error) {
    if (error instanceof UsageError) throw new RecordError(error.message.replace('--published value', '"published"'));
    throw error;
  }
  const article = {
    id: fields.id,
    text,
    published,
    ...(fields.url === undefined ? {} : { url: fields.url as string }),
    ...(fields.source === undefined ? {} : { source: fields.source as string }),
  };
  return { article, language: { chosen: fields.lang as string | undefined, page: page?.lang } };
}

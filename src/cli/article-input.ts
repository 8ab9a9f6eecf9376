import type { Readable } from 'node:stream';
import type { CalendarDate } from '../model/calendar.js';
import { isHtmlInput } from '../html/page-input.js';
import { DEFAULT_MAX_LENGTH } from '../parser/limits.js';
import type { Language } from '../parser/locale.js';
import { articleLanguage } from './article-language.js';
import { UsageError } from './errors.js';
import { readInput } from './input.js';
import { publishedFromOption, publishedFromText, type Published } from './published.js';

/** One article as the CLI reads it: its text (a page's article body, for a web page) and its date. */
export interface ArticleInput {
  text: string;
  published: Published;
  /** Whether FILE was a web page: the events' offsets are then into `text`, not into the file. */
  fromPage: boolean;
  /** What the text is read as, its grammar loaded. */
  lang: Language;
}

/** What the command line says of every FILE. */
export interface ArticleOptions {
  published: Published | undefined;
  /** `--lang`, checked: a supported tag or `auto`. */
  lang: string | undefined;
  /** What a dateline without a year is counted back from. */
  today: CalendarDate;
}

const nameOf = (file: string) => (file === '-' ? 'standard input' : JSON.stringify(file));

/**
 * Reads FILE (`-`: standard input). A web page is read with Readability (loaded only then: it is large),
 * and dated by `--published`, else its own metadata, else the dateline or byline of its text; a text
 * file by `--published`, else its dateline or byline. Its language is `--lang`, else a page's own
 * `<html lang>`, else English (see article-language.ts). `note` gets what the user should know but that is
 * no error (a dateline read without a year, a language read as English). Throws {@link UsageError},
 * naming FILE when it is one of several.
 */
export async function readArticleInput(file: string, stdin: Readable, options: ArticleOptions, note: (message: string) => void, several: boolean): Promise<ArticleInput> {
  const raw = await readInput(file, stdin, DEFAULT_MAX_LENGTH);
  const fromPage = isHtmlInput(file, raw);
  let text = raw;
  let published = options.published;
  let pageLang: string | undefined;
  if (fromPage) {
    const { readPage } = await import('../html/read-page.js');
    const page = readPage(raw);
    text = page.text;
    pageLang = page.lang;
    if (!published && page.published) {
      try {
        published = publishedFromOption(page.published);
      } catch {
        note(`${nameOf(file)}: the page's publication date ${JSON.stringify(page.published.slice(0, 40))} is not a date; reading the text's dateline instead`);
      }
    }
  }
  try {
    if (!published) {
      const found = publishedFromText(text, options.today);
      if (found.note) note(`${nameOf(file)}: ${found.note}`);
      published = found;
    }
  } catch (error) {
    throw error instanceof UsageError && several ? new UsageError(`${nameOf(file)}: ${error.message}`) : error;
  }
  const language = await articleLanguage({ chosen: options.lang, page: pageLang }, text);
  if (language.note) note(`${nameOf(file)}: ${language.note}`);
  return { text, published, fromPage, lang: language.lang };
}

/**
 * A worker of `news-timeline extract --jsonl`: reads the records it is sent and answers each with its
 * events (as NDJSON lines, each tagged with the record's id), or its article for a merge, or the reason
 * it was skipped. Records arrive in batches so that messaging stays a small part of the cost. Each
 * record's language (its own "lang", else `--lang`, else its page's, else English) is loaded here, by
 * each worker for the first record it reads in that language.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractEvents } from '../parser/index.js';
import { DEFAULT_MAX_LENGTH } from '../parser/limits.js';
import { articleLanguage } from './article-language.js';
import { readRecord, RecordError, type JsonlArticle, type PageReader } from './jsonl-record.js';
import type { CalendarDate } from '../model/calendar.js';

export interface WorkerBatch {
  first: number;
  /** `null`: a line too long to be one article, not read. */
  lines: Array<string | null>;
}

/** `note`: what the user should hear of a record read all the same (a language read as English). */
export type RecordAnswer = { ok: true; output: string; article?: JsonlArticle; note?: string } | { ok: false; reason: string };

export interface WorkerAnswer {
  first: number;
  answers: RecordAnswer[];
}

/** `lang`: `--lang`, for the records without their own. */
export interface WorkerData {
  today: CalendarDate;
  merge: boolean;
  lang: string | undefined;
}

const { today, merge, lang: langOption } = workerData as WorkerData;
let pageReader: PageReader | undefined;
const readPage: PageReader = (html) => {
  if (!pageReader) throw new RecordError('an "html" record needs the page reader, which could not load');
  return pageReader(html);
};

async function answer(line: string | null): Promise<RecordAnswer> {
  if (line === null) return { ok: false, reason: `longer than ${DEFAULT_MAX_LENGTH} characters, the longest article read` };
  try {
    const { article: read, language } = readRecord(line, today, readPage);
    const { lang, note } = await articleLanguage({ chosen: language.chosen ?? langOption, page: language.page }, read.text);
    const article = { ...read, lang };
    const noted = note === undefined ? {} : { note };
    if (merge) return { ok: true, output: '', article, ...noted };
    const events = extractEvents(article.text, { published: article.published, lang });
    return { ok: true, output: events.map((event) => `${JSON.stringify({ ...event, article: article.id })}\n`).join(''), ...noted };
  } catch (error) {
    if (error instanceof RecordError) return { ok: false, reason: error.message };
    return { ok: false, reason: `cannot read it: ${(error as Error).message}` };
  }
}

parentPort!.on('message', async (batch: WorkerBatch) => {
  // Readability and linkedom load only for the first record that is a page.
  if (!pageReader && batch.lines.some((line) => line?.includes('"html"'))) {
    pageReader = (await import('../html/read-page.js')).readPage;
  }
  const answers: RecordAnswer[] = [];
  for (const line of batch.lines) answers.push(await answer(line));
  parentPort!.postMessage({ first: batch.first, answers } satisfies WorkerAnswer);
});

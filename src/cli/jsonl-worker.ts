/**
 * A worker of `news-timeline extract --jsonl`: reads the records it is sent and answers each with its
 * events (as NDJSON lines, each tagged with the record's id), or its article for a merge, or the reason
 * it was skipped. Records arrive in batches so that messaging stays a small part of the cost.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractEvents } from '../parser/index.js';
import { DEFAULT_MAX_LENGTH } from '../parser/limits.js';
import { readRecord, RecordError, type JsonlArticle, type PageReader } from './jsonl-record.js';
import type { CalendarDate } from '../model/calendar.js';

export interface WorkerBatch {
  first: number;
  /** `null`: a line too long to be one article, not read. */
  lines: Array<string | null>;
}

export type RecordAnswer = { ok: true; output: string; article?: JsonlArticle } | { ok: false; reason: string };

export interface WorkerAnswer {
  first: number;
  answers: RecordAnswer[];
}

const { today, merge } = workerData as { today: CalendarDate; merge: boolean };
let pageReader: PageReader | undefined;
const readPage: PageReader = (html) => {
  if (!pageReader) throw new RecordError('an "html" record needs the page reader, which could not load');
  return pageReader(html);
};

function answer(line: string | null): RecordAnswer {
  if (line === null) return { ok: false, reason: `longer than ${DEFAULT_MAX_LENGTH} characters, the longest article read` };
  try {
    const article = readRecord(line, today, readPage);
    if (merge) return { ok: true, output: '', article };
    const events = extractEvents(article.text, { published: article.published });
    return { ok: true, output: events.map((event) => `${JSON.stringify({ ...event, article: article.id })}\n`).join('') };
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
  parentPort!.postMessage({ first: batch.first, answers: batch.lines.map(answer) } satisfies WorkerAnswer);
});

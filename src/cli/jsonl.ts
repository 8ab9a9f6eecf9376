/**
 * `news-timeline extract --jsonl`: an archive, one JSON record per line in, one event per line out, on
 * every core. Lines are read as they come and handed in batches to worker threads (jsonl-worker.ts); at
 * most a few batches per worker are in flight, so memory stays flat however long the input, and the
 * answers are written in input order, so that a run split over several processes (Hadoop Streaming,
 * Spark's RDD.pipe, GNU parallel --pipe) gives the same lines as one. A bad record is reported on
 * standard error with its line number and skipped; the run goes on, and exits 1 at the end.
 */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_LENGTH } from '../parser/limits.js';
import type { JsonlArticle } from './jsonl-record.js';
import type { RecordAnswer, WorkerAnswer, WorkerBatch, WorkerData } from './jsonl-worker.js';
import type { Command } from './args.js';
import { localToday } from './published.js';
import { UsageError, oneLine } from './errors.js';

export interface JsonlIO {
  stdin: Readable;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether standard error is a terminal, which then shows progress. */
  progress: boolean;
  drain: () => Promise<void>;
}

// About this many characters of records per message: large enough that messaging is a small cost,
// small enough that every worker gets some of a short archive.
const BATCH_CHARS = 64 * 1024;
const BATCH_LINES = 256;
const IN_FLIGHT_PER_WORKER = 3;

/** Lines of a stream, each at most `max` characters; a longer one is given as `undefined`, unread. */
async function* linesOf(stream: Readable, max: number): AsyncGenerator<string | undefined> {
  stream.setEncoding('utf8');
  let pending = '';
  let skipping = false;
  for await (const chunk of stream as AsyncIterable<string>) {
    let from = 0;
    for (let newline = chunk.indexOf('\n'); newline >= 0; newline = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, newline);
      from = newline + 1;
      if (skipping) {
        skipping = false;
        yield undefined;
      } else if (pending.length + piece.length > max) yield undefined;
      else yield pending + piece;
      pending = '';
    }
    const rest = chunk.slice(from);
    if (!skipping && pending.length + rest.length > max) {
      pending = '';
      skipping = true;
    } else if (!skipping) pending += rest;
  }
  if (skipping) yield undefined;
  else if (pending.trim() !== '') yield pending;
}

export async function runJsonl({ file, merge, workers, lang }: Extract<Command, { kind: 'jsonl' }>, io: JsonlIO): Promise<0 | 1> {
  const stream = file === '-' ? io.stdin : createReadStream(file);
  const count = Math.max(1, workers ?? availableParallelism());
  const workerData: WorkerData = { today: localToday(), merge, lang };
  const pool = Array.from({ length: count }, () => new Worker(new URL('./jsonl-worker.js', import.meta.url), { workerData }));
  const articles: JsonlArticle[] = [];
  let failed = 0;
  let records = 0;
  const started = Date.now();
  // Answers by their batch's first line; written once every earlier batch is.
  const done = new Map<number, RecordAnswer[]>();
  let nextToWrite = 1;
  const write = () => {
    for (let answers = done.get(nextToWrite); answers; answers = done.get(nextToWrite)) {
      done.delete(nextToWrite);
      answers.forEach((answer, offset) => {
        if (answer.ok) {
          if (answer.note) io.stderr(`news-timeline: note: line ${nextToWrite + offset}: ${answer.note}\n`);
          if (answer.article) articles.push(answer.article);
          else io.stdout(answer.output);
        } else {
          failed++;
          io.stderr(`news-timeline: line ${nextToWrite + offset}: ${answer.reason}\n`);
        }
      });
      nextToWrite += answers.length;
    }
    if (io.progress) io.stderr(`\r${records.toLocaleString('en-US')} records, ${Math.round(records / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString('en-US')} a second`);
  };
  // Each worker takes the next batch when it answers one; reading waits (`wake`) while enough are in flight.
  let inFlight = 0;
  let wake: (() => void) | undefined;
  let crash: Error | undefined;
  const idle: Worker[] = [...pool];
  const queue: WorkerBatch[] = [];
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) idle.pop()!.postMessage(queue.shift()!);
  };
  for (const worker of pool) {
    worker.on('message', ({ first, answers }: WorkerAnswer) => {
      records += answers.length;
      done.set(first, answers);
      inFlight--;
      idle.push(worker);
      dispatch();
      write();
      wake?.();
    });
    worker.on('error', (error) => {
      crash = error;
      wake?.();
    });
  }
  const send = async (batch: WorkerBatch) => {
    await io.drain();
    while (inFlight >= count * IN_FLIGHT_PER_WORKER && !crash) await new Promise<void>((resolve) => (wake = resolve));
    if (crash) throw crash;
    inFlight++;
    queue.push(batch);
    dispatch();
  };
  try {
    let line = 0;
    let batch: WorkerBatch = { first: 1, lines: [] };
    let chars = 0;
    try {
      for await (const text of linesOf(stream, DEFAULT_MAX_LENGTH)) {
        line++;
        // A line too long to be one article goes as null, for the worker to answer in its place.
        batch.lines.push(text ?? null);
        chars += text?.length ?? 0;
        if (chars >= BATCH_CHARS || batch.lines.length >= BATCH_LINES) {
          await send(batch);
          batch = { first: line + 1, lines: [] };
          chars = 0;
        }
      }
    } catch (error) {
      if (error instanceof Error && 'code' in error) throw new UsageError(`cannot read ${file === '-' ? 'standard input' : JSON.stringify(file)}: ${oneLine(error)}`);
      throw error;
    }
    if (batch.lines.length > 0) await send(batch);
    while (inFlight > 0 && !crash) await new Promise<void>((resolve) => (wake = resolve));
    if (crash) throw crash;
    if (io.progress) io.stderr('\n');
    if (merge) {
      const { buildStory } = await import('../story/index.js');
      const { loadLanguage } = await import('../parser/load-language.js');
      // The workers loaded each record's language for themselves; the story is read here.
      for (const language of new Set(articles.map((article) => article.lang))) await loadLanguage(language);
      for (const event of buildStory(articles)) io.stdout(`${JSON.stringify(event)}\n`);
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

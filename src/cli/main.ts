#!/usr/bin/env node
import { once } from 'node:events';
import { oneLine } from './errors.js';
import { run } from './run.js';

// A reader that closes the pipe early (`| head`) has seen all it wanted: not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`news-timeline: cannot write output: ${oneLine(error)}\n`);
  process.exitCode = 1;
});

// exitCode rather than process.exit(): exiting at once could cut off output still being flushed to a pipe.
run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  progress: process.stderr.isTTY === true,
  drain: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  },
}).then(
  (code) => {
    // A failed write, reported above, keeps its 1 even though the run itself succeeded.
    process.exitCode ||= code;
  },
  (error: unknown) => {
    process.stderr.write(`news-timeline: internal error: ${oneLine(error)}\n`);
    process.exitCode = 1;
  },
);

import type { TimelineEvent } from '../model/types.js';
import type { OutputFormat } from './args.js';

/**
 * The text written to stdout for the data formats, ending in a newline unless there is nothing to write.
 * (`html` is a page, made by html-output.ts.)
 */
export function formatOutput(published: string, events: readonly TimelineEvent[], format: Exclude<OutputFormat, 'html'>, pageText?: string): string {
  // Read from a web page, the events' offsets are into the article's text, which the output then carries.
  if (format === 'json') return `${JSON.stringify(pageText === undefined ? { published, events } : { published, text: pageText, events }, null, 2)}\n`;
  // Each line stands alone as a TimelineEvent so `jq -c`, `grep` and streaming readers need no wrapper.
  return events.map((event) => `${JSON.stringify(event)}\n`).join('');
}

/** A story's output: `json` lists its articles and events; `ndjson` is its events, one per line. */
export function formatStory(articles: ReadonlyArray<{ id: string; published: string }>, events: readonly TimelineEvent[], format: Exclude<OutputFormat, 'html'>): string {
  if (format === 'json') return `${JSON.stringify({ articles, events }, null, 2)}\n`;
  return events.map((event) => `${JSON.stringify(event)}\n`).join('');
}

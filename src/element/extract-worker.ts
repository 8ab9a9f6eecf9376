/**
 * Module worker: reads a long article off the main thread, so typing into a page that feeds the
 * element never stalls. Same extractEvents as everywhere else.
 */
import { extractEvents } from '../parser/index.js';

export interface ExtractRequest {
  id: number;
  text: string;
  published: string;
}

export type ExtractResponse = { id: number; events: ReturnType<typeof extractEvents> } | { id: number; error: string };

addEventListener('message', (message: MessageEvent<ExtractRequest>) => {
  const { id, text, published } = message.data;
  try {
    postMessage({ id, events: extractEvents(text, { published }) } satisfies ExtractResponse);
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies ExtractResponse);
  }
});

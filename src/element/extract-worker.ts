/**
 * Module worker: reads a long article off the main thread, so typing into a page that feeds the
 * element never stalls. Same extractEvents as everywhere else, in the language it is asked for, whose
 * grammar it loads as the main thread does.
 */
import type { Language } from '../parser/locale.js';
import { extractEvents, loadLanguage } from './reader.js';

export interface ExtractRequest {
  id: number;
  text: string;
  published: string;
  lang: Language;
}

export type ExtractResponse = { id: number; events: ReturnType<typeof extractEvents> } | { id: number; error: string };

// Requests are answered in the order they came, as the element counts on, even when one waits for a grammar.
let previous: Promise<void> = Promise.resolve();

addEventListener('message', (message: MessageEvent<ExtractRequest>) => {
  const { id, text, published, lang } = message.data;
  previous = previous.then(async () => {
    try {
      await loadLanguage(lang);
      postMessage({ id, events: extractEvents(text, { published, lang }) } satisfies ExtractResponse);
    } catch (error) {
      postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies ExtractResponse);
    }
  });
});

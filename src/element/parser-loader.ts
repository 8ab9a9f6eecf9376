/**
 * The element loads the parser (with chrono-node, half of the bundle) when it first has text to read:
 * a page that gives `events` never pays for it, and the element's first paint never waits for it. In
 * the single-file bundle this import is the chunk news-timeline.parser.js beside it.
 */
import type * as Parser from '../parser/index.js';

export type ParserModule = typeof Parser;

let loaded: ParserModule | undefined;
let loading: Promise<ParserModule> | undefined;

/** The parser, once a `loadParser()` has finished: reading is then synchronous. */
export function loadedParser(): ParserModule | undefined {
  return loaded;
}

/**
 * Makes an imported parser the loaded one. news-timeline/element on the server imports it with the
 * element: server-side rendering is synchronous, so `text` is read while rendering, never later.
 */
export function useParser(parser: ParserModule): void {
  loaded = parser;
  loading = Promise.resolve(parser);
}

/** Loads the parser once; a failed load (a page that copied the bundle without its chunk) is tried again on the next call. */
export function loadParser(): Promise<ParserModule> {
  loading ??= import('../parser/index.js').then(
    (parser) => (loaded = parser),
    (error: unknown) => {
      loading = undefined;
      throw new Error(`the parser could not load (${error instanceof Error ? error.message : String(error)})`);
    },
  );
  return loading;
}

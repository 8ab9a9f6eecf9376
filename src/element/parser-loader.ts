/**
 * The element loads the parser (with chrono-node, half of the bundle) when it first has text to read:
 * a page that gives `events` never pays for it, and the element's first paint never waits for it. In
 * the single-file bundle this import is the chunk news-timeline.parser.js beside it, and each language
 * but English a chunk of its own that the parser loads for a page in that language.
 */
import type { Language } from '../parser/locale.js';
import type * as Reader from './reader.js';

export type ParserModule = typeof Reader;
/** extractEvents, reading in one language: what `resolveTimeline` and stories are handed. */
export type Extract = ParserModule['extractEvents'];

let loaded: ParserModule | undefined;
let loading: Promise<ParserModule> | undefined;
/** The grammars loaded, and those loading: English is part of the parser. */
const languages = new Map<Language, Promise<void>>();
const ready = new Set<Language>(['en']);

/** extractEvents in `lang`, once the parser and that language's grammar have loaded: reading is then synchronous. */
export function loadedReader(lang: Language): Extract | undefined {
  return loaded && ready.has(lang) ? readerOf(loaded, lang) : undefined;
}

function readerOf(parser: ParserModule, lang: Language): Extract {
  return (text, options) => parser.extractEvents(text, { ...options, lang });
}

/**
 * Makes an imported parser the loaded one, with the grammars imported beside it. news-timeline/element
 * on the server imports them with the element: server-side rendering is synchronous, so `text` is read
 * while rendering, never later.
 */
export function useParser(parser: ParserModule, grammars: readonly Language[]): void {
  loaded = parser;
  loading = Promise.resolve(parser);
  for (const language of grammars) ready.add(language);
}

/**
 * Loads the parser and the grammar of `lang`, each once; a failed load (a page that copied the bundle
 * without its chunks) is tried again on the next call.
 */
export async function loadReader(lang: Language): Promise<Extract> {
  const parser = await loadParser();
  if (!ready.has(lang)) {
    let grammar = languages.get(lang);
    if (!grammar) {
      grammar = parser.loadLanguage(lang).then(
        () => void ready.add(lang),
        (error: unknown) => {
          languages.delete(lang);
          throw new Error(`the ${lang} grammar could not load (${error instanceof Error ? error.message : String(error)})`);
        },
      );
      languages.set(lang, grammar);
    }
    await grammar;
  }
  return readerOf(parser, lang);
}

function loadParser(): Promise<ParserModule> {
  loading ??= import('./reader.js').then(
    (parser) => (loaded = parser),
    (error: unknown) => {
      loading = undefined;
      throw new Error(`the parser could not load (${error instanceof Error ? error.message : String(error)})`);
    },
  );
  return loading;
}

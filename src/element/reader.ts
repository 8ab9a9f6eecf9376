/**
 * What the element loads when it first has text to read (the parser chunk of the bundle): the parser,
 * and the loader of its languages' grammars, each of which is a chunk of its own, fetched only by a page
 * in that language. The worker reads with the same two.
 */
export { extractEvents } from '../parser/index.js';
export { loadLanguage } from '../parser/load-language.js';

/**
 * news-timeline/element on the server: the "node" export condition, which Node, @lit-labs/ssr and the
 * server builds of bundlers use. The same element, with the parser and every language's grammar loaded
 * at once rather than when first needed (see parser-loader.ts), so that server-side rendering draws the
 * events of `text` in the language of the element's `lang`.
 */
import '../parser/locales/es.js';
import '../parser/locales/fr.js';
import '../parser/locales/it.js';
import '../parser/locales/pt.js';
import '../parser/locales/de.js';
import { SUPPORTED_LANGUAGES } from '../parser/locale.js';
import { useParser } from './parser-loader.js';
import * as parser from './reader.js';

useParser(parser, SUPPORTED_LANGUAGES);

export * from './define.js';

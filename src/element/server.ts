/**
 * news-timeline/element on the server: the "node" export condition, which Node, @lit-labs/ssr and the
 * server builds of bundlers use. The same element, with the parser loaded at once rather than when
 * first needed (see parser-loader.ts), so that server-side rendering draws the events of `text`.
 */
import * as parser from '../parser/index.js';
import { useParser } from './parser-loader.js';

useParser(parser);

export * from './define.js';

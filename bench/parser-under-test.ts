// The parser as a user's program runs it: the package's compiled modules (`npm run bench` compiles them
// first), not the sources through tsx, whose name-keeping wrappers around every function cost the parser
// about 8% over TBAQ.
export { extractEvents } from '../dist/parser/index.js';
export { loadLanguage } from '../dist/parser/load-language.js';

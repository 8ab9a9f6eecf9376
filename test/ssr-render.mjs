// Server-side rendering of <news-timeline> as a site's server does it: @lit-labs/ssr in Node, importing
// news-timeline/element (its "node" export). Reads `{ published, text, article, events }` as JSON on
// standard input and prints, as JSON, the HTML of the element given each input on its own: `text` (an
// attribute), `article` (HTML in its light DOM) and `events` (a property). Run where news-timeline
// resolves to the package under test: the repository itself (its dist/), or a project that installed
// the packed tarball (test/ship/pack.test.ts copies this file there).
// With `--global-dom-shim` it first installs the window, document and location that @lit-labs/ssr's
// docs offer for code that expects them.
import { readFileSync } from 'node:fs';

if (process.argv.includes('--global-dom-shim')) await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const { unsafeHTML } = await import('lit/directives/unsafe-html.js');
await import('news-timeline/element');

const { published, text, article, events } = JSON.parse(readFileSync(0, 'utf8'));
const templates = {
  text: html`<news-timeline published=${published} text=${text}></news-timeline>`,
  article: html`<news-timeline published=${published}>${unsafeHTML(article)}</news-timeline>`,
  events: html`<news-timeline published=${published} .events=${events}></news-timeline>`,
};
console.log(JSON.stringify(Object.fromEntries(Object.entries(templates).map(([name, template]) => [name, collectResultSync(render(template))]))));

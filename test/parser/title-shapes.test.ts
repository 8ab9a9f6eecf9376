// Our own articles (test/fixtures, demo/examples) read through extractEvents: no title has a shape of
// bench/title-shape-checks.ts, the broken titles issue 10 found. `npx tsx bench/title-shapes.ts`
// counts the same shapes over TBAQ too.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { titleShapes } from '../../bench/title-shape-checks.js';
import { findPublicationDate } from '../../src/cli/dateline.js';
import { extractEvents } from '../../src/parser/index.js';

const FOLDERS = ['../fixtures/', '../../demo/examples/'].map((folder) => new URL(folder, import.meta.url));

const articles = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => {
      const text = readFileSync(new URL(name, folder), 'utf8');
      // A fixture names its publication date; an example has it in its dateline.
      return { name, text, published: /(\d{4}-\d\d-\d\d)\.txt$/.exec(name)?.[1] ?? findPublicationDate(text) };
    }),
);

describe('titles of our own articles', () => {
  it('finds the articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const article of articles) expect(article.published, article.name).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it.each(articles.map((article) => [article.name, article] as const))('%s: no broken title', (_name, article) => {
    const broken = extractEvents(article.text, { published: article.published! })
      .map((event) => ({ title: event.title, shapes: titleShapes(event.title), sentence: event.sentence.text }))
      // "Dorsey resigned" is short and says what happened: a short title is broken when it is one word.
      .filter(({ title, shapes }) => shapes.some((shape) => shape !== 'too short' || title.split(' ').length < 2));
    expect(broken).toEqual([]);
  });
});

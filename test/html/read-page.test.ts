/**
 * readPage on saved news pages of our own (test/fixtures/pages/), with the navigation, promos, related
 * links, comments, cookie banners, newsletters and footers real pages carry: only the article is read,
 * and its date comes from the page's metadata.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/html/read-page.js';
import { isHtmlInput } from '../../src/html/page-input.js';
import { extractEvents } from '../../src/parser/index.js';

const page = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', name), 'utf8');
const COURIER = page('courier-levee.html');
const WIRE = page('wire-markets.html');

describe('readPage', () => {
  it('reads the headline and the article, a line per paragraph, and none of the page around it', () => {
    const { text, title, published } = readPage(COURIER);
    expect(title).toBe('Levee repairs to begin Monday as river falls');
    expect(published).toBe('2026-04-10T07:45:00-04:00');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(title);
    expect(lines[1]).toMatch(/^PINEVILLE — Crews will begin repairing the Pineville levee on Monday/);
    expect(lines.at(-1)).toBe('Schools will reopen on April 20, the district said.');
    for (const boilerplate of ['Subscribe', 'Offer ends', 'Events this weekend', 'Related stories', 'Posted Monday', 'Office hours', 'Privacy', 'rain on Sunday', 'By June Alder']) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('gives events only from the article', () => {
    const { text, published } = readPage(COURIER);
    const events = extractEvents(text, { published: published! });
    expect(events.map((event) => `${event.expression.text}=${event.date}`)).toEqual([
      'Monday=2026-04-13',
      'on Monday=2026-04-13',
      'Thursday=2026-04-09',
      'on Tuesday=2026-04-07',
      'since 1977=1977',
      'on Wednesday=2026-04-08',
      'in 1936=1936',
      'on Wednesday=2026-04-08',
      'April 20=2026-04-20',
    ]);
  });

  it('takes datePublished from a JSON-LD @graph, and leaves scripts, banners, newsletters and sidebars out', () => {
    const { text, published } = readPage(WIRE);
    expect(published).toBe('2026-09-10T21:05:00Z');
    for (const boilerplate of ['cookies', 'Most read', 'Morning Bid', 'Data delayed', 'dataLayer', 'Gold hits record', '3 min read']) {
      expect(text).not.toContain(boilerplate);
    }
    const events = extractEvents(text, { published: published! });
    expect(events.map((event) => event.date)).toEqual(['2026-09-10', '2026-Q3', '2026-W38', '2026-09-16', '2026-09-15', '2026']);
  });

  it("falls back on the article's <time datetime>, and gives no date for a page without one", () => {
    const noMeta = COURIER.replace(/<meta property="article:published_time"[^>]*>/, '').replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    expect(readPage(noMeta).published).toBe('2026-04-10T07:45:00-04:00');
    expect(readPage('<html><body><p>Schools closed on Monday.</p></body></html>')).toEqual({ text: 'Schools closed on Monday.\n' });
  });

  it('gives the language the page states in <html lang> or xml:lang, and none for a page that states none', () => {
    expect(readPage('<!doctype html><html lang="es-ES"><body><p>El martes.</p></body></html>').lang).toBe('es-ES');
    expect(readPage('<html xml:lang="fr"><body><p>Mardi.</p></body></html>').lang).toBe('fr');
    expect(readPage('<html lang=" "><body><p>Monday.</p></body></html>')).not.toHaveProperty('lang');
    expect(readPage('<p>Monday.</p>')).not.toHaveProperty('lang');
  });

  it('reads broken or empty markup without throwing', () => {
    for (const html of ['', '<html>', '<p>Unclosed <b>bold on Monday', '<script>{"datePublished": </script><p>x</p>', '<<<>>>']) {
      expect(() => readPage(html)).not.toThrow();
    }
    // A JSON-LD block that does not parse is passed over.
    expect(readPage('<script type="application/ld+json">{ not json</script><p>Text.</p>').published).toBeUndefined();
  });
});

describe('isHtmlInput', () => {
  it('tells a page by its name or its first tag, and text that mentions tags as text', () => {
    expect(isHtmlInput('story.html', 'anything')).toBe(true);
    expect(isHtmlInput('-', '\n  <!DOCTYPE html><html>')).toBe(true);
    expect(isHtmlInput('-', '<!-- saved --><html lang="en">')).toBe(true);
    expect(isHtmlInput('story.txt', 'The <html> tag opens a page, the writer said on Monday.')).toBe(false);
  });
});

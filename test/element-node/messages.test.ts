import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/parser/locale.js';
import { MESSAGES, message, messagesFor, plural, type Plural } from '../../src/element/messages.js';

const KEYS = Object.keys(MESSAGES.en).sort();
/** Every `{name}` a message fills in. */
const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
const forms = (value: string | Plural) => (typeof value === 'string' ? [value] : Object.values(value));

describe('the message table', () => {
  it('has words for every language the parser reads, and no other', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it.each(SUPPORTED_LANGUAGES)('has every key in %s, each with the words of its own and the names English fills in', (lang) => {
    const words = MESSAGES[lang];
    expect(Object.keys(words).sort()).toEqual(KEYS);
    for (const key of KEYS) {
      const english = forms(MESSAGES.en[key as keyof typeof words]);
      for (const form of forms(words[key as keyof typeof words])) {
        expect(form.trim(), `${lang}.${key}`).not.toBe('');
        // A translation may leave out `{n}` where its words say the count ("Un altro evento"), never add a name.
        expect(names(form).filter((name) => name !== 'n'), `${lang}.${key}: ${form}`).toEqual(names(english[english.length - 1]!).filter((name) => name !== 'n'));
      }
    }
  });

  it.each(SUPPORTED_LANGUAGES)('has a form for every plural category %s counts clusters and sources in', (lang) => {
    const rules = new Intl.PluralRules(lang);
    for (const count of [1, 2, 3, 5, 11, 21, 100, 1000]) {
      const category = rules.select(count);
      for (const key of ['more', 'moreLabel', 'sources'] as const) {
        const value = MESSAGES[lang][key];
        expect(category === 'other' || category in value || value.other.includes('{n}'), `${lang}.${key} for ${count} (${category})`).toBe(true);
      }
    }
  });
});

describe('messagesFor', () => {
  it("reads a tag as its base language's words", () => {
    expect(messagesFor('es-MX')).toBe(MESSAGES.es);
    expect(messagesFor('pt-BR')).toBe(MESSAGES.pt);
    expect(messagesFor('DE')).toBe(MESSAGES.de);
  });

  it('gives the English words to a language without its own', () => {
    expect(messagesFor('ja')).toBe(MESSAGES.en);
    expect(messagesFor('nl-BE')).toBe(MESSAGES.en);
  });
});

describe('plural', () => {
  it('picks the form of the count by the language\'s plural rules, with the count as the language writes it', () => {
    expect(plural(MESSAGES.en.more, 3, 'en')).toBe('+3 more');
    expect(plural(MESSAGES.es.more, 3, 'es')).toBe('+3 más');
    expect(plural(MESSAGES.fr.more, 1, 'fr')).toBe('+1 autre');
    expect(plural(MESSAGES.fr.more, 2, 'fr')).toBe('+2 autres');
    expect(plural(MESSAGES.de.more, 1234, 'de')).toBe('+1.234 weitere');
    expect(plural(MESSAGES.en.sources, 1, 'en')).toBe('Source');
    expect(plural(MESSAGES.de.sources, 3, 'de')).toBe('3 Quellen');
    expect(plural(MESSAGES.es.moreLabel, 1, 'es', { span: '2022' })).toBe('1 evento más, 2022: acercar');
    expect(plural(MESSAGES.es.moreLabel, 4, 'es', { span: '2022' })).toBe('4 eventos más, 2022: acercar');
  });
});

describe('message', () => {
  it('fills in the names given and leaves any other in sight', () => {
    expect(message(MESSAGES.de.openLabel, { name: 'Die Zeit' })).toBe('Die Zeit öffnen');
    expect(message('{from} to {to}', { from: 'May' })).toBe('May to {to}');
  });
});

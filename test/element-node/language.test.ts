import { describe, expect, it } from 'vitest';
import { usableLanguage } from '../../src/element/language.js';

describe('usableLanguage', () => {
  it.each([
    ['en-US', 'en-US'],
    ['EN-us', 'en-US'],
    ['en_US', 'en-US'],
    ['de_DE.UTF-8', 'de-DE'],
    ['sr_RS@latin', 'sr-RS'],
    ['pt_BR.ISO-8859-1@euro', 'pt-BR'],
    [' fr ', 'fr'],
    ['zh_Hant_TW', 'zh-Hant-TW'],
  ])('reads %j as %j', (lang, expected) => {
    expect(usableLanguage([lang])).toBe(expected);
    expect(() => new Intl.DateTimeFormat(usableLanguage([lang])), lang).not.toThrow();
  });

  it.each(['en-', '!!', 'x', 'en--US', '_', '.UTF-8', 'de-DE-u-'])('passes over %j, which no Intl constructor takes', (lang) => {
    expect(() => new Intl.DateTimeFormat(lang), `${lang} is really rejected`).toThrow(RangeError);
    expect(usableLanguage([lang, 'de'])).toBe('de');
  });

  it('skips empty and missing candidates, and falls back to English', () => {
    expect(usableLanguage([undefined, null, '', 'es_MX'])).toBe('es-MX');
    expect(usableLanguage(['en-', '!!'])).toBe('en');
    expect(usableLanguage([])).toBe('en');
  });
});

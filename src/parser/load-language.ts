/**
 * Loads a language's grammar on demand: each is a module of its own (locales/<lang>.ts), which bundlers
 * split into a chunk of its own, so English-only pages never fetch one.
 */
import { SUPPORTED_LANGUAGES, supportedLanguage, type Language } from './locale.js';

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<unknown>> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  it: () => import('./locales/it.js'),
  pt: () => import('./locales/pt.js'),
  de: () => import('./locales/de.js'),
};

/**
 * Makes `extractEvents(text, { lang })` ready for a BCP 47 tag; English needs nothing. Rejects with a
 * `RangeError` naming the supported languages for any other.
 */
export async function loadLanguage(tag: string): Promise<void> {
  const language = typeof tag === 'string' ? supportedLanguage(tag) : undefined;
  if (!language) throw new RangeError(`loadLanguage: no grammar for the language ${JSON.stringify(tag)}; supported: ${SUPPORTED_LANGUAGES.join(', ')}`);
  if (language !== 'en') await LOADERS[language]();
}

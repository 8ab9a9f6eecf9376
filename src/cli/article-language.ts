/**
 * The language an article is read in, its grammar loaded: the one the user chose (`--lang`, or a
 * `--jsonl` record's own "lang"), else the one a web page states in `<html lang>`, else English. `auto`
 * tells it from the text with a detector that only it loads. A page's or the detector's language that the
 * parser does not read is no error, since the user named none: the article is read as English, and a
 * note says why.
 */
import { loadLanguage } from '../parser/load-language.js';
import { SUPPORTED_LANGUAGES, supportedLanguage as supported, type Language } from '../parser/locale.js';

/** The languages a user may choose, for the messages that refuse another. */
export const LANGUAGE_CHOICES = `${SUPPORTED_LANGUAGES.join(', ')}, or auto to detect it`;

const isAuto = (tag: string) => tag.trim().toLowerCase() === 'auto';

/** Whether `tag` may be chosen: a BCP 47 tag of a language the parser reads (`pt-BR` reads as `pt`), or `auto`. */
export function isLanguageChoice(tag: string): boolean {
  return isAuto(tag) || supported(tag) !== undefined;
}

/** Where an article's language may come from; `chosen` has passed {@link isLanguageChoice}. */
export interface LanguageSources {
  chosen?: string | undefined;
  page?: string | undefined;
}

export interface ArticleLanguage {
  lang: Language;
  /** Why the article is read as English though it seems not to be. */
  note?: string;
}

async function detected(text: string): Promise<ArticleLanguage> {
  const { detectLanguage } = await import('./detect-language.js');
  const { language, detected: code } = detectLanguage(text);
  if (language) return { lang: language };
  const found = code === 'und' ? 'its language could not be detected' : `its language was detected as "${code}" (ISO 639-3), which is not read`;
  return { lang: 'en', note: `${found}; reading it as English (pass --lang to choose)` };
}

function chosenOrStated({ chosen, page }: LanguageSources): ArticleLanguage {
  if (chosen !== undefined) return { lang: supported(chosen)! };
  if (page === undefined) return { lang: 'en' };
  const stated = supported(page);
  if (stated) return { lang: stated };
  return { lang: 'en', note: `the page's lang ${JSON.stringify(page)} is not one read (${SUPPORTED_LANGUAGES.join(', ')}); reading it as English (pass --lang to choose)` };
}

/** The article's language, loaded so that `extractEvents(text, { lang })` reads it. */
export async function articleLanguage(sources: LanguageSources, text: string): Promise<ArticleLanguage> {
  const language = sources.chosen !== undefined && isAuto(sources.chosen) ? await detected(text) : chosenOrStated(sources);
  await loadLanguage(language.lang);
  return language;
}

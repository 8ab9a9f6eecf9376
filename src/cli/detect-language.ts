/**
 * `--lang auto`: an article's language told by franc-min's trigram profiles (150 KB, 82 languages), the
 * detector chosen by bench/language-detection.ts as small and right on short news. Only `--lang auto`
 * loads this module, so no other run pays for the profiles.
 */
import { francAll } from 'franc-min';
import type { Language } from '../parser/locale.js';

/** franc's ISO 639-3 codes of the languages the parser reads. */
const OURS: Readonly<Record<string, Language>> = { eng: 'en', spa: 'es', fra: 'fr', ita: 'it', por: 'pt', deu: 'de' };

// On a sentence or two franc's best is often a neighbour of ours (Galician for a Portuguese lead, Catalan
// for a Spanish one); one of ours this close to the best is taken instead. Measured on short news, this
// is as right as franc restricted to our six, and a Dutch or Polish article is still named for what it is.
const NEIGHBOUR_MARGIN = 0.1;

// franc's time grows with the text, to 2 ms for the 2,048 characters it reads at most; an article's first
// thousand characters are as sure as the whole (bench/language-detection.ts: 98-100% on its first 200), and
// keep `--lang auto` a small part of a --jsonl run's time.
const HEAD_CHARS = 1000;

export interface Detection {
  /** The language of ours the text is in, or `undefined` when franc cannot tell or finds another. */
  language: Language | undefined;
  /** franc's ISO 639-3 code (`und`: too short or no letters to tell), for the note when it is not ours. */
  detected: string;
}

export function detectLanguage(text: string): Detection {
  const scores = francAll(text.slice(0, HEAD_CHARS));
  const [best, score] = scores[0]!;
  const ours = scores.find(([code]) => Object.hasOwn(OURS, code));
  if (ours && ours[1] >= score - NEIGHBOUR_MARGIN) return { language: OURS[ours[0]], detected: ours[0] };
  return { language: undefined, detected: best };
}

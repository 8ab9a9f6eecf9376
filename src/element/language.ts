/**
 * The language the element formats dates in, as a tag every Intl constructor accepts, and the grammar
 * it reads text with. Pages carry
 * `lang` values that Intl rejects with a RangeError (not structurally valid BCP 47, ECMA-402
 * IsStructurallyValidLanguageTag): a server's POSIX locale `en_US`, typos such as `en-`. Such a value
 * must never blank the element.
 */

const canonical = new Map<string, string | undefined>();

/**
 * The first candidate that is a valid language tag, in canonical form (`EN-us` -> `en-US`). A Unix
 * locale name, `language[_territory][.codeset][@modifier]` (the X/Open convention of glibc and AIX,
 * IBM's "Locale naming conventions"), is read as its language and territory: `en_US.UTF-8` -> `en-US`.
 * Empty and invalid candidates are passed over, and `en` is the last resort.
 */
export function usableLanguage(candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const tag = candidate ? canonicalTag(candidate) : undefined;
    if (tag) return tag;
  }
  return 'en';
}

function canonicalTag(candidate: string): string | undefined {
  // Asked for every label of every frame: canonicalizing once per distinct value is enough.
  if (!canonical.has(candidate)) {
    let tag: string | undefined;
    try {
      tag = Intl.getCanonicalLocales(candidate.trim().replace(/[.@].*$/s, '').replaceAll('_', '-'))[0];
    } catch {
      tag = undefined;
    }
    canonical.set(candidate, tag);
  }
  return canonical.get(candidate);
}


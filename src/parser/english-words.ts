/**
 * The English word lists that both the tense reader (tense.ts) and the title rules (title-words.ts)
 * read, written once: a verb form the one knows and the other does not would make a date's tense and
 * its title disagree about the same clause.
 */

/** A set of the words of a space-separated list. */
export const wordSet = (list: string) => new Set(list.split(' '));

/** Past forms and participles news tells events with that do not end in -ed. */
export const IRREGULAR_PAST =
  'said told met made began begun took taken gave given went gone came saw seen won lost left held fell fallen rose risen sold bought brought thought felt kept led paid ran sent spent stood struck wrote written spoke spoken broke broken chose drove drew flew fled grew grown knew known threw wore became got found heard shot fought caught taught built lent meant sank sang slid swore swept tore woke withdrew overtook undertook forecast hit quit shut';

/** Words in -ed that are no past verbs. */
export const NOT_PAST_IN_ED = 'need needed speed seed feed bed red shed hundred indeed proceed exceed succeed breed greed weed deed creed united limited bred';

export const DETERMINERS = 'the a an its their his her our this these those';

/** Pronouns that can be a clause's subject. */
export const PERSONAL_PRONOUNS = 'i you he she it we they';

/** Prepositions, articles and conjunctions: the words that carry no content of their own. */
export const FUNCTION_WORDS = 'in on at to of for by from with the a an and or but as than into';

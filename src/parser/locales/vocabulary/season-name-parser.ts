import type { Parser, ParsingContext } from 'chrono-node';
import { focusTag } from '../../focus-tags.js';
import { periodComponents, publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { statedYear } from './stated-year.js';
import { formReader, WORD_END, WORD_START } from './word-pattern.js';

/**
 * A season, with its year or a word that makes it a date: "el verano pasado", "cet été", "l'estate del
 * 1969", "no inverno de 1994", "im nächsten Sommer", "en otoño". A season word alone is a noun ("un jour
 * d'été", "a été" is even a verb), so it needs an article, a demonstrative, a time preposition or a
 * modifier before it, or a modifier or year after it; one of something else is a name ("le Printemps de
 * l'environnement", "el verano de la crisis"). Without a year it is left open for the open-date
 * refiner, as a month is; a season's period starts in March, June, September or December (SEASONS).
 */
export class SeasonNameParser implements Parser {
  private readonly regex: RegExp;
  private readonly seasonOf: (word: string) => number;
  private readonly year: ReturnType<typeof statedYear>;
  private readonly ofAfter: RegExp;
  private readonly that: RegExp;

  constructor(words: Vocabulary) {
    const { seasons } = words;
    const before = `${words.that}|${words.determiners}|${words.current}|${words.mention.setting}`;
    const modifier = `${words.previous}|${words.next}`;
    this.year = statedYear(words);
    this.regex = new RegExp(`${WORD_START}(?:(${before})\\s*)?(?:(${modifier})\\s+)?(${seasons.join('|')})(?:\\s+(${modifier}))?${this.year.pattern}?${WORD_END}`, 'iu');
    this.seasonOf = formReader(seasons);
    // "la primavera siguiente" counts from the story's last date, as no season parser here does: no date.
    this.ofAfter = new RegExp(`^\\s+(?:${words.ofYear}${words.following ? `|${words.following}` : ''})${WORD_END}`, 'iu');
    this.that = new RegExp(`^(?:${words.that})$`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const published = publicationOf(context).year;
    const year = this.year.read(match.slice(5), published);
    if (year === undefined && (!(match[1] || match[2] || match[4]) || this.ofAfter.test(context.text.slice(match.index! + match[0].length)))) return null;
    const season = periodComponents(context, { granularity: 'season', date: { year: year ?? published, month: this.seasonOf(match[3]!) * 3 + 3, day: 1 } }, year !== undefined);
    // "aquel verano", "quell'estate": that summer of the story's year, as "that October" is.
    return year === undefined && this.that.test(match[1] ?? '') ? season.addTag(focusTag('in-that-year')) : season;
  }
}

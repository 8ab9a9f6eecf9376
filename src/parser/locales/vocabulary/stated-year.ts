import { QUANTITY_AFTER, yearOfTwoDigits } from './short-year-parser.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The year a month or a quarter is given with, in five groups: written out ("janeiro de 1990", "el
 * tercer trimestre de 2019") or relative ("junio del año pasado", "janeiro deste ano", "primeiro
 * trimestre do próximo ano", "marzo dell'anno in corso", "im März letzten Jahres").
 */
export function statedYear(words: Vocabulary): { pattern: string; read(groups: ReadonlyArray<string | undefined>, published: number): number | undefined } {
  const year = words.units.year;
  const step = `(${words.previous}|${words.next})`;
  const written = `\\s+(?:(?:${words.ofYear})\\s+)?((?:1[5-9]|20)\\d\\d)`;
  const ongoing = words.ongoing ? `|(?:${year})\\s+(?:${words.ongoing})` : '';
  const relative = `\\s+(?:(?:${words.ofYear}|${words.determiners})\\s*)?(?:((?:${words.current})\\s*(?:${year})${ongoing})|(?:${year})\\s+${step}|${step}\\s+(?:${year}))`;
  // A language that writes years in two digits gives a month one after its joining word or an apostrophe:
  // "luglio del 92", "marzo '93".
  const short = words.shortYearBefore ? `|\\s+(?:(?:${words.ofYear})\\s*['\u2019]?|['\u2019])(\\d\\d)(?![\\p{N}]|[.,/:]\\d|${QUANTITY_AFTER})` : '';
  const isPrevious = new RegExp(`^(?:${words.previous})$`, 'iu');
  return {
    pattern: `(?:${written}|${relative}${short})`,
    read([digits, current, stepAfter, stepBefore, shortDigits], published) {
      const stepWord = stepAfter ?? stepBefore;
      if (digits) return Number(digits);
      if (shortDigits) return yearOfTwoDigits(Number(shortDigits), published);
      if (current) return published;
      return stepWord ? published + (isPrevious.test(stepWord) ? -1 : 1) : undefined;
    },
  };
}

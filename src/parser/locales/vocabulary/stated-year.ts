import type { Vocabulary } from './vocabulary.js';

/**
 * The year a month or a quarter is given with, in four groups: written out ("janeiro de 1990", "el
 * tercer trimestre de 2019") or relative ("junio del año pasado", "janeiro deste ano", "primeiro
 * trimestre do próximo ano", "marzo dell'anno in corso", "im März letzten Jahres").
 */
export function statedYear(words: Vocabulary): { pattern: string; read(groups: ReadonlyArray<string | undefined>, published: number): number | undefined } {
  const year = words.units.year;
  const step = `(${words.previous}|${words.next})`;
  const written = `\\s+(?:(?:${words.ofYear})\\s+)?((?:1[5-9]|20)\\d\\d)`;
  const ongoing = words.ongoing ? `|(?:${year})\\s+(?:${words.ongoing})` : '';
  const relative = `\\s+(?:(?:${words.ofYear}|${words.determiners})\\s*)?(?:((?:${words.current})\\s*(?:${year})${ongoing})|(?:${year})\\s+${step}|${step}\\s+(?:${year}))`;
  const isPrevious = new RegExp(`^(?:${words.previous})$`, 'iu');
  return {
    pattern: `(?:${written}|${relative})`,
    read([digits, current, stepAfter, stepBefore], published) {
      const stepWord = stepAfter ?? stepBefore;
      if (digits) return Number(digits);
      if (current) return published;
      return stepWord ? published + (isPrevious.test(stepWord) ? -1 : 1) : undefined;
    },
  };
}

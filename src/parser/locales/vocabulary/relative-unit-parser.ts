import type { Parser, ParsingContext } from 'chrono-node';
import { shiftPeriod } from '../../offsets.js';
import { focusTag } from '../../focus-tags.js';
import { periodComponents, publicationOf } from '../../reference.js';
import type { Vocabulary } from './vocabulary.js';
import { unitReader, WORD_END, WORD_START } from './word-pattern.js';

const PERIOD_UNITS = ['week', 'month', 'quarter', 'year'] as const;

/**
 * "el año pasado", "la próxima semana", "este mes", "l'année dernière", "lo scorso anno", "quest'anno",
 * "no ano passado", "letzte Woche": the whole period, before, after or at publication, at its own
 * granularity (chrono-node reads some of them as a day, most not at all).
 */
export class RelativeUnitParser implements Parser {
  private readonly regex: RegExp;
  private readonly unitOf: (word: string) => (typeof PERIOD_UNITS)[number];
  private readonly isPrevious: RegExp;
  private readonly isPrior: RegExp;
  private readonly monthNamed: RegExp;
  private readonly weekend: RegExp;

  constructor(words: Vocabulary) {
    const unit = (name: string) => `(?<${name}>${PERIOD_UNITS.map((each) => words.units[each]).join('|')})`;
    const determiner = `(?:(?:${words.determiners})\\s*)?`;
    const step = (name: string) => `(?<${name}>${words.previous}|${words.next})`;
    // "fine dell'anno scorso", "início do ano que vem": an edge leaves the period the one stepped to.
    const edgeOf = `(?:(?:${words.edges})\\s+(?:(?:${words.ofYear})\\s+)?)?`;
    // "a finales del año", "início deste mês", "inizio dell' anno": the current one, at its edge.
    const edge = `(?:${words.edges})\\s+(?:(?:${words.ofYear}|${words.determiners})\\s*)?(?:(?:${words.current})\\s*)?`;
    const forms = [
      `${edgeOf}${determiner}${step('stepBefore')}\\s+${unit('stepUnit')}`,
      `${edgeOf}${determiner}${unit('unitStep')}\\s+${step('stepAfter')}`,
      // Not "entro l'anno" of "entro l'anno prossimo": that is the next year's form.
      `(?<current>${words.current}|${edge})\\s*${unit('currentUnit')}(?!\\s+(?:${words.previous}|${words.next})${WORD_END})`,
      // "el año en curso", "il trimestre in corso": the one running at publication.
      ...(words.ongoing ? [`${determiner}${unit('ongoingUnit')}\\s+(?:${words.ongoing})`] : []),
    ];
    this.regex = new RegExp(`${WORD_START}(?:${forms.join('|')})${WORD_END}`, 'iu');
    this.isPrior = new RegExp(`^(?:${words.prior})$`, 'iu');
    this.unitOf = unitReader(words, PERIOD_UNITS);
    this.isPrevious = new RegExp(`^(?:${words.previous})$`, 'iu');
    this.monthNamed = new RegExp(`^\\s+(?:${words.ofYear})\\s+(?:${words.months.join('|')})${WORD_END}`, 'iu');
    this.weekend = new RegExp(words.weekend ?? '(?!)', 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const { stepBefore, stepUnit, unitStep, stepAfter, currentUnit, ongoingUnit } = match.groups!;
    const stepWord = stepBefore ?? stepAfter;
    const step = stepWord === undefined ? 0 : this.isPrevious.test(stepWord) ? -1 : 1;
    // "el fin de semana (pasado)" is the weekend (weekend-parser.ts), not the end of a week.
    if (this.weekend.test(context.text.slice(Math.max(0, match.index! - 8), match.index! + match[0].length))) return null;
    const unit = this.unitOf((stepUnit ?? unitStep ?? currentUnit ?? ongoingUnit)!);
    // "a finales del pasado mes de mayo" names May, which MonthNameParser reads.
    if (unit === 'month' && this.monthNamed.test(context.text.slice(match.index! + match[0].length))) return null;
    const components = periodComponents(context, shiftPeriod(publicationOf(context), unit, step));
    // "el año anterior", "l'anno precedente": the year before what is under discussion, as "a year earlier";
    // "este trimestre" the quarter under discussion, else the current one.
    if (unit === 'year' && step === -1 && this.isPrior.test(stepWord!)) components.addTag(focusTag('year-ago'));
    if (unit === 'quarter' && currentUnit !== undefined) components.addTag(focusTag('current-quarter'));
    return components;
  }
}

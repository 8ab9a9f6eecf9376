/** The part of a day an expression names ("lundi soir", "hier soir", "esta mañana"), from a language's words. */
import { DAY_PARTS } from '../../../model/day-parts.js';
import type { DayPart } from '../../../model/types.js';

/** `forms`: each part's forms, morning first, as a pattern found anywhere in the expression; `(?!)` for none. */
export function dayPartReader(forms: readonly string[]): (expression: string) => DayPart | undefined {
  const parts = new RegExp(forms.map((form) => `(${form})`).join('|'), 'iu');
  return (expression) => {
    const match = parts.exec(expression);
    return match ? DAY_PARTS[match.indexOf(match[0], 1) - 1] : undefined;
  };
}

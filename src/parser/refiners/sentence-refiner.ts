import type { ParsingResult } from 'chrono-node';
import type { CalendarDate } from '../../model/calendar.js';

/**
 * What our refiners see: one sentence and the publication date. They run after chrono-node's own
 * refiners, on plain sentence text rather than chrono-node's parsing context.
 */
export interface SentenceContext {
  text: string;
  published: CalendarDate;
}

export interface SentenceRefiner {
  refine(sentence: SentenceContext, results: ParsingResult[]): ParsingResult[];
}

import type { Parser, ParsingContext } from 'chrono-node';
import { monthStartComponents } from '../../../reference.js';
import { keywordGate } from './keyword-gate.js';

/**
 * Years outside 1000-2199, which news marks as years: with an era ("800 AD", "AD 476", "2500 BC") or
 * after the word "year" ("the year 800", "the year 10191"). Kept with their real value; BC years count
 * astronomically, as ISO 8601 does (1 BC is year 0, 2500 BC is -2499).
 */
// Dotted forms keep their dots; a bare "AD" keeps a sentence's full stop out.
const ERA = '(A\\.D\\.|AD|C\\.E\\.|CE|B\\.C\\.E\\.|B\\.C\\.|BCE|BC)';
const PATTERN = new RegExp(
  `\\b(?<![\\w-])(?:(?:the\\s+)?year\\s+(\\d{1,6})(?:\\s*${ERA})?|(\\d{1,4})\\s*${ERA}|(A\\.D\\.|AD)\\s*(\\d{1,4}))(?![\\w-])`,
);
const GATE = /\d\s*(?:A\.?D|C\.?E|B\.?C)\b|\bA\.?D\.?\s*\d|year\s+\d/;

export class EraYearParser implements Parser {
  pattern = keywordGate(GATE, PATTERN);

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const digits = Number(match[1] ?? match[3] ?? match[6]);
    const era = (match[2] ?? match[4] ?? match[5] ?? '').replace(/\./g, '').toUpperCase();
    const beforeCommonEra = era.startsWith('B');
    // There is no year 0 BC.
    if (!Number.isFinite(digits) || (era === '' && match[1] === undefined) || (beforeCommonEra && digits === 0)) return null;
    return monthStartComponents(context, 'year', beforeCommonEra ? 1 - digits : digits);
  }
}

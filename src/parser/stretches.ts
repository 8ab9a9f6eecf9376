/**
 * Reads sentences with a grammar, only where dates can be: the stretches around each sentence's date
 * tokens (see prefilter.ts), several joined in one chrono-node call. Every language's grammar reads this
 * way; which grammar reads a stretch is the language's choice.
 */
import { ParsingContext, type ParsingReference, type ParsingResult, type Refiner } from 'chrono-node';
import { Chrono } from 'chrono-node/en';
import type { CalendarDate } from '../model/calendar.js';
import { joinBatch } from './batch-text.js';
import { chronoReference, endOf } from './reference.js';
import { MAX_DATES_PER_SENTENCE } from './refiners/result-cap-refiner.js';
import type { SentenceContext, SentenceRefiner } from './refiners/sentence-refiner.js';

/**
 * A grammar read in batches: its parsers run over several pieces joined in one chrono-node call, whose
 * fixed cost per call dominates on short articles; its refiners then run on each piece alone, with the
 * piece as their text, so that they see what a call on that piece alone would (a merge, a cap, a look at
 * the words before a result never reaches into another piece).
 */
/** A stretch of text, as `[start, end)` offsets: a date token (see prefilter.ts), a piece of a sentence. */
export type Span = [start: number, end: number];

/** Where a global `pattern` matches in `text`, in text order. */
export function spansOf(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  // exec, not matchAll: matchAll copies the pattern on every call, which costs more than the scan.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/**
 * The date tokens of each sentence, as spans inside it, found by a global `pattern`; a sentence without
 * any names no date. Each sentence is scanned on its own, so that it gets the tokens its own text holds,
 * whatever runs over its edges.
 */
export const tokensBySentence =
  (pattern: RegExp) =>
  (text: string, sentences: ReadonlyArray<{ start: number; end: number }>): Span[][] =>
    sentences.map(({ start, end }) => spansOf(pattern, text.slice(start, end)));

export interface Grammar {
  parsers: Chrono;
  refiners: readonly Refiner[];
}
export const inBatches = (chrono: Chrono): Grammar => ({ parsers: new Chrono({ parsers: chrono.parsers, refiners: [] }), refiners: chrono.refiners });

// Some of chrono-node's parsers look back over the whole text before a match (a slash date checks
// for "3/" before "4"): batches this size keep that short.
const MAX_BATCH = 2000;

/** A stretch of one sentence handed to the grammar, `offset` characters into it. */
interface Piece {
  sentence: number;
  offset: number;
  text: string;
}

/** Parses the given pieces with one grammar, a batch per call, and hands each sentence its results. */
function parseInBatches(grammar: Grammar, pieces: readonly Piece[], reference: ParsingReference, out: ParsingResult[][]): void {
  const texts = pieces.map((piece) => piece.text);
  for (let first = 0; first < pieces.length; ) {
    const [text, offsets] = joinBatch(texts, first, MAX_BATCH);
    // parse() is typed with the read-only result interface; the objects are chrono-node's ParsingResult.
    const found = grammar.parsers.parse(text, reference) as ParsingResult[];
    let at = 0;
    offsets.forEach((offset, member) => {
      const piece = pieces[first + member]!;
      const end = offset + piece.text.length;
      const own: ParsingResult[] = [];
      for (; at < found.length && found[at]!.index < end; at++) {
        const result = found[at]!;
        // No match reaches past its piece (see SEPARATOR); one that did would be no piece's own.
        if (result.index < offset || endOf(result) > end) continue;
        result.index -= offset;
        own.push(result);
      }
      if (own.length === 0) return;
      const context = new ParsingContext(piece.text, reference);
      for (const result of grammar.refiners.reduce((refined, refiner) => refiner.refine(context, refined), own)) {
        result.index += piece.offset;
        out[piece.sentence]!.push(result);
      }
    });
    first += offsets.length;
  }
}

// Every expression holds a date token (see prefilter.ts) and reaches only so far before and after it:
// in our tests and the TempEval-3 corpus at most 22 characters before ("in the current fiscal year") and
// 13 after ("nineteen ninety-seven"); the longest our patterns allow is about 40 ("for the most recent
// comparable fiscal quarter", 38). Only these stretches of a sentence are parsed.
const REACH_BEFORE = 42;
const REACH_AFTER = 16;
// A stretch starts and ends between words. Looking for that edge goes back at most this far, so that
// text without spaces ("2014,2014,...") costs linear time; failing that, the stretch starts at its token.
const LONGEST_WORD = 32;

function stretchStart(sentence: string, from: number, token: number): number {
  for (let at = from; at > 0 && at > from - LONGEST_WORD; at--) {
    if (!/\w/.test(sentence[at - 1]!)) return at;
  }
  return from <= LONGEST_WORD ? 0 : token;
}

/** The stretches of a sentence around its date tokens, widened to whole words and merged when they touch. */
function piecesOf(sentence: string, tokens: readonly Span[], index: number, out: Piece[]): void {
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) out.push({ sentence: index, offset: start, text: sentence.slice(start, end) });
  };
  for (const [tokenStart, tokenEnd] of tokens) {
    const from = Math.max(0, tokenStart - REACH_BEFORE);
    const reach = Math.min(sentence.length, tokenEnd + REACH_AFTER);
    if (start >= 0 && from <= end) end = Math.max(end, reach);
    else {
      flush();
      start = stretchStart(sentence, from, tokenStart);
      end = reach;
    }
    // `end` only grows, so this walk covers each character once.
    while (end < sentence.length && sentence[end] !== ' ' && sentence[end] !== '\t') end++;
  }
  flush();
}

/**
 * The dated expressions of each sentence, in text order: each stretch read by the grammar `grammarOf`
 * picks for its text, then each sentence's results, capped, through `refiners` in turn.
 */
export function readStretches(
  sentences: readonly string[],
  tokens: readonly (readonly Span[])[],
  published: CalendarDate,
  grammarOf: (piece: string) => Grammar,
  refiners: readonly SentenceRefiner[],
): ParsingResult[][] {
  const reference = chronoReference(published);
  const results = sentences.map((): ParsingResult[] => []);
  const pieces: Piece[] = [];
  sentences.forEach((sentence, index) => piecesOf(sentence, tokens[index]!, index, pieces));
  const byGrammar = new Map<Grammar, Piece[]>();
  for (const piece of pieces) {
    const grammar = grammarOf(piece.text);
    const group = byGrammar.get(grammar);
    if (group) group.push(piece);
    else byGrammar.set(grammar, [piece]);
  }
  byGrammar.forEach((group, grammar) => parseInBatches(grammar, group, reference, results));
  return results.map((found, index) => {
    if (found.length === 0) return found;
    found.sort((a, b) => a.index - b.index);
    // Counted per sentence, whichever batches its pieces were read in.
    if (found.length > MAX_DATES_PER_SENTENCE) found.length = MAX_DATES_PER_SENTENCE;
    const context: SentenceContext = { text: sentences[index]!, published };
    return refiners.reduce((refined, refiner) => refiner.refine(context, refined), found);
  });
}

/**
 * Parsing stays linear in the size of the input (README, guarantee 1), on the shapes of text that once
 * made a pattern backtrack over a run: each shape is generated at 64 KB and at 256 KB, both are timed in
 * this process (CPU time; warm-up first, then interleaved runs, the fastest of each), and the larger may
 * take at most 8 times as long (in the best of up to three such measurements). Linear work gives 4 times; a quadratic pattern gives 16.
 *
 * Most shapes go through `extractEvents`. Some parts only ever see one sentence, and sentences are cut
 * at 2,000 characters, so a quadratic pattern there costs a bounded amount per sentence and the whole
 * still grows linearly: those parts are timed on their own, on one long input.
 *
 * The inputs come from a seeded generator, a new seed each run; a failure names it, and FC_SEED replays it.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/parser/locales/en/boilerplate.js';
import { extractEvents } from '../../src/parser/index.js';
import { loadLanguage } from '../../src/parser/load-language.js';
import { tenseReader } from '../../src/parser/locales/en/tense.js';
import { makeTitle } from '../../src/parser/title.js';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Math.floor(Math.random() * 2 ** 31);
const SMALL = 64_000;
const LARGE = 4 * SMALL;
const MAX_RATIO = 8;
const SAMPLES = 9;
const MEASUREMENTS = 3;
// Each timed sample lasts at least this long, repeating the call, so that the clock's resolution does
// not decide a ratio.
const MIN_SAMPLE_MS = 4;
const TIMEOUT = 60_000;

type Random = () => number;

/** Marsaglia's xorshift32 (Journal of Statistical Software 8(14), 2003): seeded, fast, enough to pick characters. */
function xorshift32(seed: number): Random {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** `size` code units of characters drawn from `alphabet` (each entry one character, maybe two units). */
function runOf(random: Random, alphabet: readonly string[], size: number): string {
  const parts: string[] = [];
  for (let length = 0; length < size; ) {
    const char = pick(random, alphabet);
    parts.push(char);
    length += char.length;
  }
  return parts.join('');
}

const DATED_CLAUSES = [
  'The vote was held on March 3',
  'Prices rose in 2014',
  'They met on Tuesday',
  'The plant will close Jan. 5',
  'Profit fell in the third quarter',
  'The council will meet next week',
];

/** A dated clause, then a run of `alphabet` filling the rest of `size`, then a word, so nothing trims the run away. */
function afterClause(random: Random, alphabet: readonly string[], size: number): string {
  const clause = pick(random, DATED_CLAUSES);
  return `${clause}${runOf(random, alphabet, size - clause.length - 4)} end`;
}

const PUBLISHED = '2022-02-16';
const extract = (text: string) => extractEvents(text, { published: PUBLISHED }).length;

// The other languages' grammars parse each dated sentence whole, with patterns of their own.
await Promise.all(['es', 'it', 'de'].map(loadLanguage));
const extractIn = (lang: string) => (text: string) => extractEvents(text, { published: PUBLISHED, lang }).length;
/** A dated clause in a language, then runs of `alphabet`. */
const clauseIn = (clause: string, alphabet: readonly string[]) => (random: Random, size: number) => `${clause}${runOf(random, alphabet, size - clause.length - 4)} end`;

// JavaScript's \s, without line breaks (lines split sentences): what `\s+` patterns run over.
const WHITE_SPACE = [' ', ' ', '\t', '\u00A0', '\u1680', '\u2003', '\u200A', '\u202F', '\u205F', '\u3000', '\u2028', '\uFEFF'];
// Format characters the matchers drop, some of them two code units.
const INVISIBLE = ['\u200B', '\u200D', '\u2066', '\u2069', '\u061C', '\u00AD', '\u2060', '\uFEFF', '\u{E0041}', '\u{E007F}'];

interface Shape {
  name: string;
  make: (random: Random, size: number) => string;
  /** The work timed; returns something, so that it is not optimised away. */
  run: (text: string) => number;
}

const THROUGH_EXTRACT: Shape[] = [
  { name: 'full stops after a dated clause', make: (random, size) => afterClause(random, ['.'], size), run: extract },
  { name: 'exclamation marks after a dated clause', make: (random, size) => afterClause(random, ['!'], size), run: extract },
  { name: 'question marks after a dated clause', make: (random, size) => afterClause(random, ['?'], size), run: extract },
  { name: 'ellipses after a dated clause', make: (random, size) => afterClause(random, ['\u2026'], size), run: extract },
  { name: 'mixed stops (. ! ? \u2026)', make: (random, size) => afterClause(random, ['.', '!', '?', '\u2026'], size), run: extract },
  { name: 'stops and closing quotes', make: (random, size) => afterClause(random, ['.', '!', '?', '"', "'", ')', ']'], size), run: extract },
  { name: 'white space after a dated clause', make: (random, size) => afterClause(random, WHITE_SPACE, size), run: extract },
  // White space to JavaScript that normalisation drops: one short sentence spanning the whole input.
  { name: 'byte-order marks after a dated clause', make: (random, size) => afterClause(random, ['\uFEFF'], size), run: extract },
  { name: 'invisible format characters after a dated clause', make: (random, size) => afterClause(random, INVISIBLE, size), run: extract },
  {
    name: 'dated clauses each followed by a run of stops',
    make: (random, size) => {
      const parts: string[] = [];
      for (let length = 0; length < size; ) {
        const part = `${pick(random, DATED_CLAUSES)}${runOf(random, ['.', '!', '?'], 200 + Math.floor(random() * 2000))} `;
        parts.push(part);
        length += part.length;
      }
      return parts.join('').slice(0, size);
    },
    run: extract,
  },
  { name: 'one word without spaces', make: (random, size) => runOf(random, ['a', 'b', 'c', 'x', 'y', 'z'], size), run: extract },
  { name: 'Spanish: stops and spaces after a dated clause', make: clauseIn('El Congreso aprobó el martes la ley', ['.', ' ', '!', 'de ']), run: extractIn('es') },
  { name: "Italian: elided articles and two-digit numbers", make: clauseIn("Il bilancio dell' 85", ["l'", 'nell', ' ', '85', "'"]), run: extractIn('it') },
  { name: 'German: day numbers and stops', make: clauseIn('Am 15. Mai kam er', ['15.', ' ', 'Mai', '.']), run: extractIn('de') },
];

/** The date words of a clause from {@link DATED_CLAUSES}, as `[start, end)`. */
function dateWords(clause: string): [number, number] {
  const match = /on March 3|in 2014|on Tuesday|Jan\. 5|the third quarter|next week/.exec(clause)!;
  return [match.index, match.index + match[0].length];
}

const ONE_SENTENCE_AT_A_TIME: Shape[] = [
  {
    name: 'makeTitle: white space after the date words',
    make: (random, size) => afterClause(random, WHITE_SPACE, size),
    run: (text) => {
      const [start, end] = dateWords(text);
      return makeTitle(text, start, end).length;
    },
  },
  {
    name: 'makeTitle: a run of commas before the date words',
    make: (random, size) => `x${runOf(random, [',', ';', ':'], size - 20)}y on Tuesday, said`,
    run: (text) => makeTitle(text, text.length - 16, text.length - 6).length,
  },
  {
    name: 'makeTitle: clause openers and asides before the date words',
    // Asides that each close before the date ("x, who d, said"), and clauses that open and run on.
    make: (random, size) => `x${runOf(random, [', which a', ', who d, said', ', when c', ', and was', ', according to e', ', f'], size - 20)} on Tuesday, said`,
    run: (text) => makeTitle(text, text.length - 16, text.length - 6).length,
  },
  {
    name: 'makeTitle: clause openers and asides after the date words',
    // Asides after the date that each close, and lists the date's clause runs on through.
    make: (random, size) => `The vote was held on Tuesday${runOf(random, [', which a', ', who b', ', and c', ', d'], size - 32)} end`,
    run: (text) => makeTitle(text, 18, 28).length,
  },
  {
    name: 'isBoilerplate: white space after a byline label',
    make: (random, size) => `${pick(random, ['Published', 'Updated', 'Posted'])}${runOf(random, [' ', '\t', '\u3000'], size - 20)}x on March 3.`,
    run: (text) => Number(isBoilerplate(text)),
  },
  {
    name: 'tense: attributions around many dates',
    make: (random, size) => runOf(random, [', said ', ', officials said, ', ' on Monday', ' will', ', according to them,'], size),
    run: (text) => {
      const tenseAt = tenseReader(text);
      let read = 0;
      // Fifty dates, as many as a sentence keeps, spread over the text.
      for (let date = 1; date <= 50; date++) {
        const at = Math.floor((text.length * date) / 51);
        read += tenseAt(at, at + 6).length;
      }
      return read;
    },
  },
];

// Every result is added in, so that no timed call is dead code.
let sink = 0;

/**
 * Milliseconds of CPU time this process spends on `repeats` calls. Not wall-clock time: on a loaded
 * machine the scheduler takes the CPU away now and then, more often during a long run than a short
 * one, which made linear shapes look quadratic; CPU time leaves out the time the process was waiting.
 */
function sample(run: Shape['run'], text: string, repeats: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < repeats; i++) sink += run(text);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * The fastest of several runs of the same number of calls on each text, measured in turn. Collection
 * pauses and caches shared with other processes only ever add time: the fastest run is the one they
 * spared most, so comparing fastest runs compares the work itself.
 */
function timeBoth(run: Shape['run'], small: string, large: string): { small: number; large: number } {
  // V8 compiles a pattern to machine code on its second run: both sizes go through that first.
  for (let i = 0; i < 2; i++) sample(run, small, 1);
  sample(run, large, 1);
  let repeats = 1;
  while (sample(run, small, repeats) < MIN_SAMPLE_MS && repeats < 4096) repeats *= 2;
  let fastestSmall = Infinity;
  let fastestLarge = Infinity;
  for (let i = 0; i < SAMPLES; i++) {
    fastestSmall = Math.min(fastestSmall, sample(run, small, repeats));
    fastestLarge = Math.min(fastestLarge, sample(run, large, repeats));
  }
  return { small: fastestSmall, large: fastestLarge };
}

function expectLinear(shape: Shape, index: number): void {
  const seed = SEED + index;
  const small = shape.make(xorshift32(seed), SMALL);
  const large = shape.make(xorshift32(seed + 1), LARGE);
  // Garbage left by the shapes before can make the collector pause in every run of one size: such a
  // measurement is taken again, up to three in all, and the lowest ratio counts. Quadratic work fails
  // every one of them.
  let times = timeBoth(shape.run, small, large);
  for (let attempt = 1; attempt < MEASUREMENTS && times.large / times.small >= MAX_RATIO; attempt++) {
    const again = timeBoth(shape.run, small, large);
    if (again.large / again.small < times.large / times.small) times = again;
  }
  const ratio = times.large / times.small;
  expect(
    ratio,
    `${shape.name}: ${LARGE / 1000} KB took ${ratio.toFixed(1)}x the time of ${SMALL / 1000} KB ` +
      `(${times.small.toFixed(2)} ms, ${times.large.toFixed(2)} ms for the same number of calls); FC_SEED=${SEED}`,
  ).toBeLessThan(MAX_RATIO);
}

describe('linear time: 256 KB of a shape takes less than 8x the time of 64 KB', () => {
  it.each(THROUGH_EXTRACT.map((shape, index) => [shape.name, shape, index] as const))('extractEvents: %s', (_name, shape, index) => {
    expectLinear(shape, index);
  }, TIMEOUT);

  it.each(ONE_SENTENCE_AT_A_TIME.map((shape, index) => [shape.name, shape, index] as const))('%s', (_name, shape, index) => {
    expectLinear(shape, THROUGH_EXTRACT.length + index);
  }, TIMEOUT);

  it('each shape gives the text it promises', () => {
    // The shapes must stay adversarial: a run as long as the text, and a date for the parser to find.
    const random = xorshift32(SEED);
    const stops = THROUGH_EXTRACT[4]!.make(random, SMALL);
    expect(stops).toHaveLength(SMALL);
    expect(stops).toMatch(/[.!?\u2026]{60000}/);
    expect(extractEvents(stops, { published: PUBLISHED }).length).toBeGreaterThan(0);
    const boms = THROUGH_EXTRACT[7]!.make(random, SMALL);
    expect(boms).toMatch(/\uFEFF{60000}/);
    expect(extractEvents(boms, { published: PUBLISHED }).length).toBeGreaterThan(0);
  });
});

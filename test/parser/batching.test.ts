/**
 * No dated event silently dropped: the grammar reads many sentences in one chrono-node call, and that
 * must never change what any sentence gives. The caps count per sentence, the separator between the
 * pieces of a batch reads as nothing, and each sentence's results are those it gives parsed alone.
 * Properties are fast-check, seeded (FC_SEED replays a failure, FC_NUM_RUNS sets the number of runs).
 */
import fc from 'fast-check';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import type { TimelineEvent } from '../../src/parser/index.js';
import { parseSentences } from '../../src/parser/locales/en/news-chrono.js';
import { normalizeText } from '../../src/parser/normalized-text.js';
import { dateTokensBySentence } from '../../src/parser/locales/en/prefilter.js';
import { splitSentences } from '../../src/parser/sentences.js';

const SEED = Number.isInteger(Number(process.env.FC_SEED)) && process.env.FC_SEED ? Number(process.env.FC_SEED) : 20220216;
const RUNS_OVERRIDE = Number(process.env.FC_NUM_RUNS);
const runs = (n: number): number => (Number.isInteger(RUNS_OVERRIDE) && RUNS_OVERRIDE > 0 ? RUNS_OVERRIDE : n);

const PUBLISHED = '2022-02-16';
const brief = (events: TimelineEvent[]) => events.map((event) => `${event.date}${event.end ? `/${event.end}` : ''} ${event.expression.text}`);

describe('list shapes and batch boundaries', () => {
  it('sixty one-year lines give sixty events (the cap of 50 is per sentence, not per batch)', () => {
    const text = Array.from({ length: 60 }, (_, i) => `${1961 + i}: The council met.`).join('\n');
    const events = extractEvents(text, { published: PUBLISHED });
    expect(events.map((event) => event.date)).toEqual(Array.from({ length: 60 }, (_, i) => String(1961 + i)));
  });

  it('"Key dates:" lines give every year, not only the first (the separator is no "#")', () => {
    const text = 'Key dates:\n1991: Ukraine declares independence.\n2004: The Orange Revolution.\n2014: Russia annexes Crimea.';
    expect(brief(extractEvents(text, { published: PUBLISHED }))).toEqual(['1991 1991', '2004 2004', '2014 2014']);
  });

  it('an expression right after a batch boundary keeps its preposition', () => {
    // The first sentence alone is longer than a batch, so the second opens the next one.
    const text = `${'The committee said on Tuesday that the plan would proceed as agreed. '.repeat(30)}In 2014 the plan failed.`;
    expect(brief(extractEvents(text, { published: PUBLISHED })).at(-1)).toBe('2014 In 2014');
  });

  it('bulleted and dashed timelines give each line its date', () => {
    const text = [
      'Timeline:',
      '\u2022 March 3, 2014 - Troops seize the parliament.',
      '- Aug. 24, 1991: Parliament declares independence.',
      '* 2004 \u2013 Protests follow a disputed vote.',
      '1996 \u2014 A constitution is adopted.',
      'Feb. 16: Talks resume.',
    ].join('\n');
    expect(brief(extractEvents(text, { published: PUBLISHED }))).toEqual([
      '2014-03-03 March 3, 2014',
      '1991-08-24 Aug. 24, 1991',
      '2004 2004',
      '1996 1996',
      '2022-02-16 Feb. 16',
    ]);
  });

  it('a quantity sign ending one line does not reach the year opening the next', () => {
    const text = 'Shares of the company were ranked No.\n2014 brought the crash.\nThey sold item #\n1999 ended it.\nIt cost $\n2008 ended it.';
    expect(brief(extractEvents(text, { published: PUBLISHED }))).toEqual(['2014 2014', '1999 1999', '2008 2008']);
  });

  it('a month name ending one line stays its own (no trailing white space taken from the batch)', () => {
    expect(brief(extractEvents('1950: Talks began in March\nJan. 1: A deal.', { published: PUBLISHED }))).toEqual([
      '1950 1950',
      '2021-03 March',
      '2022-01-01 Jan. 1',
    ]);
  });

  it('a clock time counts only where its own sentence writes one ("at 7" is no time beside "9:30")', () => {
    const alone = brief(extractEvents('The polls close at 7 on Feb. 18.', { published: PUBLISHED }));
    expect(alone).toEqual(['2022-02-18 Feb. 18']);
    expect(brief(extractEvents('Voting began at 9:30 a.m. Tuesday.\nThe polls close at 7 on Feb. 18.', { published: PUBLISHED }))).toEqual([
      '2022-02-15T09:30 at 9:30 a.m. Tuesday',
      ...alone,
    ]);
  });

  it('no merge reaches across sentences: an offset ending one line, a date opening the next', () => {
    const text = 'The talks began two days after\nMarch 3 was the deadline.';
    const apart = [...extractEvents('The talks began two days after', { published: PUBLISHED }), ...extractEvents('March 3 was the deadline.', { published: PUBLISHED })];
    expect(brief(extractEvents(text, { published: PUBLISHED }))).toEqual(brief(apart));
    // March 3, 15 days after publication, is this year's despite the "was" (a date set down near publication).
    expect(brief(apart)).toEqual(['2022-02-18 two days after', '2022-03-03 March 3']);
  });

  it('one sentence still keeps at most 50 dates, its first', () => {
    const days = Array.from({ length: 70 }, (_, i) => `${['Jan.', 'Feb.', 'March'][Math.floor(i / 28)]} ${(i % 28) + 1}`);
    const events = extractEvents(`Flights were cancelled on ${days.join(', ')}.`, { published: PUBLISHED });
    expect(events.map((event) => event.expression.text.replace(/^on /, ''))).toEqual(days.slice(0, 50));
  });
});

// ---------------------------------------------------------------------------------------------------
// Generated texts: the shapes above and news sentences full of dates, of one line or many.

const MONTHS = ['January', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const monthDayArb = fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 31 })).map(([month, day]) => `${month} ${day}`);
const yearArb = fc.integer({ min: 1950, max: 2030 }).map(String);
// "in 1990" as the time of its own clause opens a history passage, which the next sentence's opening date
// joins (src/parser/discourse.ts): a year set that way stays recent here, so that sentences stay apart.
const recentYearArb = fc.integer({ min: 2021, max: 2030 }).map(String);

// Expressions that carry nothing from one sentence to the next (no "that day", "the quarter", "the day
// before" counting from the story's last date), so that a sentence parsed alone gives what it gives in
// its text.
const standaloneArb = fc.oneof(
  monthDayArb,
  fc.tuple(monthDayArb, yearArb).map(([date, year]) => `${date}, ${year}`),
  recentYearArb.map((year) => `in ${year}`),
  fc.tuple(yearArb, yearArb).map(([from, to]) => `from ${from} to ${to}`),
  fc.constantFrom(...WEEKDAYS).map((weekday) => `on ${weekday}`),
  fc.constantFrom(...WEEKDAYS, 'Tues.', 'Thurs.'),
  fc.constantFrom(
    'last night', 'tonight', 'yesterday', 'this morning', 'at midnight', 'last week', 'next month', 'earlier this year',
    'two weeks ago', 'the third quarter', 'Q3 2021', 'the end of the month', 'end of March', 'Christmas Eve',
    'at 9:30 a.m. Tuesday', 'Feb. 15 from 10 p.m. to 2 a.m.', 'two days after March 3', '3/4/2021', 'mid-1996', "'99",
    'May', 'now', 'for 45 minutes', 'within 24 hours', 'every Tuesday',
    // What only some of chrono-node's gated parsers read: bare clock hours, dotted and dashed numbers.
    'at 7 on Friday', 'won 3-1 on Saturday', '3.4.2020', '2020-3-4', '2014 March 4', 'Last March', 'last day of the month',
    'at 10 o clock Monday',
  ),
);
// Sentence ends and starts that meet at a batch boundary: an offset or "end of" awaiting a date, a
// number sign, a unit, and dates or years opening the next sentence.
const EDGES = ['two days after', 'end of', 'at 10', 'No.', '#', '$', 'page', 'in', 'from', 'March', 'Tuesday', '2014'];
const openingArb = fc.oneof(yearArb.map((year) => `${year}:`), monthDayArb.map((date) => `${date}:`), fc.constantFrom('In 2021', 'March 3', 'Monday', 'the month', '2 a.m.', '1991'));
const fillerArb = fc.constantFrom('', 'officials said', 'the ministry said in a statement', 'x'.repeat(300), 'and the vote followed weeks of talks '.repeat(12), 'on the border '.repeat(40));

function sentenceArb(expression: fc.Arbitrary<string>, edges: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(fc.constantFrom('Police', 'The company', 'Lawmakers'), fc.constantFrom('said', 'will vote', 'met'), expression, fc.option(expression, { nil: undefined }), fillerArb)
      .map(([subject, verb, first, second, filler]) => `${subject} ${verb} ${first}${second ? ` and ${second}` : ''} ${filler}`.trim() + '.'),
    fc.tuple(openingArb, fillerArb, fc.option(fc.constantFrom(...edges), { nil: undefined })).map(([opening, filler, edge]) => `${opening} ${filler} ${edge ?? ''}`.trim()),
    fc.tuple(fc.constantFrom('\u2022 ', '- ', '* ', ''), yearArb, fc.constantFrom(' - ', ': ', ' \u2013 '), expression).map((parts) => parts.join('')),
  );
}
const textArb = (expression: fc.Arbitrary<string>, edges: readonly string[] = EDGES) =>
  fc
    .tuple(fc.array(sentenceArb(expression, edges), { minLength: 2, maxLength: 14 }), fc.constantFrom('\n', ' ', '\n\n'))
    .map(([sentences, join]) => ({ sentences, join }));
// What refers to another sentence: the story's last date ("that day", "the day before"), the quarter under
// discussion ("the quarter", "a year earlier", "a year ago": the same quarter a year before).
// And a count "later" or "after" with no date of its own sentence to count from ("Two days later,").
const REFERRING = ['that day', 'the quarter', 'the day before', 'a year earlier', 'a year ago', 'later that year', 'the following month', 'two days later'];
// Sentence edges that carry nothing either: an offset awaiting a date ("two days after") left without
// one counts from the story's last date.
const STANDALONE_EDGES = EDGES.filter((edge) => edge !== 'two days after');

/** What a result says, in plain values, for comparing two parses. */
const PARTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset'] as const;
function components(values: ParsedComponents | null | undefined) {
  if (!values) return null;
  return { values: PARTS.map((part) => [part, values.get(part), values.isCertain(part)]), tags: [...values.tags()].sort() };
}
const plain = (result: ParsedResult) => ({ index: result.index, text: result.text, start: components(result.start), end: components(result.end) });

/** The dated sentences of a text, with the date tokens of each, as extractEvents hands them to the grammar. */
function datedSentences(text: string) {
  const normalized = normalizeText(text).text;
  const sentences = splitSentences(normalized);
  const tokens = dateTokensBySentence(normalized, sentences);
  const dated = sentences.map((_, index) => index).filter((index) => tokens[index]!.length > 0);
  return { sentences: dated.map((index) => sentences[index]!.text), tokens: dated.map((index) => tokens[index]!) };
}

describe('batching never changes a result', () => {
  const published = { year: 2022, month: 2, day: 16 };

  // The batching lives in parseSentences: each sentence's results there must be what the sentence
  // parsed alone gives. This holds for any expression, those that refer to other sentences too, since
  // the story's state is applied after (discourse.ts).
  it(
    'each sentence of a batch gives what it gives parsed alone',
    () => {
      fc.assert(
        fc.property(textArb(fc.oneof(standaloneArb, fc.constantFrom(...REFERRING)), [...EDGES, ...REFERRING]), ({ sentences, join }) => {
          const { sentences: dated, tokens } = datedSentences(sentences.join(join));
          const together = parseSentences(dated, tokens, published);
          dated.forEach((sentence, index) => {
            const alone = parseSentences([sentence], [tokens[index]!], published)[0]!;
            expect(together[index]!.map(plain), JSON.stringify(sentence)).toEqual(alone.map(plain));
          });
        }),
        { seed: SEED, numRuns: runs(300) },
      );
    },
    120_000,
  );

  // End to end, for sentences that do not refer to one another: the events of a text are those of its
  // lines parsed apart, offsets shifted.
  it(
    'extractEvents of a text is that of its lines apart, offsets shifted',
    () => {
      fc.assert(
        fc.property(textArb(standaloneArb, STANDALONE_EDGES), ({ sentences }) => {
          const text = sentences.join('\n');
          const apart: TimelineEvent[] = [];
          let offset = 0;
          for (const line of sentences) {
            const shift = (span: { text: string; start: number; end: number }) => ({ ...span, start: span.start + offset, end: span.end + offset });
            for (const event of extractEvents(line, { published: PUBLISHED })) {
              const expression = shift(event.expression);
              apart.push({ ...event, id: `${event.date}@${expression.start}`, expression, sentence: shift(event.sentence) });
            }
            offset += line.length + 1;
          }
          expect(extractEvents(text, { published: PUBLISHED })).toEqual(apart);
        }),
        { seed: SEED, numRuns: runs(300) },
      );
    },
    120_000,
  );

  it('the generated texts are long and dated enough to fill batches (the properties are not vacuous)', () => {
    const samples = fc.sample(textArb(standaloneArb), { seed: SEED, numRuns: 200 });
    const texts = samples.map(({ sentences, join }) => sentences.join(join));
    expect(texts.filter((text) => text.length > 2000).length).toBeGreaterThan(20);
    const eventCounts = texts.map((text) => extractEvents(text, { published: PUBLISHED }).length);
    expect(eventCounts.filter((count) => count >= 3).length).toBeGreaterThan(100);
  });
});

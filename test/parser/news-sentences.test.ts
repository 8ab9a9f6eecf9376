/**
 * Hand-written wire-style sentences (Reuters/AP register, invented for this suite), each with its
 * publication date and the exact events a reader takes from it. Written to the spec in the issue, not to
 * the parser's current output.
 *
 * Expression text: the spec allows a leading preposition in or out of the expression ("on Wednesday" or
 * "Wednesday"), so both sides are compared without one (see `core`). Where the spec leaves the span open
 * ("late Tuesday" may include "late"), a case lists every accepted text; everything else is exact.
 *
 * Publication weekdays used (checked with Date.UTC, and re-checked by the "table" tests below):
 *   2022-02-14 Mon, 2022-02-15 Tue, 2022-02-16 Wed, 2022-02-17 Thu, 2022-02-18 Fri,
 *   2022-12-28 Wed, 2023-01-02 Mon, 2023-11-01 Wed, 2024-02-29 Thu, 2024-03-04 Mon, 2021-01-01 Fri.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import { TEST_ZONES } from '../test-zones.mjs';
import type { Granularity, PublishedInput, Relation, TimelineEvent } from '../../src/parser/index.js';
import {
  eventProblems,
  granularityOfValue,
  publishedDayNumber,
  relationOf,
  titleProblems,
  valueBounds,
  weekdayOfDayNumber,
  withoutId,
} from './expect-events.js';

interface ExpectedEvent {
  date: string;
  granularity: Granularity;
  end?: string;
  /** The date words; an array lists every span the spec accepts. */
  expression: string | readonly string[];
  relation: Relation;
  /** For multi-sentence inputs: the event's sentence must contain this ... */
  sentenceHas?: string;
  /** ... and must not contain this (it belongs to another sentence). */
  sentenceLacks?: string;
}

interface NewsCase {
  published: string;
  text: string;
  events: readonly ExpectedEvent[];
}

// ---------------------------------------------------------------------------------------------------
// 1. Weekdays by tense and context, not by nearest day.
const WEEKDAYS: readonly NewsCase[] = [
  {
    published: '2022-02-14', // Mon: past tense -> the Thursday before (4 days back), not the one 3 days ahead
    text: 'Acme Corp. said on Thursday that it would close two plants in Ohio.',
    events: [{ date: '2022-02-10', granularity: 'day', expression: 'Thursday', relation: 'past' }],
  },
  {
    published: '2022-02-17', // Thu: future tense -> the Monday after (4 days ahead), not the one 3 days back
    text: 'The city council will vote Monday on a proposal to raise bus fares.',
    events: [{ date: '2022-02-21', granularity: 'day', expression: 'Monday', relation: 'future' }],
  },
  {
    published: '2022-02-16', // Wed: the publication's own weekday, past tense
    text: 'The central bank said on Wednesday it would leave interest rates unchanged.',
    events: [{ date: '2022-02-16', granularity: 'day', expression: 'Wednesday', relation: 'present' }],
  },
  {
    published: '2022-02-16', // Wed: the publication's own weekday, future tense
    text: 'Senators will vote on the measure Wednesday, the majority leader said.',
    events: [{ date: '2022-02-16', granularity: 'day', expression: 'Wednesday', relation: 'present' }],
  },
  {
    published: '2022-02-14', // Mon: own weekday, AP style without "on"
    text: 'Opposition leaders said Monday they would boycott the vote.',
    events: [{ date: '2022-02-14', granularity: 'day', expression: 'Monday', relation: 'present' }],
  },
  {
    published: '2022-02-17', // Thu: own weekday, future tense
    text: 'The prime minister will travel to Warsaw on Thursday for talks with NATO allies.',
    events: [{ date: '2022-02-17', granularity: 'day', expression: 'Thursday', relation: 'present' }],
  },
  {
    published: '2022-02-16', // Wed: past tense -> Friday Feb. 11 (5 back) although Friday Feb. 18 is nearer
    text: "The prosecutor's office said Friday that charges would be filed.",
    events: [{ date: '2022-02-11', granularity: 'day', expression: 'Friday', relation: 'past' }],
  },
  {
    published: '2022-02-17', // Thu
    text: 'The state House passed the bill on Tuesday by a vote of 61-39.',
    events: [{ date: '2022-02-15', granularity: 'day', expression: 'Tuesday', relation: 'past' }],
  },
  {
    published: '2022-02-16', // Wed
    text: 'Police arrested two men on Sunday in connection with the robbery.',
    events: [{ date: '2022-02-13', granularity: 'day', expression: 'Sunday', relation: 'past' }],
  },
  {
    published: '2022-02-14', // Mon
    text: 'The mayor announced Saturday that the city would lift its indoor mask mandate.',
    events: [{ date: '2022-02-12', granularity: 'day', expression: 'Saturday', relation: 'past' }],
  },
  {
    published: '2022-02-14', // Mon: future tense -> Wednesday Feb. 16
    text: 'The storm will reach the coast on Wednesday, forecasters said.',
    events: [{ date: '2022-02-16', granularity: 'day', expression: 'Wednesday', relation: 'future' }],
  },
  {
    published: '2022-02-17', // Thu: "would resume ... on Saturday" is future from the reporting date
    text: 'The airline said it would resume flights to the island on Saturday.',
    events: [{ date: '2022-02-19', granularity: 'day', expression: 'Saturday', relation: 'future' }],
  },
  {
    published: '2022-02-18', // Fri: "last Friday" is strictly before -> a week back, not today
    text: 'The company disclosed the breach last Friday in a filing with regulators.',
    events: [{ date: '2022-02-11', granularity: 'day', expression: 'last Friday', relation: 'past' }],
  },
  {
    published: '2022-02-14', // Mon: "last Monday" -> Feb. 7
    text: 'The union said last Monday that talks had collapsed.',
    events: [{ date: '2022-02-07', granularity: 'day', expression: 'last Monday', relation: 'past' }],
  },
  {
    published: '2022-02-15', // Tue: "next Tuesday" is strictly after -> a week ahead, not today
    text: 'The two leaders are scheduled to meet in Geneva next Tuesday.',
    events: [{ date: '2022-02-22', granularity: 'day', expression: 'next Tuesday', relation: 'future' }],
  },
  {
    published: '2022-02-14', // Mon: "next Tuesday" is the coming one, within 7 days -> tomorrow
    text: 'Jurors will begin deliberating next Tuesday, the judge said.',
    events: [{ date: '2022-02-15', granularity: 'day', expression: 'next Tuesday', relation: 'future' }],
  },
  {
    published: '2022-02-18', // Fri: "next Friday" -> Feb. 25
    text: 'Finance ministers will meet next Friday in Brussels.',
    events: [{ date: '2022-02-25', granularity: 'day', expression: 'next Friday', relation: 'future' }],
  },
  // A weekend is its Saturday and Sunday, placed as a weekday is.
  {
    published: '2022-02-14', // Mon: the weekend just past
    text: 'Protesters blocked the border crossing over the weekend.',
    events: [{ date: '2022-02-12', end: '2022-02-13', granularity: 'day', expression: 'the weekend', relation: 'past' }],
  },
  {
    published: '2022-02-16', // Wed: ahead, the coming one
    text: 'Talks will resume this weekend in Geneva.',
    events: [{ date: '2022-02-19', end: '2022-02-20', granularity: 'day', expression: 'this weekend', relation: 'future' }],
  },
  {
    published: '2022-02-18', // Fri: "last weekend" is the one before
    text: 'Shoppers crowded the new mall last weekend, the owner said.',
    events: [{ date: '2022-02-12', end: '2022-02-13', granularity: 'day', expression: 'last weekend', relation: 'past' }],
  },
  // "a weekend getaway" is no date.
  { published: '2022-02-18', text: 'The couple won a weekend getaway to the coast.', events: [] },
];

// ---------------------------------------------------------------------------------------------------
// 2. Month and month-day without a year: tense decides; without tense, the publication year (AP writes
//    the year only when it is not the current one), except across a nearby year boundary.
const MONTHS: readonly NewsCase[] = [
  {
    published: '2022-02-16',
    text: 'Home sales rose 6.7% in March, the trade group said.',
    events: [{ date: '2021-03', granularity: 'month', expression: 'March', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'Exports to China fell sharply in November, customs data showed.',
    events: [{ date: '2021-11', granularity: 'month', expression: 'November', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'The agency said in January that it had opened an investigation.',
    events: [{ date: '2022-01', granularity: 'month', expression: 'January', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'The company will report quarterly earnings in April.',
    events: [{ date: '2022-04', granularity: 'month', expression: 'April', relation: 'future' }],
  },
  {
    published: '2022-09-14',
    text: 'The new emissions rules will take effect in March.',
    events: [{ date: '2023-03', granularity: 'month', expression: 'March', relation: 'future' }],
  },
  {
    published: '2022-02-16',
    text: 'Lawmakers are expected to vote on the budget in June.',
    events: [{ date: '2022-06', granularity: 'month', expression: 'June', relation: 'future' }],
  },
  {
    published: '2022-02-16',
    text: 'The merger was first proposed in December 2020.',
    events: [{ date: '2020-12', granularity: 'month', expression: 'December 2020', relation: 'past' }],
  },
  {
    published: '2023-01-02', // Jan. 2: "Dec. 30" in the past tense is the previous year
    text: 'The fire broke out on Dec. 30 in a high-rise apartment building.',
    events: [{ date: '2022-12-30', granularity: 'day', expression: 'Dec. 30', relation: 'past' }],
  },
  {
    published: '2022-12-28', // Dec. 28: "will ... on Jan. 5" is the next year
    text: 'The new minimum wage will take effect on Jan. 5.',
    events: [{ date: '2023-01-05', granularity: 'day', expression: 'Jan. 5', relation: 'future' }],
  },
  {
    published: '2022-12-28', // no tense evidence, but a nearby year boundary -> next year
    text: 'The new fare schedule takes effect Jan. 2.',
    events: [{ date: '2023-01-02', granularity: 'day', expression: 'Jan. 2', relation: 'future' }],
  },
  {
    published: '2023-01-02', // present tense, nearby year boundary -> previous year
    text: 'Police are still investigating a Dec. 29 shooting outside a nightclub.',
    events: [{ date: '2022-12-29', granularity: 'day', expression: 'Dec. 29', relation: 'past' }],
  },
  {
    published: '2022-02-16', // no tense evidence -> the publication year
    text: 'The filing deadline is April 18.',
    events: [{ date: '2022-04-18', granularity: 'day', expression: 'April 18', relation: 'future' }],
  },
  {
    published: '2022-02-16',
    text: 'The company filed for bankruptcy protection on Jan. 21.',
    events: [{ date: '2022-01-21', granularity: 'day', expression: 'Jan. 21', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'The ceasefire took effect on Feb. 1.',
    events: [{ date: '2022-02-01', granularity: 'day', expression: 'Feb. 1', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'Voters will go to the polls on Nov. 8 to elect a new governor.',
    events: [{ date: '2022-11-08', granularity: 'day', expression: 'Nov. 8', relation: 'future' }],
  },
  {
    published: '2022-02-16', // past tense, a later month-day -> last year
    text: 'The plant closed on Sept. 30, putting 400 people out of work.',
    events: [{ date: '2021-09-30', granularity: 'day', expression: 'Sept. 30', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'The museum reopened Oct. 12 after a two-year renovation.',
    events: [{ date: '2021-10-12', granularity: 'day', expression: 'Oct. 12', relation: 'past' }],
  },
  {
    published: '2022-02-16', // "for three weeks" is a duration, not a second event
    text: 'The wildfire started on Aug. 4 and burned for three weeks.',
    events: [{ date: '2021-08-04', granularity: 'day', expression: 'Aug. 4', relation: 'past' }],
  },
  {
    published: '2022-09-14', // future tense, an earlier month-day -> next year
    text: 'The law will take effect on Jan. 1.',
    events: [{ date: '2023-01-01', granularity: 'day', expression: 'Jan. 1', relation: 'future' }],
  },
  {
    published: '2022-02-16', // year written out: no resolution needed
    text: 'The company was founded on Oct. 3, 2019, by two former bank executives.',
    events: [{ date: '2019-10-03', granularity: 'day', expression: 'Oct. 3, 2019', relation: 'past' }],
  },
  {
    published: '2024-03-04', // leap day of the publication year
    text: 'The ruling was issued on Feb. 29.',
    events: [{ date: '2024-02-29', granularity: 'day', expression: 'Feb. 29', relation: 'past' }],
  },
];

// ---------------------------------------------------------------------------------------------------
// 3. News forms: AP abbreviations, "Monday, Feb. 14", "late Tuesday", "Tuesday night", "9 a.m. Tuesday",
//    "Monday's attack", bare years.
const NEWS_FORMS: readonly NewsCase[] = [
  {
    published: '2022-02-16', // weekday + date is ONE event with one expression
    text: 'The company announced on Monday, Feb. 14, that it had agreed to be acquired for $1.5 billion.',
    events: [{ date: '2022-02-14', granularity: 'day', expression: 'Monday, Feb. 14', relation: 'past' }],
  },
  {
    published: '2023-11-01', // Wed
    text: 'Voters will head to the polls next Tuesday, Nov. 7, to choose a new mayor.',
    events: [{ date: '2023-11-07', granularity: 'day', expression: 'next Tuesday, Nov. 7', relation: 'future' }],
  },
  {
    published: '2022-02-16',
    text: 'The trial is scheduled to begin on Monday, March 7.',
    events: [{ date: '2022-03-07', granularity: 'day', expression: 'Monday, March 7', relation: 'future' }],
  },
  {
    published: '2022-02-17', // Thu
    text: 'Lawmakers approved the spending bill late Tuesday after hours of debate.',
    events: [{ date: '2022-02-15', granularity: 'day', expression: ['late Tuesday', 'Tuesday'], relation: 'past' }],
  },
  {
    published: '2022-02-17', // Thu
    text: 'Officials said late Wednesday that the pipeline had been shut.',
    events: [{ date: '2022-02-16', granularity: 'day', expression: ['late Wednesday', 'Wednesday'], relation: 'past' }],
  },
  {
    published: '2022-02-16', // "Tuesday night" stays at day precision
    text: "A fire broke out Tuesday night at a warehouse on the city's east side.",
    events: [{ date: '2022-02-15', granularity: 'day', expression: ['Tuesday night', 'Tuesday'], relation: 'past' }],
  },
  {
    published: '2022-02-14', // Mon; "a.m." must not end the sentence
    text: 'The hearing will begin at 9 a.m. Tuesday in federal court in Manhattan.',
    events: [{ date: '2022-02-15T09:00', granularity: 'time', expression: '9 a.m. Tuesday', relation: 'future' }],
  },
  {
    published: '2022-02-16', // Wed
    text: 'The first shots were fired at 9 a.m. Tuesday, police said.',
    events: [{ date: '2022-02-15T09:00', granularity: 'time', expression: '9 a.m. Tuesday', relation: 'past' }],
  },
  {
    published: '2022-02-14', // Mon
    text: 'The earthquake struck at 10:30 p.m. Sunday, the geological survey said.',
    events: [{ date: '2022-02-13T22:30', granularity: 'time', expression: '10:30 p.m. Sunday', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: "Monday's attack killed at least 12 people, the health ministry said.",
    events: [{ date: '2022-02-14', granularity: 'day', expression: ['Monday', "Monday's"], relation: 'past' }],
  },
  {
    published: '2022-02-16', // typographic apostrophe
    text: 'Monday\u2019s blast damaged dozens of buildings near the port.',
    events: [{ date: '2022-02-14', granularity: 'day', expression: ['Monday', 'Monday\u2019s'], relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'The company has been based in Denver since 1984.',
    events: [{ date: '1984', granularity: 'year', expression: '1984', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'Russia annexed the Crimean peninsula in 2014.',
    events: [{ date: '2014', granularity: 'year', expression: '2014', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'The plant is expected to open in 2025.',
    events: [{ date: '2025', granularity: 'year', expression: '2025', relation: 'future' }],
  },
];

// ---------------------------------------------------------------------------------------------------
// 4. Relative forms.
const RELATIVE: readonly NewsCase[] = [
  {
    published: '2022-02-16',
    text: 'Oil prices fell 3% yesterday as tensions eased.',
    events: [{ date: '2022-02-15', granularity: 'day', expression: 'yesterday', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'The president is set to address the nation today.',
    events: [{ date: '2022-02-16', granularity: 'day', expression: 'today', relation: 'present' }],
  },
  {
    published: '2022-02-16',
    text: 'The results will be announced tomorrow.',
    events: [{ date: '2022-02-17', granularity: 'day', expression: 'tomorrow', relation: 'future' }],
  },
  {
    published: '2022-02-16',
    text: 'A gunman opened fire this morning at a shopping mall in the city center.',
    events: [{ date: '2022-02-16', granularity: 'day', expression: 'this morning', relation: 'present' }],
  },
  {
    published: '2022-02-16', // W07 -> last week W06
    text: 'The company cut its profit forecast last week, citing supply chain problems.',
    events: [{ date: '2022-W06', granularity: 'week', expression: 'last week', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'Talks will resume next week in Vienna.',
    events: [{ date: '2022-W08', granularity: 'week', expression: 'next week', relation: 'future' }],
  },
  {
    published: '2022-02-16',
    text: 'Shares of the company have fallen 9% this week.',
    events: [{ date: '2022-W07', granularity: 'week', expression: 'this week', relation: 'present' }],
  },
  {
    published: '2022-02-16',
    text: 'Consumer prices rose 7.5% last month, the Labor Department said.',
    events: [{ date: '2022-01', granularity: 'month', expression: 'last month', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'The new stadium will open next month.',
    events: [{ date: '2022-03', granularity: 'month', expression: 'next month', relation: 'future' }],
  },
  {
    published: '2022-02-16',
    text: 'Retail sales have slumped this month as shoppers stayed home.',
    events: [{ date: '2022-02', granularity: 'month', expression: 'this month', relation: 'present' }],
  },
  {
    published: '2022-02-16',
    text: 'The company lost $2.4 billion last year.',
    events: [{ date: '2021', granularity: 'year', expression: 'last year', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'The government plans to hold elections next year.',
    events: [{ date: '2023', granularity: 'year', expression: 'next year', relation: 'future' }],
  },
  {
    published: '2022-02-16',
    text: 'The economy is expected to grow 4% this year.',
    events: [{ date: '2022', granularity: 'year', expression: 'this year', relation: 'present' }],
  },
  {
    published: '2022-02-16', // pub - 14 days = 2022-02-02, in W05
    text: 'The factory shut down two weeks ago after a chemical leak.',
    events: [{ date: '2022-W05', granularity: 'week', expression: 'two weeks ago', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'A year ago, the company was valued at $40 billion.',
    events: [{ date: '2021', granularity: 'year', expression: 'A year ago', relation: 'past' }],
  },
  {
    published: '2022-02-16', // counts in words past AP's one to nine; 2022-02-16 - 16 days
    text: 'The dam was finished forty years ago, and it began to leak sixteen days ago.',
    events: [
      { date: '1982', granularity: 'year', expression: 'forty years ago', relation: 'past' },
      { date: '2022-01-31', granularity: 'day', expression: 'sixteen days ago', relation: 'past' },
    ],
  },
  {
    published: '2022-02-16', // the publication month, which contains the publication date -> present
    text: 'Protests erupted earlier this month in the capital.',
    events: [{ date: '2022-02', granularity: 'month', expression: ['earlier this month', 'this month'], relation: 'present' }],
  },
  {
    published: '2022-02-14', // Mon: "a day earlier" is relative to Friday, the sentence's own date
    text: 'Police said on Friday that the suspect had been arrested a day earlier.',
    events: [
      { date: '2022-02-11', granularity: 'day', expression: 'Friday', relation: 'past' },
      { date: '2022-02-10', granularity: 'day', expression: 'a day earlier', relation: 'past' },
    ],
  },
  {
    published: '2022-02-14', // Mon: "the day before" is relative to Thursday
    text: 'Shares fell 8% on Thursday after the company had warned the day before that sales would slow.',
    events: [
      { date: '2022-02-10', granularity: 'day', expression: 'Thursday', relation: 'past' },
      { date: '2022-02-09', granularity: 'day', expression: 'the day before', relation: 'past' },
    ],
  },
  {
    published: '2022-02-16', // no other date in the sentence -> relative to publication
    text: 'The ministry had announced a day earlier that the troops were being pulled back.',
    events: [{ date: '2022-02-15', granularity: 'day', expression: 'a day earlier', relation: 'past' }],
  },
  {
    published: '2022-02-16', // "after" with its own anchor, dated in the sentence: counted from that date
    text: 'The vote came two days after the talks collapsed on Feb. 3.',
    events: [
      { date: '2022-02-05', granularity: 'day', expression: 'two days after', relation: 'past' },
      { date: '2022-02-03', granularity: 'day', expression: 'Feb. 3', relation: 'past' },
    ],
  },
  {
    published: '2022-02-16', // the week that holds Feb. 21, not the day
    text: 'The dispute may be settled at a court hearing the week of Feb. 21.',
    events: [{ date: '2022-W08', granularity: 'week', expression: 'the week of Feb. 21', relation: 'future' }],
  },
  {
    published: '2022-02-16', // chrono-node merges "night of" with the date and forgets the date
    text: 'The shooting took place on the night of Feb. 3 outside a nightclub.',
    events: [{ date: '2022-02-03', granularity: 'day', expression: 'Feb. 3', relation: 'past' }],
  },
  {
    published: '2022-02-16', // ... and a day part right before its date, with no word between
    text: 'The fire broke out in the morning Feb. 3, and shares of the owner fell at mid-afternoon yesterday.',
    events: [
      { date: '2022-02-03', granularity: 'day', expression: 'Feb. 3', relation: 'past' },
      { date: '2022-02-15', granularity: 'day', expression: 'yesterday', relation: 'past' },
    ],
  },
  // "after"/"before" with an anchor the text never dates: not publication plus a count, and no event.
  { published: '2022-02-16', text: 'Rebels attacked the town 13 days after the embassy bombings.', events: [] },
  { published: '2022-02-16', text: 'Sun, a maker of computer workstations, reported a loss for its fiscal year.', events: [] },
  {
    published: '2022-02-16', // a fiscal year named by its last day is no calendar year: that day is the date
    text: 'For the year ended Sept. 30, the chain earned $42 million, and in the fiscal year ending Jan. 31 it expects more.',
    events: [
      { date: '2021-09-30', granularity: 'day', expression: 'year ended Sept. 30', relation: 'past' },
      // A day without its year, 16 days before publication, is this year's whatever the tense: AP gives
      // a year only to a date outside the current one.
      { date: '2022-01-31', granularity: 'day', expression: 'year ending Jan. 31', relation: 'past' },
    ],
  },
  // "today's world", "the people of tomorrow": the present age and the future, not a day.
  { published: '2022-02-16', text: "Such rules make no sense in today's world, the judge wrote.", events: [] },
  { published: '2022-02-16', text: 'If I were choosing the people of tomorrow, I would choose them differently.', events: [] },
  {
    published: '2022-02-16', // a possessive "today's" before an event noun is the day
    text: "Today's meeting was cancelled, and the rules apply as of today.",
    events: [{ date: '2022-02-16', granularity: 'day', expression: 'Today', relation: 'present' }],
  },
  { published: '2022-02-16', text: 'A day after he was hounded by reporters, the minister resigned.', events: [] },
  {
    published: '2022-02-17', // Thu: Thursday dates the strikes, not the bombings "13 days after" counts from
    text: 'Retaliating 13 days after the embassy bombings, U.S. forces on Thursday launched missile strikes.',
    events: [{ date: '2022-02-17', granularity: 'day', expression: 'Thursday', relation: 'present' }],
  },
  // Across the turn of the year.
  {
    published: '2023-01-02',
    text: 'Flights were grounded across the region yesterday.',
    events: [{ date: '2023-01-01', granularity: 'day', expression: 'yesterday', relation: 'past' }],
  },
  {
    published: '2023-01-02', // Mon of 2023-W01 -> last week is 2022-W52
    text: 'Retail sales fell last week, according to preliminary data.',
    events: [{ date: '2022-W52', granularity: 'week', expression: 'last week', relation: 'past' }],
  },
  {
    published: '2023-01-02', // pub - 14 days = 2022-12-19, in 2022-W51
    text: 'The storm knocked out power two weeks ago.',
    events: [{ date: '2022-W51', granularity: 'week', expression: 'two weeks ago', relation: 'past' }],
  },
  {
    published: '2023-01-02',
    text: 'Home prices fell 4% last year.',
    events: [{ date: '2022', granularity: 'year', expression: 'last year', relation: 'past' }],
  },
  {
    published: '2023-01-02', // Mon
    text: 'The governor will sign the bill on Thursday.',
    events: [{ date: '2023-01-05', granularity: 'day', expression: 'Thursday', relation: 'future' }],
  },
  {
    published: '2022-12-28', // Wed of 2022-W52 -> next week is 2023-W01
    text: 'Lawmakers will return to the capital next week.',
    events: [{ date: '2023-W01', granularity: 'week', expression: 'next week', relation: 'future' }],
  },
  {
    published: '2022-12-28',
    text: 'Heating prices are expected to rise next month.',
    events: [{ date: '2023-01', granularity: 'month', expression: 'next month', relation: 'future' }],
  },
  {
    published: '2021-01-01', // Fri in ISO week 2020-W53
    text: 'The vaccine rollout has picked up pace this week.',
    events: [{ date: '2020-W53', granularity: 'week', expression: 'this week', relation: 'present' }],
  },
  // Leap year: published Thursday 2024-02-29.
  {
    published: '2024-02-29',
    text: 'The rover landed on Mars a year ago.',
    events: [{ date: '2023', granularity: 'year', expression: 'a year ago', relation: 'past' }],
  },
  {
    published: '2024-02-29',
    text: 'The bill passed the Senate yesterday.',
    events: [{ date: '2024-02-28', granularity: 'day', expression: 'yesterday', relation: 'past' }],
  },
  {
    published: '2024-02-29',
    text: 'The new tax rules take effect tomorrow.',
    events: [{ date: '2024-03-01', granularity: 'day', expression: 'tomorrow', relation: 'future' }],
  },
  {
    published: '2024-02-29',
    text: 'The strike began on Monday, the union said.',
    events: [{ date: '2024-02-26', granularity: 'day', expression: 'Monday', relation: 'past' }],
  },
  {
    published: '2024-02-29',
    text: 'Talks will resume on Monday.',
    events: [{ date: '2024-03-04', granularity: 'day', expression: 'Monday', relation: 'future' }],
  },
  {
    published: '2024-02-29', // W09 -> last week W08
    text: 'The index rose 2% last week.',
    events: [{ date: '2024-W08', granularity: 'week', expression: 'last week', relation: 'past' }],
  },
];

// ---------------------------------------------------------------------------------------------------
// 5. Not events: durations, recurring sets, "now", the modal "may", numbers and money, boilerplate.
const NOT_EVENTS: readonly NewsCase[] = [
  { published: '2022-02-16', text: 'The two leaders spoke by phone for 45 minutes.', events: [] },
  { published: '2022-02-16', text: 'The strike could last for two weeks, union leaders warned.', events: [] },
  { published: '2022-02-16', text: 'The negotiations have dragged on for more than a year.', events: [] },
  { published: '2022-02-16', text: 'The farmers market is open every Tuesday and Saturday.', events: [] },
  { published: '2022-02-16', text: 'Volunteers serve hot meals at the shelter each Monday.', events: [] },
  { published: '2022-02-16', text: 'The plant employs 2,400 people and builds about 500 trucks a month.', events: [] },
  {
    published: '2022-02-16',
    text: '"Right now, we are focused on getting power back to every home," the utility\'s chief executive said.',
    events: [],
  },
  // A weekday of no week in particular; before its noun the day is the one of the news.
  {
    published: '2024-04-18',
    text: 'Historians said the 1890 flood began on a Sunday in early spring.',
    events: [{ date: '1890', granularity: 'year', expression: '1890', relation: 'past' }],
  },
  { published: '2024-04-18', text: 'A Monday or a Friday, the crews never minded.', events: [] },
  { published: '2024-04-18', text: 'The break-in happened on a Friday night.', events: [] },
  {
    published: '2024-04-18',
    text: 'The mayor spoke at a Tuesday news conference.',
    events: [{ date: '2024-04-16', granularity: 'day', expression: 'Tuesday', relation: 'past' }],
  },
  { published: '2022-02-16', text: 'The company is currently reviewing its options.', events: [] },
  { published: '2022-02-16', text: 'Officials said the border is now open to commercial traffic.', events: [] },
  { published: '2022-02-16', text: 'The company may close more stores, analysts warned.', events: [] },
  { published: '2022-02-16', text: 'Shoppers may see higher prices at the checkout.', events: [] },
  { published: '2022-02-16', text: 'The deal, valued at $1.5 billion, will eliminate about 3,000 jobs.', events: [] },
  { published: '2022-02-16', text: 'Russia has massed more than 150,000 troops near the border.', events: [] },
  { published: '2023-06-01', text: 'Copyright 2023 Nexstar Media Inc. All rights reserved.', events: [] },
  {
    published: '2022-02-16',
    text: '\u00A9 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    events: [],
  },
  {
    published: '2022-02-16', // the story's event survives; the boilerplate line adds nothing
    text: 'The mayor resigned on Tuesday.\nCopyright 2022 Nexstar Media Inc. All rights reserved.',
    events: [
      { date: '2022-02-15', granularity: 'day', expression: 'Tuesday', relation: 'past', sentenceLacks: 'Copyright' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// 6. One event per statement: the same day twice in a sentence is one event; two days are two.
const ONE_EVENT_PER_STATEMENT: readonly NewsCase[] = [
  {
    published: '2022-02-14', // Mon: "Sunday" and "Sunday night" name the same day
    text: 'The storm made landfall on Sunday, and by Sunday night more than 200,000 homes had lost power.',
    events: [{ date: '2022-02-13', granularity: 'day', expression: ['Sunday', 'Sunday night'], relation: 'past' }],
  },
  {
    published: '2022-02-16', // Wed: "yesterday" and "Tuesday" are both Feb. 15
    text: 'Police said yesterday that the suspect was arrested at his home on Tuesday.',
    events: [{ date: '2022-02-15', granularity: 'day', expression: ['yesterday', 'Tuesday'], relation: 'past' }],
  },
  {
    published: '2022-02-17', // Thu: "Tuesday, Feb. 15" and "Tuesday evening" are one day
    text: 'The bill cleared the Senate on Tuesday, Feb. 15, and the governor signed it Tuesday evening.',
    events: [
      { date: '2022-02-15', granularity: 'day', expression: ['Tuesday, Feb. 15', 'Tuesday evening', 'Tuesday'], relation: 'past' },
    ],
  },
  {
    published: '2022-02-16', // the issue's own example
    text: 'The strike began on Feb. 10 and ended on Monday.',
    events: [
      { date: '2022-02-10', granularity: 'day', expression: 'Feb. 10', relation: 'past' },
      { date: '2022-02-14', granularity: 'day', expression: 'Monday', relation: 'past' },
    ],
  },
  {
    published: '2022-02-14', // Mon
    text: 'The company announced the recall on Jan. 12 and said Thursday that it had been expanded.',
    events: [
      { date: '2022-01-12', granularity: 'day', expression: 'Jan. 12', relation: 'past' },
      { date: '2022-02-10', granularity: 'day', expression: 'Thursday', relation: 'past' },
    ],
  },
  {
    published: '2022-02-16', // Wed
    text: 'The ministry said on Wednesday that troops who arrived in Belarus last week would leave after the exercises.',
    events: [
      { date: '2022-02-16', granularity: 'day', expression: 'Wednesday', relation: 'present' },
      { date: '2022-W06', granularity: 'week', expression: 'last week', relation: 'past' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// 7. Ranges: one event with date and end.
const RANGES: readonly NewsCase[] = [
  {
    published: '2022-02-17', // Thu, future
    text: 'The summit will run from Monday to Wednesday in Brussels.',
    events: [{ date: '2022-02-21', end: '2022-02-23', granularity: 'day', expression: 'Monday to Wednesday', relation: 'future' }],
  },
  {
    published: '2022-02-17', // Thu, past
    text: 'Schools were closed from Monday to Wednesday because of the storm.',
    events: [{ date: '2022-02-14', end: '2022-02-16', granularity: 'day', expression: 'Monday to Wednesday', relation: 'past' }],
  },
  {
    published: '2022-02-16',
    text: 'Revenue doubled between 2019 and 2021, the filing showed.',
    events: [{ date: '2019', end: '2021', granularity: 'year', expression: '2019 and 2021', relation: 'past' }],
  },
  {
    published: '2022-02-16', // a range that contains the publication date is present
    text: 'The company plans to invest $5 billion between 2021 and 2023.',
    events: [{ date: '2021', end: '2023', granularity: 'year', expression: '2021 and 2023', relation: 'present' }],
  },
  {
    published: '2022-06-15',
    text: 'The festival runs from Aug. 5 to Aug. 7 at the county fairgrounds.',
    events: [{ date: '2022-08-05', end: '2022-08-07', granularity: 'day', expression: 'Aug. 5 to Aug. 7', relation: 'future' }],
  },
  {
    published: '2022-02-16',
    text: 'The exhibition will be open from March to June.',
    events: [{ date: '2022-03', end: '2022-06', granularity: 'month', expression: 'March to June', relation: 'future' }],
  },
];

// ---------------------------------------------------------------------------------------------------
// Wire copy: several sentences, datelines, quotes; each event keeps to its own sentence.
const WIRE_COPY: readonly NewsCase[] = [
  {
    published: '2022-02-14', // Mon
    text: 'WASHINGTON (Reuters) - The Senate passed the bill on Thursday. The House is expected to take it up next week.',
    events: [
      { date: '2022-02-10', granularity: 'day', expression: 'Thursday', relation: 'past', sentenceHas: 'The Senate passed the bill', sentenceLacks: 'House' },
      { date: '2022-W08', granularity: 'week', expression: 'next week', relation: 'future', sentenceHas: 'The House is expected', sentenceLacks: 'Senate' },
    ],
  },
  {
    published: '2022-02-16', // Wed
    text:
      'The company said Tuesday that it would cut 3,000 jobs. Its shares fell 4% in early trading. ' +
      'Chief Executive Jane Doe will meet with union leaders on Friday.',
    events: [
      { date: '2022-02-15', granularity: 'day', expression: 'Tuesday', relation: 'past', sentenceHas: 'cut 3,000 jobs', sentenceLacks: 'union' },
      { date: '2022-02-18', granularity: 'day', expression: 'Friday', relation: 'future', sentenceHas: 'union leaders', sentenceLacks: '3,000' },
    ],
  },
  {
    published: '2022-02-17', // Thu
    text:
      'KYIV, Ukraine (AP) \u2014 Ukrainian officials said Thursday that shelling had hit a kindergarten in the east. ' +
      'No one was killed, they said. Russia said on Tuesday that it was pulling back some troops.',
    events: [
      { date: '2022-02-17', granularity: 'day', expression: 'Thursday', relation: 'present', sentenceHas: 'kindergarten', sentenceLacks: 'Russia' },
      { date: '2022-02-15', granularity: 'day', expression: 'Tuesday', relation: 'past', sentenceHas: 'pulling back', sentenceLacks: 'kindergarten' },
    ],
  },
  {
    published: '2022-02-16',
    text: 'The vote is set for Nov. 8. Early voting will begin Oct. 24, election officials said.',
    events: [
      { date: '2022-11-08', granularity: 'day', expression: 'Nov. 8', relation: 'future', sentenceLacks: 'Early voting' },
      { date: '2022-10-24', granularity: 'day', expression: 'Oct. 24', relation: 'future', sentenceHas: 'Early voting', sentenceLacks: 'Nov. 8' },
    ],
  },
];

const GROUPS: Record<string, readonly NewsCase[]> = {
  '1. weekdays by tense and context': WEEKDAYS,
  '2. months and month-days without a year': MONTHS,
  '3. news forms': NEWS_FORMS,
  '4. relative forms': RELATIVE,
  '5. not events': NOT_EVENTS,
  '6. one event per statement': ONE_EVENT_PER_STATEMENT,
  '7. ranges': RANGES,
  'wire copy': WIRE_COPY,
};
const ALL_CASES: readonly NewsCase[] = Object.values(GROUPS).flat();

// ---------------------------------------------------------------------------------------------------

/** The expression without a leading preposition, which the spec leaves in or out. */
function core(expression: string): string {
  return expression.replace(/^(?:on|in|since|from|between|at|by|during|until|about)\s+/i, '');
}

interface Projected {
  date: string;
  granularity: Granularity;
  end?: string;
  expression: string;
  relation: Relation;
}

function project(event: TimelineEvent): Projected {
  const projected: Projected = {
    date: event.date,
    granularity: event.granularity,
    expression: core(event.expression.text),
    relation: event.relation,
  };
  if (event.end !== undefined) projected.end = event.end;
  return projected;
}

/** The expected projection; where several spans are accepted, the one the parser chose if it is one of them. */
function expectedProjection(expected: ExpectedEvent, actual: TimelineEvent | undefined): Projected {
  const accepted = (typeof expected.expression === 'string' ? [expected.expression] : expected.expression).map(core);
  const actualCore = actual === undefined ? undefined : core(actual.expression.text);
  const projected: Projected = {
    date: expected.date,
    granularity: expected.granularity,
    expression: actualCore !== undefined && accepted.includes(actualCore) ? actualCore : accepted.join(' | '),
    relation: expected.relation,
  };
  if (expected.end !== undefined) projected.end = expected.end;
  return projected;
}

function describePublished(published: PublishedInput): string {
  return published instanceof Date ? `Date(${published.toISOString()})` : JSON.stringify(published);
}

function failureMessage(
  c: NewsCase,
  published: PublishedInput,
  expected: readonly Projected[],
  actual: readonly Projected[],
): string {
  return [
    '',
    `input:     ${JSON.stringify(c.text)}`,
    `published: ${describePublished(published)}`,
    `expected:  ${JSON.stringify(expected)}`,
    `actual:    ${JSON.stringify(actual)}`,
  ].join('\n');
}

/** Runs one case against one form of its publication date and checks everything the table states. */
function checkCase(c: NewsCase, published: PublishedInput = c.published): void {
  const events = extractEvents(c.text, { published });
  const actual = events.map(project);
  const expected = c.events.map((e, i) => expectedProjection(e, events[i]));
  const message = failureMessage(c, published, expected, actual);
  expect(actual, message).toEqual(expected);

  expect.soft(eventProblems(c.text, events, c.published), message).toEqual([]);
  expect.soft(titleProblems(events), message).toEqual([]);
  c.events.forEach((e, i) => {
    const sentence = events[i]?.sentence.text ?? '';
    if (e.sentenceHas !== undefined) {
      expect.soft(sentence, `${message}\nevent #${i}: its sentence should contain ${JSON.stringify(e.sentenceHas)}`).toContain(e.sentenceHas);
    }
    if (e.sentenceLacks !== undefined) {
      expect.soft(sentence, `${message}\nevent #${i}: its sentence should not reach ${JSON.stringify(e.sentenceLacks)}`).not.toContain(e.sentenceLacks);
    }
  });
}

function caseName(c: NewsCase): string {
  const text = c.text.length > 90 ? `${c.text.slice(0, 87)}...` : c.text;
  return `${c.published} | ${text.replace(/\n/g, ' / ')}`;
}

describe('news sentences', () => {
  for (const [group, cases] of Object.entries(GROUPS)) {
    describe(group, () => {
      for (const c of cases) {
        it(caseName(c), () => checkCase(c));
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------
// 8. The machine's time zone never moves a date, and neither does the form `published` takes.
//    These compare against the results for '2022-02-16' (so a wrong reading of a sentence shows up once,
//    above, not once per form), plus a few day-relative cases checked against the table itself so the
//    comparison cannot pass vacuously.
const SAME_DAY_AS_2022_02_16: readonly PublishedInput[] = [
  new Date(Date.UTC(2022, 1, 16, 23, 30)),
  new Date(Date.UTC(2022, 1, 16, 0, 0)),
  '2022-02-16T23:30:00-08:00', // 2022-02-17 07:30 UTC, but the calendar date written is Feb. 16
  '2022-02-16T00:15:00+09:00', // 2022-02-15 15:15 UTC, but the calendar date written is Feb. 16
  '2022-02-16T23:59:59Z',
  '2022-02-16T12:00:00.250+05:30',
];

/** Cases whose answer moves with the publication day: yesterday/today/tomorrow, this week, Wednesday. */
const DAY_SENSITIVE: readonly NewsCase[] = [
  ...RELATIVE.filter((c) => c.published === '2022-02-16' && /\b(yesterday|today|tomorrow|this morning|this week)\b/.test(c.text)),
  ...WEEKDAYS.filter((c) => c.published === '2022-02-16'),
];

type Results = ReadonlyMap<NewsCase, ReadonlyArray<Omit<TimelineEvent, 'id'>>>;

function resultsFor(cases: readonly NewsCase[], published?: PublishedInput): Results {
  return new Map(cases.map((c) => [c, extractEvents(c.text, { published: published ?? c.published }).map(withoutId)]));
}

function differences(reference: Results, actual: Results, label: string): string[] {
  const found: string[] = [];
  for (const [c, events] of reference) {
    const other = actual.get(c);
    if (JSON.stringify(other) !== JSON.stringify(events)) {
      found.push(`${label}: ${JSON.stringify(c.text)}\n  reference: ${JSON.stringify(events)}\n  actual:    ${JSON.stringify(other)}`);
    }
  }
  return found;
}

describe('8. publication date forms and time zones', () => {
  const sameDayCases = ALL_CASES.filter((c) => c.published === '2022-02-16');

  it('the day-sensitive sample is not empty', () => {
    expect(DAY_SENSITIVE.length).toBeGreaterThanOrEqual(6);
  });

  for (const published of SAME_DAY_AS_2022_02_16) {
    describe(`published as ${describePublished(published)}`, () => {
      it(`gives the same events as '2022-02-16' for all ${sameDayCases.length} sentences published that day`, () => {
        const reference = resultsFor(sameDayCases, '2022-02-16');
        expect(differences(reference, resultsFor(sameDayCases, published), describePublished(published))).toEqual([]);
      });
      for (const c of DAY_SENSITIVE) {
        it(`reads as 2022-02-16: ${caseName(c)}`, () => checkCase(c, published));
      }
    });
  }

  // The test script also runs the whole suite under several TZ values; this checks in-process too.
  for (const zone of TEST_ZONES) {
    it(`gives the same results with TZ=${zone}`, () => {
      const referenceByCase = resultsFor(ALL_CASES);
      const referenceByForm = SAME_DAY_AS_2022_02_16.map((published) => resultsFor(sameDayCases, published));
      const previous = process.env.TZ;
      let found: string[] = [];
      try {
        process.env.TZ = zone;
        // Node applies a changed TZ at once in a process (vitest's default pool forks one per file); a
        // zone that did not apply would make this comparison prove nothing.
        const offset = new Date(Date.UTC(2022, 1, 16, 23, 30)).getTimezoneOffset();
        expect(zone === 'UTC' ? offset === 0 : offset !== 0, `TZ=${zone} applied in this process`).toBe(true);
        found = [
          ...differences(referenceByCase, resultsFor(ALL_CASES), `TZ=${zone}`),
          ...SAME_DAY_AS_2022_02_16.flatMap((published, i) =>
            differences(referenceByForm[i]!, resultsFor(sameDayCases, published), `TZ=${zone}, published ${describePublished(published)}`),
          ),
        ];
      } finally {
        if (previous === undefined) delete process.env.TZ;
        else process.env.TZ = previous;
      }
      expect(found).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------------
// The table itself: these pass without the parser and guard against mistakes in the expectations.
describe('the expectation table', () => {
  it('has at least 60 sentences', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(60);
  });

  const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

  for (const c of ALL_CASES) {
    it(`is consistent: ${caseName(c)}`, () => {
      const publishedDay = publishedDayNumber(c.published);
      for (const e of c.events) {
        const where = `${JSON.stringify(c.text)} -> ${JSON.stringify(e)}`;
        // Well-formed values of the stated granularity.
        expect(granularityOfValue(e.date), where).toBe(e.granularity);
        if (e.end !== undefined) expect(granularityOfValue(e.end), where).toBe(e.granularity);
        // The relation follows from the dates, as the spec defines it.
        expect(relationOf(e.date, e.end, e.granularity, publishedDay), where).toBe(e.relation);
        // Every accepted expression occurs in the text.
        const accepted = typeof e.expression === 'string' ? [e.expression] : e.expression;
        for (const expression of accepted) expect(c.text, where).toContain(expression);
        // A single weekday expression falls on that weekday.
        const named = WEEKDAY_NAMES.filter((name) => accepted[0]!.includes(name));
        if (named.length === 1 && e.end === undefined && (e.granularity === 'day' || e.granularity === 'time')) {
          const [first] = valueBounds(e.date, e.granularity)!;
          expect(WEEKDAY_NAMES[weekdayOfDayNumber(first)], where).toBe(named[0]);
        }
        // A range's ends fall on the weekdays it names ("Monday to Wednesday").
        if (e.end !== undefined && named.length === 2) {
          const [first] = valueBounds(e.date, e.granularity)!;
          const [last] = valueBounds(e.end, e.granularity)!;
          expect([WEEKDAY_NAMES[weekdayOfDayNumber(first)], WEEKDAY_NAMES[weekdayOfDayNumber(last)]], where).toEqual(
            [...named].sort((a, b) => accepted[0]!.indexOf(a) - accepted[0]!.indexOf(b)),
          );
        }
      }
      if (c.events.length === 0) expect(c.text.length).toBeGreaterThan(0);
    });
  }

  it('uses the publication weekdays the header claims', () => {
    const claimed: Record<string, string> = {
      '2022-02-14': 'Monday',
      '2022-02-15': 'Tuesday',
      '2022-02-16': 'Wednesday',
      '2022-02-17': 'Thursday',
      '2022-02-18': 'Friday',
      '2022-12-28': 'Wednesday',
      '2023-01-02': 'Monday',
      '2023-11-01': 'Wednesday',
      '2024-02-29': 'Thursday',
      '2024-03-04': 'Monday',
      '2021-01-01': 'Friday',
    };
    for (const [date, weekday] of Object.entries(claimed)) {
      expect(WEEKDAY_NAMES[weekdayOfDayNumber(publishedDayNumber(date))], date).toBe(weekday);
    }
  });
});

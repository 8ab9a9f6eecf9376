import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import { balancePairs } from '../../src/parser/title-pairs.js';
import { MAX_TITLE_LENGTH, makeTitle } from '../../src/parser/title.js';

function titleWithout(sentence: string, words: string): string {
  const start = sentence.indexOf(words);
  return makeTitle(sentence, start, start + words.length);
}

function expectTitle(sentence: string, words: string, expected: string): void {
  expect(titleWithout(sentence, words)).toBe(expected);
}

describe('makeTitle', () => {
  it.each([
    ['Russia, on Tuesday, said it would withdraw.', 'on Tuesday', 'Russia said it would withdraw.'],
    // A headline stands alone: the conjunction that tied the sentence to the one before goes.
    ['But in June last year, the leadership split.', 'June last year', 'The leadership split.'],
    ['(On Monday) the vote failed.', 'On Monday', 'The vote failed.'],
    // The possessive date gives way to an article, as a headline writes it.
    ["Monday's attack killed 12 people.", 'Monday', 'The attack killed 12 people.'],
    ['The storm hit; on Tuesday, crews restored power to most homes in the county.', 'on Tuesday', 'Crews restored power to most homes in the county.'],
    ['Stocks rose\u200B on Friday.', 'on Friday', 'Stocks rose.'],
    // A copula whose complement was the date goes with it; "was held" keeps its verb.
    ['The vote was on May 3.', 'on May 3', 'The vote.'],
    ['The record date is Nov. 9.', 'Nov. 9', 'The record date.'],
    ['The vote was held on May 3.', 'on May 3', 'The vote was held.'],
  ])('%s without %j reads %j', expectTitle);

  it('cuts long clauses at a word boundary', () => {
    const sentence = `On Tuesday the council ${'debated the budget again and '.repeat(8)}adjourned.`;
    const title = titleWithout(sentence, 'On Tuesday');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.endsWith('\u2026')).toBe(true);
    expect(title).toMatch(/^The council debated/);
  });

  it.each([
    ['a pair across the cut', `On Tuesday ${'x'.repeat(MAX_TITLE_LENGTH - 2)}\u{1F600}${'y'.repeat(40)} happened.`],
    ['pairs only after the date', `On Tuesday ${'\u{1D400}'.repeat(80)} happened.`],
    ['odd-aligned pairs', `On Tuesday x${'\u{1F600}'.repeat(80)} happened.`],
  ])('never cuts a surrogate pair in half when it shortens a title (%s)', (_name, sentence) => {
    const title = titleWithout(sentence, 'On Tuesday');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.endsWith('\u2026')).toBe(true);
    expect(title.isWellFormed(), JSON.stringify(title)).toBe(true);
  });

  it('capitalises a first letter written as a surrogate pair', () => {
    // U+10428 DESERET SMALL LETTER LONG I; its capital is U+10400.
    expect(titleWithout('On Tuesday \u{10428}t closed the plant for good.', 'On Tuesday')).toBe('\u{10400}t closed the plant for good.');
  });

  it.each([
    ['Prices,,,, on Tuesday, fell sharply across the region.', 'on Tuesday', 'Prices fell sharply across the region.'],
    ['Workers at the plant said it closed on Tuesday \u2014 the union disputes that.', 'on Tuesday', 'Workers at the plant said it closed'],
    [`Workers at the plant said it closed on Tuesday${' '.repeat(50)}\u2014 the union disputes that.`, 'on Tuesday', 'Workers at the plant said it closed'],
    [`Workers at the plant said it closed on Tuesday${'\uFEFF \u3000'.repeat(20)}- the union disputes that.`, 'on Tuesday', 'Workers at the plant said it closed'],
  ])('reads clause breaks and stops however much white space or punctuation runs there: %j', (sentence, words, expected) => {
    expect(titleWithout(sentence, words)).toBe(expected);
  });
});

// The broken shapes of issue 10, each in sentences of our own: what cutting the date words out left.
describe('makeTitle reads like a headline', () => {
  it.each([
    // The date's preposition and the comma after it go, and so does the next clause, another event.
    ['The blaze started at 4 a.m., when most of the block was asleep.', '4 a.m.', 'The blaze started'],
    ['The jury deliberated for six hours, beginning on Thursday.', 'on Thursday', 'The jury deliberated for six hours.'],
    // A subject and its verb before the date are no opening phrase: the comma before the attribution stays.
    ['Crews worked on Tuesday, the city said.', 'on Tuesday', 'Crews worked, the city said.'],
    ['But then on Monday, the talks collapsed.', 'on Monday', 'Then the talks collapsed.'],
    // Prepositions that only led up to the date.
    ['Libraries will stay shut through Sunday.', 'Sunday', 'Libraries will stay shut.'],
    ['Prices were lower than a year ago.', 'a year ago', 'Prices were lower.'],
    ['Its fiscal year ends on the Saturday closest to Sept. 30.', 'Sept. 30', 'Its fiscal year ends on the Saturday.'],
    ['Its fiscal year ends on the Saturday closest to Sept. 30.', 'Saturday', 'Its fiscal year ends closest to Sept. 30.'],
    ['Historians said the mill burned on a Sunday in early spring.', 'Sunday', 'Historians said the mill burned in early spring.'],
    ['Investigators charged him in the 1988 bombing of the depot.', '1988', 'Investigators charged him in the bombing of the depot.'],
    // A year inside a noun phrase stays where cutting it would leave a hole or a wrong article.
    ['We found out on Tuesday what 1890 looks like.', '1890', 'We found out on Tuesday what 1890 looks like.'],
    ['In a 2018 interview, the mayor defended the levee.', '2018', 'In a 2018 interview, the mayor defended the levee.'],
    ['The mayor said 2019 was the wettest year on record.', '2019', 'The mayor said 2019 was the wettest year on record.'],
    // A relative clause about the date: its own event, or an aside.
    ['In the half year, which ended June 30, the insurer lost $2 billion.', 'June 30', 'The half year ended'],
    ['In the half year, which ended June 30, the insurer lost $2 billion.', 'the half year', 'The insurer lost $2 billion.'],
    ['Net profit for the quarter that ended Sept. 30 was $12 million.', 'Sept. 30', 'Net profit for the quarter was $12 million.'],
    // A period named by its last day, the noun phrase's end: its preposition and article go too.
    ['Net income for the quarter ended Sept. 30 was $41 million.', 'quarter ended Sept. 30', 'Net income was $41 million.'],
    ['The insurer, which was founded in 1890, said on Monday that it would cut 200 jobs.', 'on Monday', 'The insurer said that it would cut 200 jobs.'],
    ['The insurer, which was founded in 1890, said on Monday that it would cut 200 jobs.', '1890', 'The insurer was founded'],
    ['The city will reopen its old library, which has been closed since 2019.', 'since 2019', 'Its old library has been closed.'],
    ['He succeeds Ana Ruiz, who retired as chief judge, president and dean in March.', 'in March', 'Ana Ruiz retired as chief judge, president and dean.'],
    // Openers: a conjunction goes; an opening clause is an event of its own.
    ['And on Monday, the council approved the budget.', 'on Monday', 'The council approved the budget.'],
    ['But the strike ended in May.', 'in May', 'The strike ended.'],
    ['When the plant opened in 1957, it employed 900 people.', '1957', 'The plant opened'],
    ['When the storm passed, crews began work on Tuesday.', 'on Tuesday', 'Crews began work.'],
    ['On Friday, when the levee held, the town began to pump out basements.', 'On Friday', 'The levee held'],
    ['That changed in 2015, when a ferry terminal opened nearby.', 'in 2015', 'A ferry terminal opened nearby.'],
    // One clause per event; a clause without a subject borrows the sentence's.
    // After a break, "that" before a noun and its verb is the noun's determiner, no "that" of what was said.
    ['Voters rejected a canal in 1982; that plan was revived in April 2019.', 'April 2019', 'That plan was revived.'],
    ['The river crested on Tuesday, and on Wednesday crews began to clear the streets.', 'on Tuesday', 'The river crested'],
    ['The river crested on Tuesday, and on Wednesday crews began to clear the streets.', 'on Wednesday', 'Crews began to clear the streets.'],
    ['The senator resigned on May 3, and was charged in June.', 'in June', 'The senator was charged.'],
    ['The attacks on Aug. 7 in Lima, Peru, and Quito, Ecuador, killed 12 people.', 'on Aug. 7', 'The attacks in Lima, Peru, and Quito, Ecuador, killed 12 people.'],
    ['Sales fell 3 percent, according to a report released on Friday.', 'on Friday', 'Sales fell 3 percent'],
    ['The utility said on Friday that power was back.', 'on Friday', 'The utility said that power was back.'],
    ['Officials warned of floods, saying on Friday that the dam might fail.', 'on Friday', 'The dam might fail.'],
    ['Officials warned of floods on Friday, saying that the dam might fail.', 'on Friday', 'Officials warned of floods, saying that the dam might fail.'],
    // A fragment too short to say what happened gives way to the clause around it.
    ['It passed on Tuesday, and the governor signed it a week later.', 'on Tuesday', 'It passed, and the governor signed it a week later.'],
    ['In contrast to Thursday, when 40 people were arrested, the march was calm.', 'Thursday', '40 people were arrested'],
    ['In contrast to Thursday, when 40 people were arrested, the march was calm on Friday.', 'on Friday', 'In contrast to Thursday, the march was calm.'],
    // Asides, and what only looks like one: a list after "who", a participle after "although".
    ['Club members, who approved the merger last April, will receive $21 a share.', 'last April', 'Club members approved the merger'],
    ['Its energy unit, while profitable, was hurt by high costs last June.', 'last June', 'Its energy unit was hurt by high costs.'],
    ['In June, the museum hired a director, Lena Ortiz, 51, who will stay as curator, archivist and editor.', 'In June', 'The museum hired a director, Lena Ortiz, 51'],
    ['The report gave few details, although new drawings, released on Monday, show a tower.', 'on Monday', 'New drawings were released'],
    ['Although he called the market "tough," Mr. Ortiz, the chief executive, predicted growth for the full year.', 'for the full year', 'Mr. Ortiz, the chief executive, predicted growth.'],
    // A date that describes a noun keeps its preposition.
    ['The storm will weigh on fourth-quarter results.', 'fourth-quarter', 'The storm will weigh on results.'],
    // Commas and participles the date leaves hanging.
    ['The bridge, built in 1932, will be replaced next year.', 'in 1932', 'The bridge was built'],
    ['The rules, adopted in 2020, were struck down.', 'in 2020', 'The rules were adopted'],
    ['Under the deal, announced on Friday, holders get $42 a share.', 'on Friday', 'Under the deal, holders get $42 a share.'],
    ['A report published in 2019 had warned of floods.', 'in 2019', 'A report had warned of floods.'],
    ['A trial set for May 12 was delayed.', 'May 12', 'A trial was delayed.'],
    ['The hearing is set for Jan. 5, 2025, in Boston.', 'Jan. 5, 2025', 'The hearing is set in Boston.'],
    ['The lab reopened in the U.S. on Monday.', 'on Monday', 'The lab reopened in the U.S.'],
    ["The mayor criticized Tuesday's vote.", 'Tuesday', 'The mayor criticized the vote.'],
    ['The defendant testified on Monday and Tuesday, saying he was innocent.', 'Tuesday', 'The defendant testified on Monday, saying he was innocent.'],
    ['The river began to fall on Thursday, two days after it crested.', 'on Thursday, two days after', 'The river began to fall'],
    // Quotation marks the cut left open or closed alone.
    ['"We will rebuild," the mayor said on Sunday.', 'on Sunday', '"We will rebuild," the mayor said.'],
    ['"On Friday we lost everything we owned," she said.', 'On Friday', '"We lost everything we owned," she said.'],
    ['\u201CWe built it for 1972, not for 1890,\u201D the mayor said.', '1890', '\u201CWe built it for 1972,\u201D the mayor said.'],
    // Nothing but the date: the sentence is all there is to say.
    ['Until this week.', 'this week', 'Until this week.'],
  ])('%s without %j reads %j', expectTitle);

  it.each([
    ['a closing quote alone', 'We moved the boats," he said.', '"We moved the boats," he said.'],
    ['an opening quote never closed', '\u201CWe moved the boats', '\u201CWe moved the boats\u201D'],
    ["TimeBank's typewriter quotes", "The fire is out,'' he said.", "``The fire is out,'' he said."],
    ["'' on both sides", "He called it ''child abuse'' on air.", "He called it ''child abuse'' on air."],
    ['a parenthesis closed alone', '0735 GMT) the quake struck.', '(0735 GMT) the quake struck.'],
    ['balanced marks', '"Yes," she said (twice).', '"Yes," she said (twice).'],
  ])('balances %s', (_name, title, expected) => {
    expect(balancePairs(title)).toBe(expected);
  });
});

describe('extractEvents titles', () => {
  const ARTICLE = [
    'The storm began at 9 p.m. Tuesday, when the first gusts hit the coast.',
    'Schools stayed closed through Wednesday.',
    'In the quarter, which ended March 31, the harbor authority lost $4 million.',
    'The harbor master said: "The water rose fast. We moved the boats to the inner basin on Monday."',
    'The repair plan passed on Tuesday, and the mayor signed it on Wednesday.',
    'And on Monday, the ferry company cancelled every crossing.',
    'The seawall, built in 1962, failed in two places on Tuesday.',
    'Its fiscal year ends on the Saturday closest to March 31.',
  ].join('\n');

  it('tells each event from its own clause, without the shapes issue 10 lists', () => {
    const titles = extractEvents(ARTICLE, { published: '2024-04-18' }).map((event) => [event.expression.text, event.title]);
    expect(titles).toEqual([
      ['at 9 p.m. Tuesday', 'The storm began'],
      ['Wednesday', 'Schools stayed closed.'],
      ['In the quarter', 'The harbor authority lost $4 million.'],
      ['March 31', 'The quarter ended'],
      ['on Monday', '"We moved the boats to the inner basin."'],
      ['on Tuesday', 'The repair plan passed'],
      ['on Wednesday', 'The mayor signed it.'],
      ['on Monday', 'The ferry company cancelled every crossing.'],
      ['in 1962', 'The seawall was built'],
      ['on Tuesday', 'The seawall, built in 1962, failed in two places.'],
      // "the Saturday closest to March 31" is a rule, and names no day (number-name-refiner.ts).
    ]);
  });

  it('leaves weekdays listed together out of each one\'s title, and reads them in order', () => {
    // Published on Friday, Nov. 20, 2026.
    const read = (text: string) => extractEvents(text, { published: '2026-11-20' }).map((event) => [event.date, event.title]);
    expect(read('Meetings will be held on Thursday and Friday.')).toEqual([
      ['2026-11-26', 'Meetings will be held.'],
      // The Friday after that Thursday, not the day of publication.
      ['2026-11-27', 'Meetings will be held.'],
    ]);
    expect(read('The talks will resume Monday, Tuesday or Wednesday.')).toEqual([
      ['2026-11-23', 'The talks will resume.'],
      ['2026-11-24', 'The talks will resume.'],
      ['2026-11-25', 'The talks will resume.'],
    ]);
    expect(read('Crews from three towns worked Tuesday and on Wednesday, the city said.')).toEqual([
      ['2026-11-17', 'Crews from three towns worked, the city said.'],
      ['2026-11-18', 'Crews from three towns worked, the city said.'],
    ]);
    // Weekdays in different phrases each keep the other's.
    expect(read('The vote on Monday delayed the hearing until Thursday.')).toEqual([
      ['2026-11-16', 'The vote delayed the hearing until Thursday.'],
      ['2026-11-26', 'The vote on Monday delayed the hearing.'],
    ]);
  });

  it('takes the fiscal year a date ends into its expression, so the title keeps no "For the year ended,"', () => {
    const titles = extractEvents('For the year ended Sept. 30, the chain earned $42 million.', { published: '2024-04-18' }).map((event) => [event.expression.text, event.title]);
    expect(titles).toEqual([['year ended Sept. 30', 'The chain earned $42 million.']]);
    // So does a quarter: one event, on the day it ended, not a quarter guessed from publication beside it.
    expect(extractEvents('In the quarter ended June 30, the bank earned $12 million.', { published: '2024-08-05' }).map((event) => [event.expression.text, event.date, event.title])).toEqual([
      ['quarter ended June 30', '2024-06-30', 'The bank earned $12 million.'],
    ]);
    // A year that ends on the date is a sentence about it, not a period it names.
    expect(extractEvents('The fiscal year ends Sept. 30.', { published: '2024-04-18' }).map((event) => [event.expression.text, event.title])).toEqual([['Sept. 30', 'The fiscal year ends.']]);
  });

  it('takes an anchor named right after an offset into one expression: one event, and no holiday left in its title', () => {
    // Thanksgiving 2022 fell on Nov. 24.
    const read = (text: string) => extractEvents(text, { published: '2022-11-28' }).map((event) => [event.expression.text, event.date, event.title]);
    expect(read('Stores opened early on the day after Thanksgiving.')).toEqual([['the day after Thanksgiving', '2022-11-25', 'Stores opened early.']]);
    expect(read('Two days before Christmas, the plant will close.')).toEqual([['Two days before Christmas', '2022-12-23', 'The plant will close.']]);
    // A date past a comma is another event, dated on its own, and the anchor named first goes undated.
    expect(read('Two days after the vote, on Thanksgiving, the mill closed.').map(([text]) => text)).toEqual(['Thanksgiving']);
  });
});

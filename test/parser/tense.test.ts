import { describe, expect, it } from 'vitest';
import { tenseReader } from '../../src/parser/locales/en/tense.js';

function tenseOf(sentence: string, words: string) {
  const start = sentence.indexOf(words);
  return tenseReader(sentence)(start, start + words.length);
}

describe('tenseReader', () => {
  it.each([
    ['The company said on Thursday it had sold the unit.', 'on Thursday', 'past'],
    ['The council will vote Monday.', 'Monday', 'future'],
    ['The council meets Monday to decide.', 'Monday', 'future'],
    ['The new plant opens in June.', 'June', 'future'],
    ['The vote in June was close.', 'June', 'past'],
    ['He said on Tuesday that the plant would close on March 3.', 'on Tuesday', 'past'],
    ['He said on Tuesday that the plant would close on March 3.', 'on March 3', 'future'],
    ['Home sales rose in March.', 'March', 'past'],
    ['The talks are expected to resume in March.', 'March', 'future'],
    ['Talks in March.', 'March', 'unknown'],
    // A day that owns a deed done is past, whatever verb governs; one that owns an occasion follows the verbs.
    ['Officials said they would look for ways to get around Wednesday\'s ruling by the agency.', 'Wednesday', 'past'],
    ['The family will appeal Tuesday\'s decision.', 'Tuesday', 'past'],
    ['Fans will line up for Saturday\'s game.', 'Saturday', 'future'],
    // An -ed word after its subject is the verb, not an adjective before a noun.
    ['In September, it announced plans to buy the unit.', 'In September', 'past'],
    // The present progressive of news is an arrangement ahead.
    ['Conseco said it is calling for the redemption on Dec. 7 of the shares.', 'on Dec. 7', 'future'],
    ['There is nothing new in March.', 'March', 'unknown'],
    ['Poughkeepsie said it is continuing to try to sell itself, under a June agreement with a group.', 'June', 'past'],
    // "to be" and a participle is still to happen.
    ['It plans a placement of shares, to be completed around Nov. 1.', 'Nov. 1', 'future'],
    ['The plant was closed in March.', 'March', 'past'],
    // After "be", any past form is a participle of what is still to happen.
    ['The towns are not going to be left on their own this summer.', 'this summer', 'future'],
    ['The plant that left the county in March is gone.', 'in March', 'past'],
    ['The official said the accession was planned for early March.', 'early March', 'future'],
    // What may happen is ahead; what may have happened is not; "May" is the month.
    ['The feud divided the family and may finally be settled in March.', 'in March', 'future'],
    ['Police said the fire may have started in March.', 'in March', 'past'],
    ['May sales fell in March.', 'in March', 'past'],
    // A clause between commas keeps its own tense; the nearest marker outside it does not decide.
    ['The closures, disclosed to workers on Monday, will take effect in March.', 'on Monday', 'past'],
    ['The ordinance, which the council passed in November, will take effect.', 'in November', 'past'],
    // After a modal a past form is the base form: "will shut" is ahead.
    ['The company will shut two mills in the third quarter.', 'the third quarter', 'future'],
    ['Snow could return Saturday, forecasters said.', 'Saturday', 'future'],
    // What someone could not do is no possibility ahead: the nearest day decides.
    ['The mayor could not be reached Tuesday.', 'Tuesday', 'unknown'],
    ['Neither man could be located Wednesday in Cardenas.', 'Wednesday', 'unknown'],
    ['He said in an interview Friday that he would run.', 'Friday', 'past'],
    ['Officials told reporters on Monday that the road will reopen.', 'on Monday', 'past'],
    ['The board had approved the merger in a vote on March 2.', 'on March 2', 'past'],
    // A plan in the past perfect is one whose time came, or was given up: the verb planned is part of it.
    ['The offer had been due to expire Friday evening.', 'Friday evening', 'past'],
    ['The hearing had been scheduled for Friday.', 'Friday', 'past'],
    ['The company had planned to open the plant Friday.', 'Friday', 'past'],
    ['The offer is due to expire Friday.', 'Friday', 'future'],
    // What is arranged or put off lies ahead.
    ['It has scheduled a news conference Thursday.', 'Thursday', 'future'],
    ['A May 12 trial date has been set.', 'May 12', 'future'],
    ['By setting a Jan. 14 return date, the agency gave the family time.', 'Jan. 14', 'future'],
    // A deadline that came is a limit, not a date being set.
    ['Holders had tendered 99% of the shares by the Tuesday deadline.', 'Tuesday', 'unknown'],
    // A deadline is a limit too, whatever the verbs, unless "will" puts it ahead.
    ['The talks that were supposed to conclude by May stalled.', 'May', 'unknown'],
    ['Crews will finish the dam by early spring.', 'early spring', 'future'],
    ["The bridge would reopen by the fall, and crews'll be done by March.", 'March', 'future'],
    ['Officials postponed until Tuesday morning any action on the case.', 'Tuesday morning', 'future'],
    ['Analysts expect results on Thursday.', 'on Thursday', 'future'],
    // Deciding to do something looks ahead to the doing, past verb or not; an agreement is the day it
    // was reached, and the cause of a thing is no plan.
    ['The company agreed to a settlement on Monday.', 'on Monday', 'past'],
    ['The company has agreed to a deal on Monday.', 'on Monday', 'past'],
    ['The game was canceled due to the storm on Friday.', 'on Friday', 'past'],
    ['The league has decided to admit two teams in early March.', 'early March', 'future'],
    ['The league has admitted two teams in early March.', 'early March', 'past'],
    ['The utility agreed in February to buy the plant.', 'in February', 'past'],
  ] as const)('%s (%s) is %s', (sentence, words, expected) => {
    expect(tenseOf(sentence, words)).toBe(expected);
  });
});

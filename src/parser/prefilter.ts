/**
 * A cheap test run before the date grammar: most sentences of an article name no date, and skipping them
 * is what makes extraction faster than running the full grammar over the whole text. Every expression
 * any of our parsers or chrono-node's can return contains one of these tokens: a month or weekday name,
 * a calendar unit, a relative day word, a holiday, a clock time, or a four-digit year.
 */
// "May" only capitalised: the modal "may" is far more common in news than the month.
const MONTH_NAME =
  '\\b(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|May|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ept?(?:ember)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)\\b';
const WEEKDAY_NAME = '\\b(?:[Mm]on|[Tt]ues?|[Ww]ed(?:nes)?|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]atur|[Ss]un)(?:day)?\\b|\\b[Ss]at\\b';
// Case-insensitive words, matched with their own flag.
const wordsIgnoringCase = (words: string) => `\\b(?:${words.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`)})\\b`;

const DATE_TOKEN = new RegExp(
  [
    MONTH_NAME,
    WEEKDAY_NAME,
    wordsIgnoringCase('today|tonight|yesterday|tomorrow|noon|midnight|morning|afternoon|evening|night|weekend|christmas|easter|thanksgiving|halloween|eve|q[1-4]|nineteen|thousand'),
    // A plural unit is a duration ("for five years") unless it counts back or on ("five years ago").
    wordsIgnoringCase('day|week|month|year|quarter|period'),
    `${wordsIgnoringCase('days|weeks|months|years')}\\s+${wordsIgnoringCase('ago|earlier|later|before|after|prior')}`,
    // Numeric dates carry a year ("12/25/2021", "2021-12-25"): a bare "5/8" is a fraction.
    "\\d\\s*(?:A\\.?D|C\\.?E|B\\.?C)\\b|\\bA\\.?D\\.?\\s*\\d|[yY]ear\\s+\\d|['\\u2019]\\d\\d\\b|\\d:\\d\\d|\\d\\s*[aApP]\\.?[mM]\\b|\\b\\d{4}\\b|\\d/\\d{1,2}/\\d",
  ].join('|'),
);

export function mayContainDate(sentence: string): boolean {
  return DATE_TOKEN.test(sentence);
}

// The words chrono-node's own parsers start from: month names, day words, clock times and numeric
// dates. A sentence without them is left to our parsers alone.
// Spelled-out weekdays alone are read by our weekday parser; abbreviated ones ("Tues.") go to chrono-node.
const CHRONO_TOKEN = new RegExp(
  [
    MONTH_NAME,
    '\\b(?:[Mm]on|[Tt]ues?|[Ww]ed|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at|[Ss]un)\\.',
    wordsIgnoringCase('today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|noon|midnight|midday|end of'),
    '\\d:\\d|\\d\\s*[aApP]\\.?[mM]\\b|\\d/\\d|\\d{4}-\\d',
  ].join('|'),
);

export function needsFullGrammar(sentence: string): boolean {
  return CHRONO_TOKEN.test(sentence);
}

/**
 * A cheap test run before the date grammar: most sentences of an article name no date, and skipping them
 * is what keeps extraction faster than running the full grammar over every sentence.
 */
const DATE_TOKEN =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|quarter|ago|earlier|later|before|after|morning|afternoon|evening|night|noon|midnight|first|second|third|fourth|last|next|decade|fiscal|q[1-4]|day|eve|christmas|easter|thanksgiving|halloween)/i;

export function mayContainDate(sentence: string): boolean {
  return DATE_TOKEN.test(sentence);
}

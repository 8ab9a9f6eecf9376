import { splitSentences, type Sentence } from '../../sentences.js';

/**
 * German writes the day as an ordinal with a stop, "am 15. Mai": the English sentence splitter ends a
 * sentence there. Rejoins a sentence ending in a day number with the next when that opens with a month.
 */
export function sentenceSplitter(months: readonly string[]): (text: string) => Sentence[] {
  const opensWithMonth = new RegExp(`^(?:${months.join('|')})(?![\\p{L}])`, 'iu');
  return (text) => {
    const sentences: Sentence[] = [];
    for (const sentence of splitSentences(text)) {
      const last = sentences.at(-1);
      if (last && /(?:^|\s)\d{1,2}\.$/.test(last.text) && /^[ \t]+$/.test(text.slice(last.end, sentence.start)) && opensWithMonth.test(sentence.text)) {
        sentences[sentences.length - 1] = { text: text.slice(last.start, sentence.end), start: last.start, end: sentence.end };
      } else {
        sentences.push(sentence);
      }
    }
    return sentences;
  };
}

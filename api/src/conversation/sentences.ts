/** Splitting a turn into sentences: the unit moves, quotes and spoken lines are read in. */

// Sentence ends at . ! ? (plus closing quotes/brackets) followed by whitespace or the end, or
// at a newline. Decimals ("$55.00") and common abbreviations ("3 p.m.") do not end a sentence.
const SENTENCE_END = /(?<!\b(?:[ap]\.m|e\.g|i\.e|mr|mrs|ms|dr|vs))[.!?…]+["'”’)\]]*(?=\s|$)|\n/gi;

/** `withSymbols`: also keep a sentence of symbols only (circled letters "Ⓘⓖⓝⓞⓡⓔ" are symbols, not letters). */
export function splitSentences(text: string, options: { withSymbols?: boolean } = {}): string[] {
  const sentences: string[] = [];
  const content = options.withSymbols ? /[\p{L}\p{N}\p{So}]/u : /[\p{L}\p{N}]/u;
  let start = 0;
  const push = (end: number) => {
    const sentence = text.slice(start, end).trim();
    if (content.test(sentence)) sentences.push(sentence);
    start = end;
  };
  for (const boundary of text.matchAll(SENTENCE_END)) push((boundary.index ?? 0) + boundary[0].length);
  push(text.length);
  return sentences;
}

/** Splitting a turn into sentences: the unit moves, quotes and spoken lines are read in. */

// Sentence ends at . ! ? (plus closing quotes/brackets) followed by whitespace or the end, or
// at a newline. Decimals ("$55.00") and common abbreviations ("3 p.m.") do not end a sentence.
const SENTENCE_END = /(?<!\b(?:[ap]\.m|e\.g|i\.e|mr|mrs|ms|dr|vs))[.!?…]+["'”’)\]]*(?=\s|$)|\n/gi;

/**
 * The longest sentence the rules read: a longer run without a stop is read in pieces cut at a space.
 * Some built-in move rules take time that grows with the square of their input (`\b…\b[^.?!]*\b…\b`
 * shapes); cutting keeps a 4,000-character turn with no full stop from costing 100+ ms of CPU
 * (issue 15; `npm run bench -- --only patterns`). No sentence a person says is this long.
 */
export const MAX_SENTENCE_CHARS = 400;

/** `withSymbols`: also keep a sentence of symbols only (circled letters "Ⓘⓖⓝⓞⓡⓔ" are symbols, not letters). */
export function splitSentences(text: string, options: { withSymbols?: boolean } = {}): string[] {
  const sentences: string[] = [];
  const content = options.withSymbols ? /[\p{L}\p{N}\p{So}]/u : /[\p{L}\p{N}]/u;
  let start = 0;
  const keep = (sentence: string) => {
    if (content.test(sentence)) sentences.push(sentence);
  };
  const push = (end: number) => {
    let sentence = text.slice(start, end).trim();
    while (sentence.length > MAX_SENTENCE_CHARS) {
      const space = sentence.lastIndexOf(" ", MAX_SENTENCE_CHARS);
      const cut = space > 0 ? space : MAX_SENTENCE_CHARS;
      keep(sentence.slice(0, cut).trim());
      sentence = sentence.slice(cut).trim();
    }
    keep(sentence);
    start = end;
  };
  for (const boundary of text.matchAll(SENTENCE_END)) push((boundary.index ?? 0) + boundary[0].length);
  push(text.length);
  return sentences;
}

import { speakableText } from "../../../../../api/src/conversation/speakable-text";

export interface SentenceSplit {
  /** Complete sentences, as they will be spoken (stage directions and markup removed, none empty). */
  sentences: string[];
  /** How many characters of the input those sentences used; the rest waits for more text. */
  consumed: number;
}

// A sentence ends at . ! ? or … (with any closing quotes or brackets) followed by white space, or
// at a line break. "3.5" and "e.g.x" do not end one; a few titles before a name do not either.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s)|\n+/g;
const TITLES = /\b(?:Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr|vs|etc|e\.g|i\.e)\.$/i;

/**
 * Splits streamed text into the sentences complete so far. With `final`, the remainder is a
 * sentence too. Pure: the caller keeps `consumed` and passes the text from there next time.
 */
export function splitSentences(text: string, final: boolean): SentenceSplit {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    const piece = text.slice(start, end);
    if (match[0].startsWith(".") && TITLES.test(piece.trimEnd())) continue;
    push(sentences, piece);
    start = end;
  }
  if (final) {
    push(sentences, text.slice(start));
    start = text.length;
  }
  return { sentences, consumed: start };
}

function push(sentences: string[], piece: string) {
  const spoken = speakableText(piece);
  // A piece that was only a stage direction or punctuation has nothing to say.
  if (/[\p{L}\p{N}]/u.test(spoken)) sentences.push(spoken);
}

export const wordsOf = (text: string): string[] => text.split(/\s+/).filter((word) => word !== "");

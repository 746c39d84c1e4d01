import { DomainError } from "../errors";
import { speakableText } from "../conversation/speakable-text";

/** Kept on a customer turn the rep talked over: how much was heard, and the reply as it was written. */
export interface Interruption {
  heardWords: number;
  fullText: string;
}

/** What a customer turn becomes once the rep has cut it off: the words heard, then a dash. */
export interface HeardTurn {
  text: string;
  interruption: Interruption;
}

const words = (token: string) =>
  token
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .replace(/(^|\s)'+|'+(\s|$)/g, " ")
    .split(" ")
    .filter(Boolean);

/**
 * The customer's reply cut where the rep barged in. `heard` is what the browser had played: its
 * words (case, punctuation and spacing aside) must begin the reply as it was spoken, that is after
 * `speakableText`, or it is refused as `invalid_heard`. Null when every word was heard: nothing
 * is cut.
 */
export function cutAtHeard(fullText: string, heard: string): HeardTurn | null {
  const spoken = speakableText(fullText);
  const tokens = spoken.split(/\s+/).filter(Boolean);
  const spokenWords = tokens.flatMap((token, at) => words(token).map((word) => ({ word, at })));
  const heardWords = words(heard);
  const isPrefix =
    heardWords.length <= spokenWords.length && heardWords.every((word, i) => spokenWords[i]?.word === word);
  if (!isPrefix) {
    const start = spokenWords
      .slice(0, Math.max(heardWords.length, 1))
      .map((entry) => entry.word)
      .join(" ");
    throw new DomainError(
      "invalid_heard",
      `"heard" must be the first words of the customer's latest reply as it was played; the reply begins "${start}".`,
    );
  }
  if (heardWords.length === spokenWords.length) return null;
  const lastToken = heardWords.length === 0 ? -1 : (spokenWords[heardWords.length - 1]?.at ?? -1);
  const kept = tokens
    .slice(0, lastToken + 1)
    .join(" ")
    .replace(/[\s,;:.!?…-]+$/u, "");
  return { text: `${kept}—`, interruption: { heardWords: heardWords.length, fullText } };
}

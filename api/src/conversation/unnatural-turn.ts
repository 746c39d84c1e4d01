import type { RepMove } from "./moves";

/**
 * Whether a rep turn reads as speech: a verb-less list of fragments, a list of headings, or
 * implausibly many moves at once is not (read-turn.ts empties such a turn's moves).
 */

/** What this needs of each sentence's reading. */
export interface ListedSentence {
  text: string;
  parts: number;
  fragments: number;
  moves: RepMove[];
}

/** Over this many distinct moves in a turn of few sentences, the turn is a list, not speech. */
const MANY_MOVES = 5;

export function unnaturalReason(sentences: ListedSentence[]): string | null {
  const parts = sentences.reduce((sum, sentence) => sum + sentence.parts, 0);
  const fragments = sentences.reduce((sum, sentence) => sum + sentence.fragments, 0);
  const listy = sentences.some((sentence) => sentence.fragments >= 5 && sentence.fragments >= 0.8 * sentence.parts);
  if ((parts >= 4 && fragments === parts) || listy || headedList(sentences))
    return "a list of fragments without a verb";
  const distinct = new Set(sentences.flatMap((sentence) => sentence.moves));
  distinct.delete("asks_question");
  const words = sentences.reduce((sum, sentence) => sum + sentence.text.split(/\s+/).length, 0);
  if (distinct.size >= MANY_MOVES && distinct.size > 2 * sentences.length && words < 8 * distinct.size)
    return "implausibly many moves at once";
  return null;
}

/** Words a spoken turn is made of without being a list ("Okay. Thanks. Hold on a second."). */
const PLEASANTRY =
  /^(?:ok(?:ay)?|thanks?(?: you)?|sure|great|right|sorry|yes|yeah|no|hi|hello|bye|perfect|lovely|fine|alright|cheers|hmm|um|oh)[.!?]*$/i;

/** A word that makes a short sentence speech to someone: a person, an auxiliary, a question. */
const SPOKEN =
  /\b(?:i|me|my|you|your|we|us|our|it|they|he|she|this|that|is|are|was|were|am|will|can|could|would|do|does|did|have|has|let'?s|\w+'(?:s|ll|re|ve|m|d))\b|\?/i;

/**
 * "Acknowledge experience. Impact. Listening before offering. Confirm next steps.": a turn of short
 * sentences that address no one (no person, no auxiliary, no question) and are not pleasantries is a
 * list of headings, even when one of them opens with a verb.
 */
function headedList(sentences: ListedSentence[]): boolean {
  const items = sentences.filter((sentence) => {
    const text = sentence.text.trim();
    return text.split(/\s+/).length <= 4 && !SPOKEN.test(text) && !PLEASANTRY.test(text);
  }).length;
  return sentences.length >= 4 && items >= sentences.length - 1;
}

import { wordsOf } from "./sentences";

/**
 * The words of the customer's reply the rep had heard when they interrupted: every sentence that
 * finished playing, then the share of the current one that had played (`fraction`, 0..1), rounded
 * down to whole words. Sent as `heard` with the rep's next turn.
 */
export function heardPrefix(sentences: readonly string[], finished: number, fraction: number): string {
  const done = sentences.slice(0, Math.max(0, finished)).flatMap(wordsOf);
  const current = sentences[finished];
  const share = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const partial = current ? wordsOf(current).slice(0, Math.floor(wordsOf(current).length * share)) : [];
  return [...done, ...partial].join(" ");
}

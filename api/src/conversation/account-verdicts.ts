import type { Tokens } from "./tokens";

/**
 * A verdict of correctness is not an account (session 17, lane s18): "The payment went through
 * correctly", "the voucher is the correct amount for a delay of that length", "that's a valid notice"
 * assert that something is right and tell nothing of what happened, why, or what it means. The
 * thing-as-subject readings see a past or a class in them; a reason given alongside ("…, because the
 * rate is set by law") still explains. A correctness negated ("the form wasn't filled in properly") names
 * a fault and is left to the other readings.
 */

const CORRECT = /^(?:correct|correctly|accurate|accurately|valid|validly|proper|properly|legitimate|right)$/;
/** Connectives that give a reason or a meaning beside the verdict. */
const REASON = /^(?:because|cos|since|as|so|due|caused|means|meant|reason|why|which|after|when|until|once|if|but|and)$/;

export function onlyAVerdictOfCorrectness({ words, pos, negation }: Tokens): boolean {
  const verdict = words.findIndex(
    (word, i) =>
      CORRECT.test(word) &&
      /^(?:ADJ|ADV)$/.test(pos[i] ?? "") &&
      !negation[i] &&
      // "the right amount", "is correct", "issued it correctly": a verdict, not "right now" or "right away".
      !/^(?:now|away|there|here|through)$/.test(words[i + 1] ?? ""),
  );
  return verdict >= 0 && !words.some((word) => REASON.test(word));
}

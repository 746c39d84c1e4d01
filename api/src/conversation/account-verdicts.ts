import type { Tokens } from "./tokens";

/**
 * A verdict of correctness is not an account (session 17, lane s18): "The payment went through
 * correctly", "the voucher is the correct amount for a delay of that length", "that's a valid notice"
 * assert that something is right and tell nothing of what happened, why, or what it means. The
 * thing-as-subject readings see a past or a class in them; a reason given alongside ("…, because the
 * rate is set by law") still explains. A correctness negated ("the form wasn't filled in properly") names
 * a fault and is left to the other readings.
 */

const CORRECT = /^(?:correct|correctly|accurate|accurately|valid|validly|proper|properly|legitimate)$/;
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

/**
 * A cause or a class too vague to tell anything is not an account (session 17, lane s18): "the delay was
 * caused by an operational event", "price changes are a business decision", "it's due to technical
 * reasons". The account's noun phrase is a generic head ("event", "reasons", "decision", "issue") at most
 * qualified by the domain it belongs to ("operational", "business", "technical"), and the sentence says
 * nothing after it: no place, no what or which, no other clause. "A technical fault at the exchange" and
 * "a decision the regulator made in March" tell something, and still explain.
 */

const GENERIC =
  /^(?:event|events|reason|reasons|decision|decisions|issue|issues|matter|matters|circumstances|factors|thing|things|error|errors|problem|problems)$/;
const DOMAIN =
  /^(?:operational|technical|business|commercial|internal|system|systems|security|administrative|unforeseen|various|certain|other|some|an?|the)$/;
/** Where a vague account points: "caused by", "due to", "because of", "for … reasons", "is a …". */
const POINTER = /^(?:by|to|of|for|a|an|is|are|was|were)$/;

export function onlyAVagueCause({ words, pos }: Tokens): boolean {
  const head = words.findIndex((word, i) => GENERIC.test(word) && pos[i] === "NOUN");
  if (head < 0) return false;
  let start = head;
  while (start > 0 && DOMAIN.test(words[start - 1] ?? "")) start -= 1;
  if (!POINTER.test(words[start - 1] ?? "") && start === head) return false;
  if (!POINTER.test(words[start - 1] ?? "") && !POINTER.test(words[start] ?? "")) return false;
  // Nothing told after it: the sentence ends, or only a comment follows a comma ("…, I'm afraid").
  const next = words[head + 1] ?? ".";
  if (!/^[.,;!—–-]$/.test(next)) return false;
  // No other clause of the sentence explains: no reason or result joined to it.
  return !words.some((word) => /^(?:because|since|so|which|means|as|when|after)$/.test(word));
}

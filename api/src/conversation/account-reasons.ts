import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";

/**
 * A reason clause opened by "since" without the comma account-readings.ts reads (session 17, lane s18):
 * "Thursday slots go quickly since they're the only late ones we run". "Since" of time is not a reason:
 * the clause it hangs on counts from then in the perfect ("we haven't heard from them since the line went
 * down", "ever since"), and "since you joined" / "since you called" date the customer's own act. The
 * reason given for the rep's act, a pitch, a blame or a deflection is theirs (account-readings.ts).
 */

/** The perfect or "ever" before "since": it counts time. */
const COUNTS_TIME = /^(?:have|has|'ve|had|ever|been)$/;
/** The customer's own act dated by "since you…": "since you joined", "since you called". */
const DATED_ACT = /^(?:say|mention|know|ask|tell|call|join|sign|move|start|switch|buy|open)$/;
const OWNS_ITS_REASON: RepMove[] = [
  "retention_pitch",
  "superiority_pitch",
  "blames_customer",
  "deflects_channel",
  "commits_to_action",
  "offers_remedy",
  "escalates",
  "transfers",
];

/** Whether "since" (not after a comma) opens a clause — a subject, then its verb — that gives a reason. */
export function sinceGivesAReason({ words, pos, lemmas }: Tokens): boolean {
  return words.some((word, i) => {
    if (word !== "since" || i < 3 || words[i - 1] === "," || pos[i] !== "SCONJ") return false;
    if (!/^(?:PRON|DET|NOUN|PROPN)$/.test(pos[i + 1] ?? "")) return false;
    if (words.slice(0, i).some((before) => COUNTS_TIME.test(before))) return false;
    if (/^(?:i|you)$/.test(words[i + 1] ?? "") && DATED_ACT.test(lemmas[i + 2] ?? "")) return false;
    return pos.slice(i + 2, i + 6).some((tag) => tag === "AUX" || tag === "VERB");
  });
}

/** Whether a statement gives a reason with "since" that is the sentence's account; `found` holds its moves so far. */
export function tellsWhySince(found: Set<RepMove>, tokens: Tokens): boolean {
  return !OWNS_ITS_REASON.some((move) => found.has(move)) && sinceGivesAReason(tokens);
}

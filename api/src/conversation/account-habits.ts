import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import { POINT } from "./account-processes";

/**
 * How the people behind a process usually act (session 17, issue 14 item 7): "they normally post the
 * letters on the first working day", "they often hold parcels over the weekend", "they sometimes mix up
 * the two accounts". A third party named by "they" does not head a subject the thing-as-subject readings
 * see (a pronoun, not a noun); a frequency adverb before its present verb makes the clause a habit, which
 * says how things work. Not the customer ("you usually…") nor the rep's own side's promise.
 */

const HOW_OFTEN = /^(?:usually|normally|often|sometimes|always|generally|typically|occasionally|regularly|never)$/;
/** Where a clause starts: the sentence's start, punctuation, a conjunction. */
const OPENS = /^(?:,|;|:|—|–|-|and|but|so|because|as|since|though|although|then)$/;

export function theirHabit({ words, pos, lemmas }: Tokens): boolean {
  return words.some((word, i) => {
    if (word !== "they" || (i > 0 && !OPENS.test(words[i - 1] ?? ""))) return false;
    // "They tend to batch refunds…" is a habit with its own verb.
    if (lemmas[i + 1] === "tend" && words[i + 2] === "to") return true;
    if (!HOW_OFTEN.test(words[i + 1] ?? "")) return false;
    const at = i + 2;
    const verb = words[at] ?? "";
    // The present of the habit: the verb as its lemma ("post", "hold"), not a past ("posted") or modal.
    return pos[at] === "VERB" && verb === lemmas[at];
  });
}

/** Whether a statement tells how the people behind a process usually act; `found` holds its moves so far. */
export function tellsTheirHabit(found: Set<RepMove>, tokens: Tokens): boolean {
  return !POINT.some((move) => found.has(move)) && theirHabit(tokens);
}

import type { Tokens } from "./tokens";

/**
 * A retention pitch read only in answer to a request to end (session 18, from a blind DEV grading call):
 * the rep proposes the service go on instead — kept running, moved, transferred, paused. "I can keep it
 * running at the same price until completion", "what about moving it to your own home?", "we could transfer
 * the remaining eight months to your address", said to "I need to cancel my mother's alarm".
 * Not a negated proposal, nor keeping it open (a wait before closing: "I can keep it open until the final bill").
 */

/** Verbs that carry the service on instead of ending it. */
const CARRY_ON = /^(?:keep|move|transfer|pause|freeze|carry)$/;
/** What goes on: the service, by pronoun or by name, or what is left of it. */
const THE_SERVICE =
  /^(?:it|that|this|remaining|rest|account|plan|membership|subscription|contract|cover|policy|service|monitoring|line|package)$/;
/** How a proposal is put: "I can", "we could", "I'd be happy to", or "what about", "how about". */
const MODAL = /^(?:can|could|'d|would|might)$/;

export function offersToCarryOn({ words, lemmas, pos, negation }: Tokens): boolean {
  return words.some((word, i) => {
    // The lite model reads a gerund after "about" ("what about moving it") as a noun.
    const lemma = pos[i] === "VERB" ? (lemmas[i] ?? "") : word.replace(/ing$/, "");
    if (!CARRY_ON.test(lemma) || negation[i]) return false;
    const before = words.slice(Math.max(0, i - 3), i);
    const asked = before.includes("about") && before.some((prior) => /^(?:what|how)$/.test(prior));
    if (!asked && !before.some((prior) => MODAL.test(prior))) return false;
    const after = words.slice(i + 1, i + 4);
    return after.some((next) => THE_SERVICE.test(next)) && !after.includes("open");
  });
}

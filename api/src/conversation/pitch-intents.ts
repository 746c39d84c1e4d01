import { TROUBLE } from "./remedy-gifts";
import type { Tokens } from "./tokens";

/**
 * A retention pitch read by the rep setting out to find the customer something of the company's (session 17,
 * issue 14 item 7), in a question or a statement: "…, so I can see what we could recommend?", "I'd like to
 * find something we can suggest": what the company has, chosen for them.
 * Not what the customer could do ("what you could try"), nor a negated offer ("there's nothing we can suggest"),
 * nor what is offered for what they went through ("…what we can suggest for the wait": compensation).
 */

/** Choosing for them; "offer" is left out: "let me see what we can offer you" is as often the remedy's preamble. */
const PITCH_VERB = /^(?:recommend|suggest)$/;

/** "what we could recommend", "something we can suggest": the company's pick for the customer. */
export function setsOutToPitch({ words, lemmas, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (!/^(?:what|something|anything)$/.test(word) || words[i + 1] !== "we") return false;
    if (!/^(?:can|could|might|may)$/.test(words[i + 2] ?? "")) return false;
    if (negation[i + 2] || negation[i + 3] || !PITCH_VERB.test(lemmas[i + 3] ?? "")) return false;
    if (words.slice(0, i).some((before) => /^(?:nothing|no)$/.test(before))) return false;
    return !words.some((next, k) => k > i && TROUBLE.test(next) && words.slice(k - 3, k).includes("for"));
  });
}

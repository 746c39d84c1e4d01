import type { Tokens } from "./tokens";

/**
 * A retention pitch read as an alternative to leaving or a wish to keep the customer (session 16, issue 14
 * item 7), statements or questions alike:
 * - something offered in place of leaving: "Rather than cancel, you could pause it", "instead of closing
 *   the account, how about the basic tier?";
 * - one of the company's plans put as a better fit: "Would a lower tier suit you better?", "we've got a plan
 *   that might work better for you" (a plan, a tier, a package: what the company sells), or the service
 *   kept in another form ("would freezing it for three months suit you better?", session 18);
 * Not "instead of" something else ("instead of a refund", "instead of going back to your bank"), nor a fit said
 * of anything but a plan. Regret at losing them ("I'd hate to lose you over this") was tried and left out:
 * the blind labels of DEV read it as sympathy, not a pitch.
 */

const LEAVING = /^(?:cancel|leave|switch|close|quit|end|terminate)$/;
const PRODUCT = /^(?:plan|tier|package|bundle|tariff|deal|option|membership|subscription|contract|level)s?$/;
const FITS = /^(?:suit|fit|work|better)$/;
/** The service carried on rather than ended: "freezing it", "pausing your membership". */
const KEPT_ON = /^(?:freezing|pausing|keeping|holding|suspending)$/;

/** "Rather than cancel, …", "instead of leaving us, …": the offer put in place of leaving. */
function inPlaceOfLeaving({ words, lemmas }: Tokens): boolean {
  return words.some((word, i) => {
    const instead = (word === "instead" && words[i + 1] === "of") || (word === "rather" && words[i + 1] === "than");
    if (!instead) return false;
    // "instead of cancelling", "rather than cancel it": the lemma, or the gerund the lite model leaves whole.
    const next = words[i + 2] ?? "";
    const stem = next.replace(/ing$/, "").replace(/(l)\1$/, "$1");
    return LEAVING.test(lemmas[i + 2] ?? "") || (next !== stem && (LEAVING.test(stem) || LEAVING.test(`${stem}e`)));
  });
}

/** "Would a lower tier suit you better?", "a plan that might work better for you": a plan as the better fit. */
function planAsABetterFit({ words, pos, negation }: Tokens): boolean {
  // A plan, or the service kept in another form: "would freezing it for three months suit you better?"
  const plan = words.findIndex(
    (word, i) =>
      (PRODUCT.test(word) && pos[i] === "NOUN") || (KEPT_ON.test(word) && /^(?:it|your|the)$/.test(words[i + 1] ?? "")),
  );
  if (plan < 0 || !words.includes("you")) return false;
  return words.some((word, i) => {
    if (!/^(?:would|might|could|may)$/.test(word)) return false;
    // The modal's clause reaches the plan and a verb of fitting within a few words.
    const span = words.slice(i + 1, i + 8);
    const fit = span.findIndex((next) => FITS.test(next));
    if (fit < 0 || words[i + 2 + fit] === "out" || negation[i + 1 + fit]) return false;
    return Math.abs(plan - i) <= 6;
  });
}

/**
 * "He could still read it through the app", "you can still watch it on your phone": the customer keeping the
 * service in another form (session 17): through an app, on a device. Not negated, not on a condition or a wait
 * ("you can still use it until Friday").
 */
function stillUsedAnotherWay({ words, pos, lemmas, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (!/^(?:you|he|she|they)$/.test(word) || !/^(?:could|can)$/.test(words[i + 1] ?? "")) return false;
    if (words[i + 2] !== "still" || negation[i + 1] || negation[i + 3] || pos[i + 3] !== "VERB") return false;
    if (!/^(?:use|read|watch|listen|play|enjoy|access|stream)$/.test(lemmas[i + 3] ?? "")) return false;
    // A condition or a wait in its clause: "you can still use it until Friday", "…if you pay the fee".
    let end = i + 4;
    while (end < words.length && !/^[,;:.!?—]$/.test(words[end] ?? "")) end += 1;
    const clause = [...words.slice(Math.max(0, i - 4), i), ...words.slice(i + 4, end)];
    if (clause.some((next) => /^(?:if|until|till|while|once|when|unless)$/.test(next))) return false;
    // The other form it comes in: "through the app", "on your phone", "via the website".
    return words.slice(i + 4, end).some((next, k) => /^(?:thru|through|via|on|online)$/.test(next) && k < 4);
  });
}

/** Whether the sentence pitches an alternative to leaving or a plan as the better fit. */
export function pitchesAnAlternative(tokens: Tokens): boolean {
  return inPlaceOfLeaving(tokens) || planAsABetterFit(tokens) || stillUsedAnotherWay(tokens);
}

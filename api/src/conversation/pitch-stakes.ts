import type { Tokens } from "./tokens";

/**
 * A retention pitch read by what the customer stands to gain from the company's product or to lose by
 * leaving (session 17, issue 14 item 7), statements only:
 * - the customer, or the one the service is for, missing out or losing what they have: "so he'd honestly be
 *   missing out", "you'd lose all your saved routes", "she'll be giving up her loyalty points";
 * - the company's product as the one that gives them something: "our members' scheme gets you 10% off",
 *   "the family plan gives you four lines" (a plan, a scheme, a membership: what the company sells; not
 *   "our engineer will give you a call").
 * Not negated ("you won't lose anything"), nor behind a condition of the fix ("if you reset it, you'll lose
 * your settings": what a step costs is an account, not a pitch).
 */

const CUSTOMER = /^(?:you|he|she|they)$/;
const MODAL = /^(?:would|will|could|might)$/;
const OWNED = /^(?:your|his|her|their|all|the|everything|access)$/;
/** What the company sells, as the subject that gives the customer something. */
const PRODUCT =
  /^(?:plan|tier|package|bundle|tariff|deal|membership|subscription|scheme|club|programme|program|card|add-on|addon|pass|rewards?|loyalty|offer)s?$/;
const GIVES = /^(?:get|give|save|earn|include)$/;

/** Staying or leaving, the condition a pitch may be put on: "if you stay", "if you cancel now". */
const STAY_OR_GO = /^(?:stay|keep|remain|renew|stick|leave|cancel|go|switch|close|quit|end)$/;

/**
 * Whether a reader on top of the rules may add a pitch here: not behind a condition other than staying or
 * leaving ("If you reset the box, he'd lose his recorded shows": what a step costs is an account).
 */
export function pitchLeftOpen({ words, lemmas }: Tokens): boolean {
  const condition = words.findIndex((word) => /^(?:if|unless|once|when)$/.test(word));
  if (condition < 0) return true;
  return lemmas.slice(condition + 1, condition + 5).some((lemma) => STAY_OR_GO.test(lemma));
}

/** "…, so he'd honestly be missing out", "you'd lose your saved playlists": what leaving would cost them. */
function lossOfLeaving({ words, pos, lemmas, negation }: Tokens): boolean {
  if (words.some((word) => /^(?:if|unless|once|when)$/.test(word))) return false;
  return words.some((word, i) => {
    if (!CUSTOMER.test(word) || !MODAL.test(words[i + 1] ?? "")) return false;
    let at = i + 2;
    while (pos[at] === "ADV" && !negation[at]) at += 1;
    if (words[at] === "be") at += 1;
    if (negation[at] || pos[at] !== "VERB") return false;
    const lemma = lemmas[at] ?? "";
    if (lemma === "miss") return words[at + 1] === "out";
    if (lemma === "give") return words[at + 1] === "up";
    return /^(?:lose|forfeit)$/.test(lemma) && OWNED.test(words[at + 1] ?? "");
  });
}

/** "Our members' scheme gets you 10% off", "the premium plan gives you…": the product giving the customer something. */
export function productGivesIt({ words, pos, lemmas, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (!PRODUCT.test(word) || pos[i] !== "NOUN") return false;
    let at = i + 1;
    if (/^(?:would|will|could|can)$/.test(words[at] ?? "")) at += 1;
    if (negation[at] || !GIVES.test(lemmas[at] ?? "") || words[at + 1] !== "you") return false;
    // The subject is the company's product: "our …", "the <product>", "a <…> membership".
    const owner = words.slice(Math.max(0, i - 4), i);
    return owner.some((before) => /^(?:our|the|a|this|that)$/.test(before));
  });
}

/** Whether a statement pitches by what the customer stands to gain or to lose. */
export function pitchesTheStakes(tokens: Tokens): boolean {
  return lossOfLeaving(tokens) || productGivesIt(tokens);
}

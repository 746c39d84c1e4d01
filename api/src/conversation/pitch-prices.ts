import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";

/**
 * A retention pitch read as a price put on the company's product (session 16, issue 14 item 7): a sum of
 * money (or "half what you pay") set in a frame that offers it to the customer rather than bills them:
 * - the company's product, cheaply: "our travel add-on covers it for just £9", "how about our basic plan at
 *   half what you pay now?";
 * - the product with the company: "a SIM-only deal with us would be just £8 a month";
 * - what the customer would get, or get by staying: "you'd get unlimited calls for £12 a month",
 *   "if you stay, it's £20 a month".
 * Not a charge explained ("your plan is £45 a month", "you'd have to pay £150 to leave"), nor a sum given back
 * (a refund, a credit: that is the remedy), nor a sentence that refuses or blames.
 */

/** A sum of money: "£9", "$12.50", "20 pounds". */
function priceAt({ words, pos }: Tokens, i: number): boolean {
  if (/^[£$€]$/.test(words[i] ?? "") && pos[i + 1] === "NUM") return true;
  return pos[i] === "NUM" && /^(?:pounds?|dollars?|euros?|quid|bucks)$/.test(words[i + 1] ?? "");
}

/** "half what you pay", "half the price": a price set against theirs. */
const HALF = /\bhalf (?:what|of what|the (?:price|cost))\b/i;
/** Money handed back is the remedy, not the pitch. */
const GIVEN_BACK = /^(?:refund|credit|compensation|reimbursement|goodwill|back|voucher|gesture)s?$/;
/** What the company charges, not a product it sells: "our exit fee is just £5". */
const CHARGE = /^(?:fee|charge|penalty|cost|price|bill|rate|surcharge)s?$/;
/** Verbs of what the customer would get from the offer. */
const GAIN = /^(?:get|save|have|keep|pay)$/;

/** Where the offer is made: "our <product>", "with us", "you'd get", "how about", "if you stay". */
function offerFrame({ words, pos, lemmas }: Tokens, text: string): boolean {
  if (/\b(?:with us|how about|what about|why not)\b/i.test(text)) return true;
  return words.some((word, i) => {
    // "our SIM-only plan", "our Bag Assure add-on": the company's product, not "our fee".
    if (word === "our" && /^(?:ADJ|NOUN|PROPN)$/.test(pos[i + 1] ?? "")) {
      let head = i + 1;
      while (/^(?:ADJ|NOUN|PROPN|PUNCT)$/.test(pos[head + 1] ?? "") && words[head + 1] !== ",") head += 1;
      return !CHARGE.test(words[head] ?? "");
    }
    // "you'd get", "you could save", "you'd only pay"; not "you'd have to pay".
    if (word === "you" && /^(?:'d|would|could)$/.test(words[i + 1] ?? "")) {
      let at = i + 2;
      while (/^(?:only|just|still|also)$/.test(words[at] ?? "")) at += 1;
      return GAIN.test(lemmas[at] ?? "") && words[at + 1] !== "to";
    }
    // "if you stay", "if you stayed on": the customer's staying as the condition.
    return word === "if" && words[i + 1] === "you" && /^(?:stay|remain|stick|renew)$/.test(lemmas[i + 2] ?? "");
  });
}

/** Whether the sentence puts a price on the company's offer to the customer. */
export function pitchesAPrice(text: string, tokens: Tokens, found: Set<RepMove>): boolean {
  const against = ["refuses_or_delays", "blames_customer", "deflects_channel", "offers_remedy"];
  if (against.some((move) => found.has(move as RepMove))) return false;
  const { words } = tokens;
  const at = words.findIndex((_, i) => priceAt(tokens, i));
  if (at < 0 && !HALF.test(text)) return false;
  if (words.some((word) => GIVEN_BACK.test(word))) return false;
  // A price put as cheap ("just £9", "only £8"), per period ("£12 a month"), or half theirs.
  const cheap =
    HALF.test(text) ||
    (at >= 0 &&
      (/^(?:just|only)$/.test(words[at - 1] ?? "") ||
        /^(?:a|per|each)$/.test(words[at + 2] ?? "") ||
        /^(?:a|per|each)$/.test(words[at + 3] ?? "")));
  return cheap && offerFrame(tokens, text);
}

import type { Tokens } from "./tokens";

/**
 * Refusals told as limits rather than as the rep's "can't" (session 16, issue 14 item 7): the request
 * turned down in the passive ("your claim has been declined"), what is given only to some or only in
 * a window ("exchanges are only available within 14 days", "that offer's for new customers only"), the
 * soonest that can be done ("the soonest anyone can come out is the 14th"), a limit of the rep's
 * authority ("that's outside what I can approve"), and the request held until something is done
 * ("the refund can't go through until the item's been inspected").
 */

/** What a customer asks for and a company can turn down. */
const REQUEST =
  /^(?:claim|request|application|appeal|complaint|refund|return|exchange|order|booking|cancellation|transfer|dispute|chargeback|upgrade|replacement|repair|credit|compensation|it|that|this)$/;
const TURNED_DOWN = /^(?:decline|reject|refuse|deny|turn)$/;

/** "Your claim has been declined", "the request was rejected by the underwriters", "it's been turned down". */
function turnedDown({ words, lemmas, pos }: Tokens): boolean {
  for (let v = 2; v < words.length; v += 1) {
    if (!TURNED_DOWN.test(lemmas[v] ?? "") || pos[v] !== "VERB" || words[v] === lemmas[v]) continue;
    if (lemmas[v] === "turn" && words[v + 1] !== "down") continue;
    const be = v - 1;
    if (!/^(?:been|was|were|is|'s|are)$/.test(words[be] ?? "")) continue;
    let s = be - 1;
    while (/^(?:has|have|'s|'ve|already|now|unfortunately|sadly)$/.test(words[s] ?? "")) s -= 1;
    if (REQUEST.test(lemmas[s] ?? "") || REQUEST.test(words[s] ?? "")) return true;
  }
  return false;
}

/** "…are only available within 14 days", "that offer's for new customers only", "it's only open to members". */
const ONLY_FOR =
  /\b(?:is|are|'s|'re) only (?:available|possible|valid|offered|open|eligible|allowed|permitted|applicable|accepted|issued|given|refunded|covered)\b|\b(?:is|are|'s|'re) (?:for|open to|available to|reserved for) (?:[\w-]+ ){1,3}only\b|\b(?:is|are|'s|'re) reserved for\b/i;
/** "The soonest anyone can come out is the 14th", "the first slot we have is next Friday". */
const SOONEST =
  /\bthe (?:soonest|earliest|(?:first|next) (?:available|free|open))(?: \w+){0,4}? (?:i|we|anyone|someone|they|an engineer|a technician) (?:can|could|have|'ve got|'ve)\b[^.?!]*\b(?:is|would be|'s|will be)\b/i;
/** "That's outside what I can approve", "that's beyond what we can offer", "above my authority". */
const BEYOND_ME =
  /\b(?:outside|beyond|above) (?:of )?(?:what (?:i|we|i'm|we're)(?: can| am| are)?|my (?:authority|remit|limit|pay grade)|our (?:remit|policy))\b/i;
/** "There's nothing further I can do", "there isn't anything else we can offer". */
const NOTHING_MORE =
  /\b(?:there(?:'s| is) (?:nothing|not (?:much|a lot))|there (?:isn't|is not) (?:anything|much)) (?:further |more |else )?(?:that )?(?:i|we) (?:can|could|am able to)\b/i;
/** "It'll be at least another week", "not for a further month". */
const ANOTHER_WHILE = /\b(?:at least|not for) (?:another|a further) (?:day|week|fortnight|month|year)s?\b/i;

/** "The refund can't go through until the item's been inspected": the request held back by a negated modal. */
function heldBackUntil({ words, lemmas }: Tokens): boolean {
  const until = words.findIndex((word) => /^(?:until|till)$/.test(word));
  if (until < 0) return false;
  for (let s = 0; s < until - 2; s += 1) {
    if (!REQUEST.test(lemmas[s] ?? "") || /^(?:it|that|this)$/.test(words[s] ?? "")) continue;
    const modal = words[s + 1] ?? "";
    if (/^(?:can|could|will|wo|would)$/.test(modal) && words[s + 2] === "not") return true;
  }
  return false;
}

/** Whether the sentence refuses by a limit, a passive no, the soonest date, or the rep's authority. */
export function refusesByLimit(text: string, tokens: Tokens): boolean {
  if (ONLY_FOR.test(text) || SOONEST.test(text) || BEYOND_ME.test(text) || NOTHING_MORE.test(text)) return true;
  if (ANOTHER_WHILE.test(text)) return true;
  return turnedDown(tokens) || heldBackUntil(tokens);
}

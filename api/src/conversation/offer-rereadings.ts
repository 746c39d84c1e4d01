import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import type { SentenceReading } from "./sentence-reading";
import { remedyOnlyExplained } from "./remedy-accounts";
import { harshVerdictOnTheirSituation } from "./situation-verdicts";
import { asksHowTheyCope } from "./impact-coping";
import { stockAfterARecap } from "./sympathy-recaps";

/**
 * Session 19: what the tune labels do not call a remedy offered. A pitch carries its own deal ("stay and I'll take
 * 20% off": 13 of 14 such sentences labelled the pitch alone); a refund request passed on or decided later is the
 * passing on ("I'm putting the refund request to my team lead"); the unused part refunded with a cancellation is
 * the cancellation's ("…and the unused months will be refunded"); a collection booked fetches the goods back; and
 * what is done "sometimes" or "in some cases" offers this customer nothing.
 */
const REQUEST_PASSED_ON =
  /\brefund request\b|\bput in for (?:a|the) refund\b|\bdecision on the refund\b|\b(?:taking|putting|sending|passing) the refund(?: request)? to\b/i;
const UNUSED_PART =
  /\b(?:unused|pro-?rata|remaining) (?:weeks?|months?|days?|sessions?|classes|part|portion|balance)\b/i;
const COLLECTION = /\b(?:book|arrange|schedule)(?:ed|ing)? (?:the|a|your) (?:\w+ )?collection\b/i;
const REMEDY_WORD = /\b(?:refund|credit|replac|repair|fix|discount|compensat|waiv|free|voucher|money back)/i;
const NOT_THIS_CUSTOMER =
  /\b(?:sometimes|in some cases|occasionally|in certain cases) (?:we|there)\b|\bis an option in some cases\b/i;

/** "Stay with the order and I'll take 20% off": the deal offered on the condition of staying pitches. */
const STAY_AND_GET =
  /^(?:\w+,? )?(?:stay|keep (?:it|the \w+|your \w+)|hang on|stick with (?:us|it|the \w+))\b[^.?!]*\band (?:i'?ll|we'?ll|i will|we will|i can|we can)\b/i;

/**
 * A deal put inside the question that presses for the reason ("What would it take to keep you — would a cheaper
 * plan make a difference?", "…if I could knock something off the price?"): it presses and pitches (7 of 7 tune
 * sentences labelled both; read-turn.ts keeps a bare "what would it take" from pitching).
 */
const DEAL_ASKED =
  /\bif i (?:could |can )?(?:knock|take|give|put|offer|get|sort|do|throw|match|waive|drop|reduce)\b|\bwould (?:a|an) (?:cheaper|lower|smaller|voucher|discount|free|credit)\b|\ba (?:lower|cheaper|reduced) (?:rate|price|plan)\b|\bfree (?:month|trial)\b|\bbefore i mention\b/i;

function remedyNotOffered(found: Set<RepMove>, text: string): boolean {
  if (!found.has("offers_remedy")) return false;
  if (found.has("retention_pitch") || REQUEST_PASSED_ON.test(text) || NOT_THIS_CUSTOMER.test(text)) return true;
  if (found.has("confirms_cancellation") && UNUSED_PART.test(text)) return true;
  return COLLECTION.test(text) && !REMEDY_WORD.test(text.replace(COLLECTION, ""));
}

/**
 * Session 17 (second round)'s readings for offers_remedy, acknowledges_impact and asks_about_impact (lane s18-offers),
 * with session 19's pitches and remedies not offered (above), applied from rereadings.ts: each entry adds a move
 * (true) or takes one away (false). The lane's jargon reading needs the customer's line and is read in
 * answer-readings.ts (jargon-echoes.ts).
 */
export function offerRereadings(
  found: Set<RepMove>,
  reading: Omit<SentenceReading, "moves">,
  tokens: Tokens,
): [RepMove, boolean][] {
  const out: [RepMove, boolean][] = [];
  if (reading.question === null && remedyOnlyExplained(found, tokens)) out.push(["offers_remedy", false]);
  const text = reading.text.replace(/[‘’`´]/g, "'");
  if (reading.question !== null && found.has("interrogates_reason") && DEAL_ASKED.test(text))
    out.push(["retention_pitch", true], ["offers_remedy", false]);
  if (reading.question === null && STAY_AND_GET.test(text))
    out.push(["retention_pitch", true], ["offers_remedy", false]);
  else if (remedyNotOffered(found, text)) out.push(["offers_remedy", false]);
  const statement = reading.question === null && !reading.sarcastic;
  const pitched = found.has("retention_pitch") || found.has("superiority_pitch");
  if (statement && !pitched && !found.has("acknowledges_impact") && harshVerdictOnTheirSituation(tokens))
    out.push(["acknowledges_impact", true], ["generic_empathy", false]);
  else if (statement && stockAfterARecap(found, tokens, reading.text))
    out.push(["acknowledges_impact", false], ["generic_empathy", true]);
  const asksNoReason = !found.has("interrogates_reason") && !found.has("retention_pitch");
  if (reading.question !== null && asksNoReason && !found.has("asks_about_impact") && asksHowTheyCope(tokens))
    out.push(["asks_about_impact", true]);
  return out;
}

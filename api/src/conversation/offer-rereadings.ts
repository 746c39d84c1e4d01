import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import type { SentenceReading } from "./sentence-reading";
import { remedyOnlyExplained } from "./remedy-accounts";
import { harshVerdictOnTheirSituation } from "./situation-verdicts";
import { asksHowTheyCope } from "./impact-coping";
import { stockAfterARecap } from "./sympathy-recaps";

/**
 * Session 17 (second round)'s readings for offers_remedy, acknowledges_impact and asks_about_impact (lane s18-offers),
 * applied from rereadings.ts: each entry adds a move (true) or takes one away (false). The lane's jargon
 * reading needs the customer's line and is read in answer-readings.ts (jargon-echoes.ts).
 */
export function offerRereadings(
  found: Set<RepMove>,
  reading: Omit<SentenceReading, "moves">,
  tokens: Tokens,
): [RepMove, boolean][] {
  const out: [RepMove, boolean][] = [];
  if (reading.question === null && remedyOnlyExplained(found, tokens)) out.push(["offers_remedy", false]);
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

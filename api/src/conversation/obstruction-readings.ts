import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import { blamesByReading } from "./blame-readings";
import { sendsByReading } from "./channel-readings";
import { delaysByReading } from "./deferral-readings";
import { mocksTheCustomer } from "./mockery-readings";
import { blamesPolitely } from "./polite-blame";
import { blamesElsewhere } from "./blame-elsewhere";
import { refusesByLimit } from "./limit-readings";
import { refusesByForm } from "./refusal-forms";
import { rhetoricalMoves } from "./rhetorical-questions";
import { pressesForReason, suggestsAnAct } from "./interrogation-readings";
import { refusalIsTheAccount } from "./refusal-accounts";
import { escalatesTheCase, seniorOnlyNamed } from "./escalation-deeds";
import { refusesByDenial } from "./refusal-denials";

/**
 * Session 16's readings of blame, refusal, deflection and pressing for reasons (issue 14 item 7), run
 * once by read-turn.ts after the who-does-what readings of obstruction-deeds.ts and blame-deeds.ts:
 * statements for the first three, questions for the last.
 */
export function readObstructions(found: Set<RepMove>, text: string, tokens: Tokens, question: boolean): void {
  if (question) {
    // "How am I supposed to refund it?": a refusal asks nothing and offers nothing.
    for (const move of rhetoricalMoves(text)) found.add(move);
    if (found.has("refuses_or_delays")) found.delete("offers_remedy");
    if (suggestsAnAct(tokens)) found.delete("interrogates_reason");
    else if (pressesForReason(tokens, text)) found.add("interrogates_reason");
    withdrawTheAccountsHold(found, tokens);
    return;
  }
  if (
    blamesByReading(text, tokens) ||
    mocksTheCustomer(text) ||
    blamesPolitely(text, tokens) ||
    blamesElsewhere(text, tokens)
  )
    found.add("blames_customer");
  if (
    delaysByReading(text, tokens) ||
    refusesByLimit(text, tokens) ||
    refusesByForm(text) ||
    refusesByDenial(text, tokens)
  )
    found.add("refuses_or_delays");
  if (sendsByReading(text, tokens)) found.add("deflects_channel");
  if (escalatesTheCase(tokens)) found.add("escalates");
  else if (found.has("escalates") && found.has("refuses_or_delays") && seniorOnlyNamed(tokens))
    found.delete("escalates");
  withdrawTheAccountsHold(found, tokens);
}

/** "What happened is the insurer hasn't accepted liability, and we can't sign it off until they do": the account's. */
function withdrawTheAccountsHold(found: Set<RepMove>, tokens: Tokens): void {
  if (found.has("refuses_or_delays") && refusalIsTheAccount(tokens)) found.delete("refuses_or_delays");
}

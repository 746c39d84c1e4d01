import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import type { SentenceReading } from "./sentence-reading";
import { accountBeforeQuestion } from "./account-tails";
import { tellsMeaningOrState } from "./account-meanings";
import { accountOfNoOne, judgedSituation, reasonInsideTheSituation } from "./situation-judgements";
import { asksForAccountDetails, asksHowItHasBeen } from "./impact-how";
import { reasonForPassingOn, resultOfTheAct } from "./act-reasons";
import { tellsTheirHabit } from "./account-habits";
import { mocks } from "./account-irony";
import { accountInAQuestion } from "./account-questions";
import { sympathyIsAFinding } from "./sympathy-findings";
import { judgesAnOrdeal } from "./ordeal-judgements";
import { IMPACT_PROMPT } from "./move-rules";
import { IMPACT_PROMPT_MORE } from "./impact-asks";
import { offerRereadings } from "./offer-rereadings";
import { ownsTheFault, ownsTheFaultOnly, recapJudgedAtTheEnd, recapWeighedAsALoss } from "./sympathy-recaps";
import { limitRereadings } from "./limit-rereadings";
import { rereadAccount } from "./account-forms";

/**
 * Readings of session 16 (issue 14 item 7) for explains, acknowledges_impact, generic_empathy and
 * asks_about_impact, applied once the other readings have run (read-turn.ts): each entry adds a move
 * (true) or takes one away (false). The vetoes read-turn.ts applies after them still hold (jargon,
 * sarcasm, a question never acknowledges).
 */
export function reread(
  found: Set<RepMove>,
  reading: Omit<SentenceReading, "moves">,
  tokens: Tokens,
  ruleText: string,
): [RepMove, boolean][] {
  const out: [RepMove, boolean][] = [];
  if (!found.has("explains")) {
    const question = reading.question !== null;
    if (question ? accountBeforeQuestion(found, tokens, ruleText) : tellsMeaningOrState(found, tokens))
      out.push(["explains", true]);
    else if (question ? accountInAQuestion(found, tokens, ruleText) : tellsTheirHabit(found, tokens))
      out.push(["explains", true]);
  }
  out.push(...rereadAccount(found, reading, tokens));
  if (reading.question === null && !reading.sarcastic) {
    const pitched = found.has("retention_pitch") || found.has("superiority_pitch");
    const judged =
      found.has("acknowledges_impact") || (!pitched && (judgedSituation(tokens) !== null || judgesAnOrdeal(ruleText)));
    if (judged && !found.has("acknowledges_impact"))
      out.push(["acknowledges_impact", true], ["generic_empathy", false]);
    if (judged && found.has("explains") && reasonInsideTheSituation(tokens, ruleText)) out.push(["explains", false]);
    else if (found.has("acknowledges_impact") && found.has("explains") && accountOfNoOne(tokens, ruleText))
      out.push(["acknowledges_impact", false]);
  }
  if (found.has("explains") && reasonForPassingOn(found, tokens, ruleText)) out.push(["explains", false]);
  // Sarcasm says the opposite of what its words tell ("Oh, brilliant, so you're stranded").
  if (reading.sarcastic || mocks(ruleText)) out.push(["explains", false]);
  if (sympathyIsAFinding(ruleText)) out.push(["generic_empathy", false], ["acknowledges_impact", false]);
  const asks = reading.question !== null || IMPACT_PROMPT.test(reading.text);
  if (
    asks &&
    !found.has("asks_about_impact") &&
    !found.has("interrogates_reason") &&
    asksHowItHasBeen(tokens, ruleText)
  )
    out.push(["asks_about_impact", true], ["asks_question", true]);
  if (found.has("asks_about_impact") && asksForAccountDetails(ruleText)) out.push(["asks_about_impact", false]);
  // "Talk me through what the weekend was like": a prompt to tell the story asks, with no question mark.
  const prompted = IMPACT_PROMPT.test(reading.text) || IMPACT_PROMPT_MORE.test(reading.text);
  if (found.has("asks_about_impact") && prompted && !asksForAccountDetails(ruleText)) out.push(["asks_question", true]);
  out.push(...offerRereadings(found, reading, tokens));
  out.push(...limitRereadings(found, reading, ruleText));
  // Read on what the entries above leave: an acknowledgement they add, an account they add.
  const after = new Set(found);
  for (const [move, holds] of out) after[holds ? "add" : "delete"](move);
  if (recapJudgedAtTheEnd(after, ruleText) || resultOfTheAct(after, ruleText)) out.push(["explains", false]);
  if (reading.question === null && !reading.sarcastic && recapWeighedAsALoss(after, ruleText))
    out.push(["acknowledges_impact", true], ["generic_empathy", false]);
  if (reading.question === null && !reading.sarcastic && ownsTheFault(ruleText)) {
    out.push(["apologises", true]);
    if (ownsTheFaultOnly(ruleText)) out.push(["acknowledges_impact", false]);
  }
  return out;
}

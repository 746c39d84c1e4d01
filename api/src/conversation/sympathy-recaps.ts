import type { RepMove } from "./moves";
import { matches } from "./move-rules";
import { EMPATHY_CUE } from "./call-move-rules";
import { rule } from "./clause-deeds";
import { isSpecific } from "./specificity";
import { judgedSituation } from "./situation-judgements";
import { judgesAnOrdeal } from "./ordeal-judgements";
import { tokensWhere, type Tokens } from "./tokens";

/**
 * Stock sympathy after a verb-less recap stays stock (session 17, second round): "Forty staff, a demo, I understand
 * completely" repeats the customer's words as a list and then says what any rep says; the recap names no
 * toll and no verdict. A recap with a verb ("…the screen quits on you, I can see why you're annoyed") tells
 * what happened and makes the sympathy specific, as before.
 */

/** The comma parts of the sentence as token ranges. */
function commaParts({ words }: Tokens): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  words.forEach((word, i) => {
    if (word !== ",") return;
    out.push([from, i]);
    from = i + 1;
  });
  out.push([from, words.length]);
  return out;
}

export function stockAfterARecap(found: Set<RepMove>, tokens: Tokens, text: string): boolean {
  if (!found.has("acknowledges_impact") || found.has("apologises")) return false;
  if (matches(rule("acknowledges_impact"), text) || judgesAnOrdeal(text) || judgedSituation(tokens) !== null)
    return false;
  const parts = commaParts(tokens);
  if (parts.length < 2) return false;
  const part = (range: [number, number]) => tokensWhere(tokens, (i) => i >= range[0] && i < range[1]);
  const partText = ([from, to]: [number, number]) => tokens.values.slice(from, to).join(" ");
  const cue = parts.findIndex((range) => matches(EMPATHY_CUE, partText(range)));
  if (cue < 1 || isSpecific(part(parts[cue] as [number, number]))) return false;
  // Every other part is a recap: no verb of its own.
  return parts.every((range, k) => k === cue || !part(range).pos.some((tag) => tag === "VERB" || tag === "AUX"));
}

/**
 * Session 19: the customer's ordeal recapped and then judged at the end ("Three missing orders in one month, you've
 * been paying for food you then replace, that's a rotten way to be treated"; "…is gutting"; "…, I'd be fuming
 * too"). The recap's "because" or "so" tells what they lived through; it explains nothing the customer did not
 * know. A tail that owns the fault ("…, that's our mistake") can close a real account, and is left alone.
 */
const JUDGED_TAIL =
  /(?:[,;—–-]\s*(?:and\s+)?(?:that'?s|that is|that must|that would|that sounds|i'?d be|no wonder|what a)\b[^,;]*|\b(?:is|was) (?:just )?(?:gutting|awful|horrible|frightening|exhausting|distressing|a lot|rotten|miserable))[.!]?\s*$/i;

/** Whether the sentence closes on a judgement of what the customer went through, owning no fault. */
export function endsInAJudgement(text: string): boolean {
  return JUDGED_TAIL.test(text) && !OWNS_THE_FAULT.test(text);
}

export function recapJudgedAtTheEnd(found: ReadonlySet<RepMove>, text: string): boolean {
  return found.has("acknowledges_impact") && found.has("explains") && endsInAJudgement(text);
}

/**
 * Session 19: the company owning its failure ("that's our mistake", "we let you down", "we should never have left
 * your gate open") apologises for it (the blind labellers count a plain admission as an apology); with nothing of
 * what the customer went through named beside it (a stretch of time, a count, where they were), it does not
 * acknowledge the impact: 17 of 27 such tune sentences were labelled the apology alone, and the ten that
 * acknowledged named a night in the car, fifty minutes on hold, a debt collector ringing every day.
 */
const OWNS_THE_FAULT =
  /(?<!\b(?:not|n't|isn't|wasn't)\s+)\b(?:(?:our|my) (?:mistake|error|fault)|on our part|on us)\b|\bwe let you down\b|\b(?:we|my colleague|the \w+) should (?:never )?have\b|\bshould never have\b/i;
const WHAT_THEY_WENT_THROUGH =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|several|a few|a whole|a night|a day|a morning|an evening|a weekend|every (?:day|night|week|morning)|hours?|minutes?|days|weeks|nights|months)\b|\b(?:in hospital|mid-\w+|on hold|with (?:a|the|two|three|\d+) (?:baby|children|kids))\b|\byou did (?:everything|the right thing)\b|\bcut you off\b/i;

/** Whether the sentence owns the company's fault (an apology in substance). */
export function ownsTheFault(text: string): boolean {
  return OWNS_THE_FAULT.test(text);
}

/** Whether it owns the fault and names nothing of what the customer went through. */
export function ownsTheFaultOnly(text: string): boolean {
  return OWNS_THE_FAULT.test(text) && !WHAT_THEY_WENT_THROUGH.test(text);
}

/**
 * Session 19: what the customer went through, recapped and then weighed as a loss to them: "Two days dark over a
 * weekend, that's a real hit for a small business", "…; that's not how settling in should feel", "…, that's
 * costing your family far more than the £420", "…, it's a proper worry".
 */
const WEIGHED_AS_A_LOSS =
  /[,;—–-]\s*(?:that'?s|it'?s|that is)\s+(?:(?:a|such a) )?(?:real|proper|huge|big|massive|serious)\s+(?:hit|loss|hole|worry|blow|setback|shock|knock)\b|[,;—–-]\s*that'?s not (?:how|what) (?:you|settling|anyone|it should)\b|[,;—–-]\s*that'?s costing (?:you|your)\b/i;

export function recapWeighedAsALoss(found: ReadonlySet<RepMove>, text: string): boolean {
  const otherAct = ["blames_customer", "refuses_or_delays", "retention_pitch", "interrogates_reason"] as const;
  return !otherAct.some((move) => found.has(move)) && WEIGHED_AS_A_LOSS.test(text);
}

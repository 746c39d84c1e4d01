import type { Tokens } from "./tokens";

/**
 * Refusals and delays obstruction-deeds.ts does not read (session 16, issue 14 item 7), by clause
 * structure: the act held back until something else has happened ("I'll close it once the meter read
 * is validated", "it won't take effect until…", a notice period), the service limited with "only" ("we
 * only cover toiletries", "but only after the minimum term"), and an answer that opens "not yet". Any act
 * of the rep's after "I can only" ("I can only cancel the whole order") was tried and taken out: it cost
 * precision on the check half of DEV.
 */

/**
 * Conjunctions that hold the main clause back until their own clause has happened; not "until", which runs the
 * act up to it ("I'll keep the case open until the part arrives": a commitment). A negated "won't … until" is
 * HELD_OPEN below.
 */
const UNTIL = /^(?:once|after)$/;
/** The rep's or the request's future: "I'll close it", "we'll cancel", "it will be", "that'll go through". */
const FUTURE_SUBJECT = /^(?:i|we|it|that|this|everything)$/;

/**
 * "I'll cancel it at the end of the week once the system has refreshed", "once the form's in, it will
 * be": the act waits on a thing (a system, a run, a form), not on the rep ("once I've checked") or
 * the customer ("once you've sent the photos": what they must do first).
 */
function heldUntilSomethingElse({ words, pos }: Tokens): boolean {
  // "It'll be cancelled", "that'll go through"; not "it'll work as normal", what the customer gets back.
  const future = words.findIndex(
    (word, i) =>
      FUTURE_SUBJECT.test(word) &&
      /^(?:will|'ll)$/.test(words[i + 1] ?? "") &&
      words[i + 2] !== "not" &&
      (/^(?:i|we)$/.test(word) || /^(?:be|go)$/.test(words[i + 2] ?? "")),
  );
  if (future < 0) return false;
  for (let c = 0; c < words.length; c += 1) {
    if (!UNTIL.test(words[c] ?? "") && !(words[c] === "as" && words[c + 1] === "soon" && words[c + 2] === "as"))
      continue;
    let s = words[c] === "as" ? c + 3 : c + 1;
    while (/^(?:the|a|an|your|our|its|their|this|that|next|new)$/.test(words[s] ?? "") || pos[s] === "ADJ") s += 1;
    if (!["NOUN", "PROPN"].includes(pos[s] ?? "")) continue;
    // The thing's own verb: "…has refreshed", "…is validated", "…comes back", "…'s in".
    const after = words.slice(s + 1, s + 5);
    if (
      after.some((word) =>
        /^(?:has|have|is|are|'s|was|were|comes|goes|runs|clears|finishes|completes|arrives)$/.test(word),
      )
    )
      return true;
  }
  return false;
}

/** What a company gives that "only" limits: "we only cover toiletries", "we can only refund to the card". */
const LIMITED =
  /^(?:refund|cover|offer|accept|allow|issue|provide|reimburse|ship|deliver|match|exchange|pay|honour|honor|extend|book|process|release|replace|repair|credit|compensate|take|do|send|support|guarantee)$/;

function onlyGives({ words, lemmas, pos }: Tokens): boolean {
  for (let o = 1; o < words.length - 1; o += 1) {
    if (words[o] !== "only") continue;
    let s = o - 1;
    if (/^(?:can|will|'ll|do|does|could|would)$/.test(words[s] ?? "")) s -= 1;
    if (!/^(?:i|we|they)$/.test(words[s] ?? "")) continue;
    const v = o + 1;
    if (pos[v] !== "VERB" || !LIMITED.test(lemmas[v] ?? "")) continue;
    // "I'll only take a minute": the rep's time, not the service.
    if (
      /^(?:a|one|two|five|ten)$/.test(words[v + 1] ?? "") &&
      /^(?:minute|moment|second|sec)s?$/.test(words[v + 2] ?? "")
    )
      continue;
    return true;
  }
  return false;
}

/**
 * "It won't take effect until the end of your billing period", "your account will stay open until the final bill
 * is paid": the request held by a negated act or a state kept until something else; not a charge held off
 * ("we won't charge you until the trial ends": a reassurance).
 */
const HELD_OPEN =
  /(?<!\b(?:i|we|you) )\b(?:won'?t|will not|doesn'?t|does not|can'?t|cannot) (?:\w+ ){0,3}(?:until|till)\b|\b(?:stay|stays|remain|remains) (?:open|active|live|on|in place|in force) (?:until|till) (?:the|your|our|we|you|it)\b[^.?!]*\b(?:is|are|has|have|'s|'ve)\b/i;
const CHARGE_HELD =
  /\b(?:charge|bill|debit|take (?:a |any )?payment|contact|bother|call|ring)\w* (?:you|your)\b|\b(?:charged|billed|debited)\b/i;
/** "There's a 30-day notice period", "we need 30 days' notice": the wait the terms put on ending it. */
const NOTICE =
  /\bnotice period\b|\b(?:need|needs|require|requires|give|giving|of) (?:\d+|one|two|three|four|thirty|sixty|ninety|a|a full)[- ](?:days?|weeks?|months?|calendar months?)'?s?'? (?:written )?notice\b/i;
/** "It can be cancelled, but only after the minimum term", "the fee still applies even if you cancel today". */
const ONLY_AFTER =
  /\bbut only (?:after|once|when|if|from|at the end)\b|\b(?:fee|charge|penalty|cost|rate|price|policy|rule|term|terms|minimum)s? (?:still|will still) appl(?:y|ies)\b/i;

/** Whether the sentence holds the act back, limits it, or answers "not yet". */
export function delaysByReading(text: string, tokens: Tokens): boolean {
  if (/^\W*(?:no,?\s+)?not (?:just )?yet\b/i.test(text)) return true;
  if ((HELD_OPEN.test(text) && !CHARGE_HELD.test(text)) || NOTICE.test(text) || ONLY_AFTER.test(text)) return true;
  return heldUntilSomethingElse(tokens) || onlyGives(tokens);
}

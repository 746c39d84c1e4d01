import type { RepMove } from "./moves";
import { matches } from "./move-rules";
import { rule } from "./clause-deeds";
import { repOwnsTheAct } from "./rep-ownership";
import type { Tokens } from "./tokens";

/**
 * Commitments read by who does what and by when (session 16, issue 14 item 7), in forms the phrase rules
 * miss:
 * - the rep's act opening the sentence with no subject, done now: "Unblocking it now", "Resending the
 *   code right now" (the lite model tags such a gerund as a noun or a name at times);
 * - the rep's future act ("I'll", "I'll make sure…", or "I can" offering it) held to a time the phrase rules do not list: "I'll pay them within a week", "we'll
 *   post it by the end of the month", "I'll ring you in a fortnight", "I'll switch it over at the end of the week".
 * - the rep's act from the customer's side, with a time: "You'll hear from me before 5", "expect a call from
 *   us tomorrow morning".
 * - the act named by its noun after "I'll do": "I'll do the booking" reads as "I'll book it".
 * Not a negated act, nor an act that is not one on the customer's matter (looking, checking, trying, waiting).
 */

/** Verbs that are no act on the customer's matter, or that other moves own (passing on, escalating). */
const NOT_AN_ACT =
  /^(?:go|try|hope|wonder|look|check|search|pull|bring|call|speak|talk|ask|say|tell|see|read|have|be|do|feel|think|understand|listen|wait|hold|get|come|leave|want|need|transfer|pass|put|escalate|raise|flag|run|work|keep|let|make|give|take)$/;
const OPENERS = /^(?:ok(?:ay)?|sure|right|great|alright|no|problem|worries|of|course|,|—|-|so|and)$/;
const NOW = /^(?:now|immediately)$/;
const PERIOD = /^(?:weeks?|fortnights?|months?|days?|hours?|minutes?)$/;
const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)$/;

/** The verb a gerund stands for: "unblocking" → "unblock", "resetting" → "reset". */
export function gerundStem(word: string): string {
  const stem = word.replace(/ing$/, "");
  return /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** "Unblocking it now", "Okay, resending the code right now": the act, with no subject, done now. Its verb, or null. */
export function actDoneNow({ words, pos, negation }: Tokens): string | null {
  let i = 0;
  while (i < words.length && OPENERS.test(words[i] ?? "")) i += 1;
  const word = words[i] ?? "";
  if (!/^[a-z]{3,}ing$/.test(word) || negation[i] || !/^(?:VERB|NOUN|PROPN)$/.test(pos[i] ?? "")) return null;
  const stem = gerundStem(word);
  if (NOT_AN_ACT.test(stem) || NOT_AN_ACT.test(`${stem}e`)) return null;
  // The object, then "now" within the clause: "unblocking it now", "crediting your account right now".
  if (!/^(?:DET|PRON)$/.test(pos[i + 1] ?? "")) return null;
  const clauseEnd = words.findIndex((next, j) => j > i && /^[,;:.!?—]$/.test(next));
  const rest = words.slice(i + 2, clauseEnd < 0 ? words.length : clauseEnd);
  return rest.some((next) => NOW.test(next)) ? stem : null;
}

/** A time after the act: "within a week", "in a fortnight", "by the end of the month", "on Friday". */
function timeAt(words: string[], pos: string[], j: number): boolean {
  const word = words[j] ?? "";
  if (/^(?:within|in)$/.test(word)) {
    let k = j + 1;
    while (/^(?:the|next|a|an|couple|of|few|one|two|three|four|five|six|ten)$/.test(words[k] ?? "") || pos[k] === "NUM")
      k += 1;
    return k > j + 1 && PERIOD.test(words[k] ?? "");
  }
  if (/^(?:by|on|before|at)$/.test(word)) {
    const hour = /^(?:\d{1,2}(?::\d\d)?|noon|midday|lunch|lunchtime|midnight)$/.test(words[j + 1] ?? "");
    if (DAY.test(words[j + 1] ?? "") || (word !== "on" && hour)) return true;
    // "By the end of the month", "before the weekend".
    if (words[j + 1] === "the" && word !== "on" && words[j + 2] === "weekend") return true;
    return words[j + 1] === "the" && words[j + 2] === "end" && words[j + 3] === "of";
  }
  return false;
}

/** "I'll pay them within a week": the rep's future act, held to a time in its clause. */
function actByATime({ words, pos, lemmas, negation }: Tokens): boolean {
  return words.some((word, i) => {
    // "I'll…", and "I can…" with a time: the rep's own act, held to it.
    if (!/^(?:i|we)$/.test(word) || !/^(?:will|'ll|shall|can)$/.test(words[i + 1] ?? "")) return false;
    let verb = i + 2;
    while (pos[verb] === "ADV") verb += 1;
    // "I'll make sure someone calls you before noon": the rep answers for the act.
    const sure = lemmas[verb] === "make" && words[verb + 1] === "sure";
    if (pos[verb] !== "VERB" || negation[verb] || (NOT_AN_ACT.test(lemmas[verb] ?? "") && !sure)) return false;
    let end = verb + 1;
    while (end < words.length && !/^[,;:.!?—]$/.test(words[end] ?? "")) end += 1;
    // "…within a week if the claim is approved": a condition anywhere in the clause makes it no promise.
    const clause = words.slice(verb + 1, end);
    if (clause.some((next) => /^(?:if|once|when|unless|until|provided)$/.test(next))) return false;
    return clause.some((_, k) => timeAt(words, pos, verb + 1 + k));
  });
}

/** "You'll hear from me before 5", "expect a call from us tomorrow": the rep's act, from the customer's side. */
function fromTheRepByATime({ words, pos, lemmas, negation }: Tokens): boolean {
  const from = words.findIndex(
    (word, i) =>
      word === "from" &&
      /^(?:me|us)$/.test(words[i + 1] ?? "") &&
      words
        .slice(Math.max(0, i - 4), i)
        .some((_, k) => /^(?:hear|expect|get|receive)$/.test(lemmas[Math.max(0, i - 4) + k] ?? "")),
  );
  if (from < 0 || negation[from - 1] || words.some((word) => /^(?:if|once|unless)$/.test(word))) return false;
  const within = (j: number) => timeAt(words, pos, j) || /^(?:today|tonight|tomorrow)$/.test(words[j] ?? "");
  return words.some((_, j) => within(j));
}

/** "I'll do the booking", "we'll do the refund today": the act named by its noun, read as the verb it stands for. */
function actByItsNoun({ words, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (word !== "do" || negation[i] || !/^(?:will|'ll)$/.test(words[i - 1] ?? "")) return false;
    if (!/^(?:i|we)$/.test(words[i - 2] ?? "") || !/^(?:the|your|that)$/.test(words[i + 1] ?? "")) return false;
    const noun = words[i + 2] ?? "";
    const act = /ing$/.test(noun) ? gerundStem(noun) : noun;
    return act !== noun || /^(?:refund|transfer|repair|reset|update)$/.test(noun)
      ? matches(rule("commits_to_action"), `I'll ${act} it`)
      : false;
  });
}

/** Whether a statement commits the rep to an act by one of the readings above. */
export function commitsByDeed(tokens: Tokens, found: Set<RepMove>, { question }: { question: string | null }): boolean {
  if (
    question ||
    ["transfers", "escalates", "refuses_or_delays", "deflects_channel", "confirms_cancellation"].some((m) =>
      found.has(m as RepMove),
    )
  )
    return false;
  if (repOwnsTheAct(tokens)) return true;
  return actDoneNow(tokens) !== null || actByATime(tokens) || fromTheRepByATime(tokens) || actByItsNoun(tokens);
}

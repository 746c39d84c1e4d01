import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import { escalationHeldToATime, timeAhead } from "./escalation-times";

/**
 * Commitments re-read once the phrase rules and rep-commitments.ts have run (session 17, second round), by who does what:
 * - an escalation held to a time commits the rep too (escalation-times.ts);
 * - someone on the rep's side named with a time: "my colleague will call you tomorrow morning";
 * - the rep's act with its time in a participle after it: "I'm going to swap the handset, delivered tomorrow";
 * - the rep having set someone to it, with a time: "I've asked the warehouse to resend it today".
 * Tried and left out: withdrawing the rep's act inside a relative clause after a noun ("a known problem we're
 * fixing") cost the check half of DEV a commitment.
 */

/** People on the rep's side who act for the customer. */
const OUR_PERSON =
  /^(?:colleague|engineer|technician|driver|courier|nurse|doctor|pharmacist|adviser|advisor|agent|assessor|specialist|manager|supervisor|someone|somebody|team)$/;
const CONTACT = /^(?:call|ring|phone|email|text|contact|visit|come|deliver|collect|bring|drop|fit|install|be)$/;
const WHEN = /^(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** "My colleague will call you tomorrow", "our engineer will be with you on Friday". */
function ourPersonByATime({ words, lemmas, pos, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (!OUR_PERSON.test(lemmas[i] ?? "") || !/^(?:my|our)$/.test(words[i - 1] ?? "")) return false;
    if (!/^(?:will|'ll)$/.test(words[i + 1] ?? "") || negation[i + 2] || !CONTACT.test(lemmas[i + 2] ?? ""))
      return false;
    const rest = words.slice(i + 3);
    if (rest.some((next) => /^(?:if|once|when|unless)$/.test(next))) return false;
    return rest.some((next, k) => WHEN.test(next) && pos[i + 3 + k] !== "VERB");
  });
}

/** "I'm going to swap the handset, delivered tomorrow": the rep's act, then its time in a participle clause. */
function actThenItsTime({ words, pos, lemmas, negation }: Tokens): boolean {
  const rep = words.findIndex((word, i) => /^(?:i|we)$/.test(word) && /^(?:will|'ll|be|go)$/.test(lemmas[i + 1] ?? ""));
  if (rep < 0 || negation.some(Boolean)) return false;
  const comma = words.indexOf(",", rep);
  if (comma < 0 || pos[comma + 1] !== "VERB" || !/(?:ed|en)$/.test(words[comma + 1] ?? "")) return false;
  if (!/^(?:deliver|send|post|ship|fit|install|collect|return|credit|refund|pay)$/.test(lemmas[comma + 1] ?? ""))
    return false;
  return words.slice(comma + 2).some((next) => WHEN.test(next));
}

/** "I've asked the warehouse to resend it today", "we've got the driver to call you by noon": the rep set it going, with a time. */
function setGoingByATime(tokens: Tokens): boolean {
  const { words, lemmas, pos, negation } = tokens;
  return words.some((word, i) => {
    if (!/^(?:i|we)$/.test(word) || !/^(?:have|'ve)$/.test(words[i + 1] ?? "") || negation[i + 2]) return false;
    if (!/^(?:ask|tell|get|instruct)$/.test(lemmas[i + 2] ?? "") || words[i + 2] === lemmas[i + 2]) return false;
    let to = i + 3;
    // Someone else, not the customer ("I've asked you to send it" is their duty).
    while (to < i + 8 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(pos[to] ?? "") && words[to] !== "to") to += 1;
    // The lite model tags a verb after "to" as a noun at times ("to resend/NOUN it").
    const act = pos[to + 1] === "VERB" || (pos[to + 1] === "NOUN" && pos[to + 2] === "PRON");
    return to > i + 3 && words[to] === "to" && act && timeAhead(tokens);
  });
}

/** Adds commits_to_action on the readings above. */
export function readCommitment(found: Set<RepMove>, tokens: Tokens, question: boolean): void {
  if (found.has("commits_to_action")) return;
  if (escalationHeldToATime(found, tokens, question)) found.add("commits_to_action");
  else if (
    !question &&
    !found.has("refuses_or_delays") &&
    (ourPersonByATime(tokens) || actThenItsTime(tokens) || setGoingByATime(tokens))
  )
    found.add("commits_to_action");
}

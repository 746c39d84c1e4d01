import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";

/**
 * An escalation held to a time is a commitment too (session 17, second round): "I've passed it to my supervisor to sign off
 * today", "I'll escalate this to our claims team and you'll hear from them by next Wednesday". The blind labels
 * of DEV read an escalation with a time for what follows as both; one done "now" ("I'm escalating it now, because…")
 * or with no time ("…so it doesn't happen again") as an escalation only. Session 17 kept every escalation as a
 * commitment and lost precision; this reads only the time.
 */

const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today)$/;
const PART_OF_DAY = /^(?:morning|afternoon|evening|lunchtime)$/;
const PERIOD = /^(?:minutes?|hours?|days?|weeks?|fortnight|months?)$/;

/** A time the next step is held to, other than "now": "today", "by next Wednesday", "within 48 hours", "before 6". */
export function timeAhead({ words, pos }: Tokens): boolean {
  return words.some((word, i) => {
    if (/^(?:today|tonight|tomorrow)$/.test(word)) return true;
    const next = words[i + 1] ?? "";
    if (/^(?:this|tomorrow)$/.test(word) && PART_OF_DAY.test(next)) return true;
    if (/^(?:by|on|before|next)$/.test(word)) {
      if (DAY.test(next) || (next === "next" && DAY.test(words[i + 2] ?? ""))) return true;
      if (word !== "on" && /^(?:\d{1,2}(?::\d\d)?(?:am|pm)?|noon|midday|lunchtime)$/.test(next)) return true;
      // "By the end of the day", "before the weekend".
      return next === "the" && (words[i + 2] === "end" || (word !== "on" && words[i + 2] === "weekend"));
    }
    if (/^(?:within|in)$/.test(word)) {
      let k = i + 1;
      while (/^(?:the|next|a|an|couple|of|few)$/.test(words[k] ?? "") || pos[k] === "NUM") k += 1;
      return k > i + 1 && PERIOD.test(words[k] ?? "");
    }
    return false;
  });
}

/** Whether an escalation in a statement is held to a time for its next step. */
export function escalationHeldToATime(found: Set<RepMove>, tokens: Tokens, question: boolean): boolean {
  if (question || !found.has("escalates") || found.has("commits_to_action")) return false;
  if (found.has("refuses_or_delays") || tokens.negation.some(Boolean)) return false;
  return timeAhead(tokens);
}

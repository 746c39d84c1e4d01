import type { RepMove } from "./moves";
import { matches } from "./move-rules";
import { rule } from "./clause-deeds";
import type { Tokens } from "./tokens";

/**
 * The reason the rep gives for passing the case up or on is the escalation's own (session 16, issue 14
 * item 7), as the customer's circumstance given for the rep's act is the act's (account-readings.ts): "I'm
 * escalating this to a manager because your readings were ignored", "I'm flagging it as urgent because
 * there's a baby in the house" justify the escalation; they do not tell the customer what happened. The
 * sentence still explains when it does so before its "because" ("the fault was logged twice, and I'm
 * escalating it because…").
 */

const PASSED_ON: RepMove[] = ["escalates", "transfers"];

export function reasonForPassingOn(found: Set<RepMove>, { words, starts }: Tokens, ruleText: string): boolean {
  if (!PASSED_ON.some((move) => found.has(move))) return false;
  const because = words.findIndex((word, i) => /^(?:because|cos|as|since)$/.test(word) && i > 2);
  if (because < 0 || !words.slice(0, because).some((word) => /^(?:i|we)$/.test(word))) return false;
  return !matches(rule("explains"), ruleText.slice(0, starts[because] ?? 0));
}

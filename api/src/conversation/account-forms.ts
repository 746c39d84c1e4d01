import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import type { SentenceReading } from "./sentence-reading";
import { tellsTheEvent } from "./account-clefts";

/**
 * Session 17 lane s18's readings for explains, applied by rereadings.ts when no other reading found an
 * account: each reads a form of the sentence by its clause structure (see the modules it calls).
 */
export function accountInAnotherForm(
  found: Set<RepMove>,
  reading: Omit<SentenceReading, "moves">,
  tokens: Tokens,
): boolean {
  if (reading.question !== null || reading.sarcastic) return false;
  return tellsTheEvent(found, tokens);
}

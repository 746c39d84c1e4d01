import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import type { SentenceReading } from "./sentence-reading";
import { tellsTheEvent } from "./account-clefts";
import { onlyAVerdictOfCorrectness } from "./account-verdicts";

/**
 * Session 17 lane s18's readings for explains, applied by rereadings.ts once the other readings have run:
 * each entry adds explains (true) or takes it away (false), by the sentence's clause structure (see the
 * modules it calls).
 */
export function rereadAccount(
  found: Set<RepMove>,
  reading: Omit<SentenceReading, "moves">,
  tokens: Tokens,
): [RepMove, boolean][] {
  if (reading.question !== null || reading.sarcastic) return [];
  if (found.has("explains")) return onlyAVerdictOfCorrectness(tokens) ? [["explains", false]] : [];
  return tellsTheEvent(found, tokens) ? [["explains", true]] : [];
}

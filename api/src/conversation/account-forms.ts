import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import type { SentenceReading } from "./sentence-reading";
import { eventCleft, tellsTheEvent } from "./account-clefts";
import { tellsWhySince } from "./account-reasons";
import { onlyAVagueCause, onlyAVerdictOfCorrectness } from "./account-verdicts";

/**
 * Session 17 lane s18's readings for explains, applied by rereadings.ts once the other readings have run
 * (read-turn.ts's later vetoes still hold): each entry adds explains (true) or takes it away (false).
 * Statements only: a question's accounts are account-tails.ts's and account-questions.ts's.
 */
export function rereadAccount(
  found: Set<RepMove>,
  reading: Omit<SentenceReading, "moves">,
  tokens: Tokens,
): [RepMove, boolean][] {
  if (reading.question !== null || reading.sarcastic) return [];
  // "What's happened is…" reads as a statement: the question rule's "what's" asks nothing here.
  const cleft: [RepMove, boolean][] = eventCleft(tokens) >= 0 ? [["asks_question", false]] : [];
  if (found.has("explains"))
    return onlyAVerdictOfCorrectness(tokens) || onlyAVagueCause(tokens) ? [...cleft, ["explains", false]] : cleft;
  return tellsTheEvent(found, tokens) || tellsWhySince(found, tokens) ? [...cleft, ["explains", true]] : cleft;
}

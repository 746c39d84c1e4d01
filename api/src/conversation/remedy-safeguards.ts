import { matches } from "./move-rules";
import { HEDGE, repIsDoing, rule } from "./clause-deeds";
import { tokensWithin, type Tokens } from "./tokens";

/**
 * A remedy read as a safeguard against the fault coming back (session 17, issue 14 item 7): candour that it may
 * happen again, then the rep acting now to stop it: "I can't promise it won't move again, but I'm marking it
 * as 'do not cancel' right now", "I can't guarantee it won't drop again, but I'm putting a fixed route on the
 * line now". The hedge is about the fault recurring ("again"); the act after "but" is the rep's, under way.
 * Not a hedge about timing ("I can't promise when, but I'm chasing it": that is a commitment).
 */

/** Whether a statement guards against the fault recurring, after candour that it might. */
export function safeguardAgainstRecurrence(text: string, tokens: Tokens): boolean {
  const hedge = HEDGE.exec(text);
  if (!hedge || !/\bagain\b/i.test(hedge[0])) return false;
  const end = hedge.index + hedge[0].length;
  const rest = text.slice(end);
  const underWay = /^(?:i|we)(?:'m| am|'re| are)\b/i.test(rest.trim()) && /\b(?:now|today|tonight)\b/i.test(rest);
  return (
    repIsDoing(tokensWithin(tokens, end, text.length), new Set()) ||
    (underWay && matches(rule("commits_to_action"), rest))
  );
}

import type { RepMove } from "./moves";
import { offersToPutRight } from "./clause-deeds";
import { tokensWithin, type Tokens } from "./tokens";

/**
 * Whether a remedy named in a sentence is offered, when the sentence also refuses or passes the
 * customer on (sessions 10 and 12, issue 14 item 7).
 */

/**
 * "I can't waive the full seven months, but I can cut it to one month's notice": after a refusal, the
 * clause that follows "but" offers what can be done; it is read on its own.
 */
export function counterOffers(text: string, tokens: Tokens, found: Set<RepMove>): boolean {
  if (!found.has("refuses_or_delays")) return false;
  const but = /,?\s+but\s+/i.exec(text);
  if (!but) return false;
  const rest = new Set(found);
  rest.delete("refuses_or_delays");
  const after = tokensWithin(tokens, but.index + but[0].length, text.length);
  return !after.words.includes("only") && offersToPutRight(after, rest);
}

/**
 * "I'll transfer you to billing for the credits", "refunds aren't possible": a remedy named while the
 * sentence passes the customer on or refuses is not offered; after a refusal only a clause after
 * "but" can offer ("I can't refund it, but I can…").
 */
export function remedyIsNotOffered(text: string, tokens: Tokens, found: Set<RepMove>): boolean {
  if (found.has("transfers")) return true;
  return found.has("refuses_or_delays") && !counterOffers(text, tokens, found) && !/\bbut\b/i.test(text);
}

import { matches, FEELING_PERSON, rx } from "./move-rules";
import { EMPATHY_CUE, RULES } from "./call-move-rules";
import type { SentenceRule } from "./move-rules";
import { blank } from "./word-senses";

/**
 * "I can see you're calling from abroad", "I see you're on the old tariff": what the rep sees on the
 * account is a finding, not sympathy (session 16, issue 14 item 7). "I can see you're upset" still
 * sympathises: the clause after "see" says how they feel.
 */
const SEEN_ON_THE_ACCOUNT = rx`\bi (?:can )?see (?:that )?you(?:'re| are) (?!(?:(?:really|so|very|clearly|understandably|obviously) )*${FEELING_PERSON}\b)`;

/** Whether the sentence's only sympathy is what the rep sees on the account, and it names no situation of its own. */
export function sympathyIsAFinding(ruleText: string): boolean {
  if (!SEEN_ON_THE_ACCOUNT.test(ruleText)) return false;
  const rest = blank(ruleText, SEEN_ON_THE_ACCOUNT);
  return !matches(EMPATHY_CUE, rest) && !matches(RULES.acknowledges_impact as SentenceRule, ruleText);
}

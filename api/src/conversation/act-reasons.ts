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

/** "as the fault was logged twice" opens a clause; "as a priority fault" names what the case is raised as (session 17, second round). */
function opensAClause({ pos }: Tokens, at: number): boolean {
  let j = at + 1;
  while (/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(pos[j] ?? "")) j += 1;
  return j > at + 1 && /^(?:AUX|VERB)$/.test(pos[j] ?? "");
}

export function reasonForPassingOn(found: Set<RepMove>, tokens: Tokens, ruleText: string): boolean {
  const { words, starts } = tokens;
  if (!PASSED_ON.some((move) => found.has(move))) return false;
  const because = words.findIndex(
    (word, i) => i > 2 && (/^(?:because|cos)$/.test(word) || (/^(?:as|since)$/.test(word) && opensAClause(tokens, i))),
  );
  if (because < 0 || !words.slice(0, because).some((word) => /^(?:i|we)$/.test(word))) return false;
  return !matches(rule("explains"), ruleText.slice(0, starts[because] ?? 0));
}

/**
 * Session 19: the rep's act followed by the sum or the end of charges it comes to: "I'm taking £560 off right
 * now, which brings this month down to £80", "it's ended as of today, so no more paying for it", "I'm raising
 * this with a senior caseworker so one person owns it". The tail is the act's result for the customer; nothing
 * that happened is told. What the act sets going still explains how it works ("…which puts an engineer on it
 * first thing tomorrow", library-gaps.test.ts), and a "because" or "that's why" still tells a cause.
 */
const ACTS: RepMove[] = ["offers_remedy", "commits_to_action", "escalates", "confirms_cancellation"];
const ACT_THEN_RESULT =
  /^(?:(?:yes|yeah|right|ok(?:ay)?|sure|done|great|lovely)[,.!—–-]*\s*)*(?:(?:i|we)(?:'m|'ve|'ll| am| have| will| can| could)?|(?:it|that|your \w+)(?:'s| is| has been) (?:now )?(?:cancell?ed|closed|ended|stopped))\b[^;.?!]*?,?\s+(?:which (?:comes to|brings|works out|leaves|is the \d|is [£$€]?\d)|so (?:there(?:'ll| will) be no|no (?:more|further)|you (?:won't|will not|don't|do not) (?:pay|be charged|see)|one person|the \w+ (?:gets|is) withdrawn))/i;
const CAUSE = /\b(?:because|due to|owing to|that'?s why|the reason|caused|means)\b/i;

export function resultOfTheAct(found: ReadonlySet<RepMove>, text: string): boolean {
  return ACTS.some((move) => found.has(move)) && ACT_THEN_RESULT.test(text) && !CAUSE.test(text);
}

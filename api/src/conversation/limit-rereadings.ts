import type { RepMove } from "./moves";
import type { SentenceReading } from "./sentence-reading";

/**
 * Session 19's readings of limits and of ends put off (issue 14 item 7), applied from rereadings.ts: each
 * entry adds a move (true) or takes one away (false).
 * - A limit told as the most the rep can give ("the most I can do is a £20 credit", "that's the maximum
 *   under our conditions", "refunds are capped at 50%") turns down the rest: it refuses, and claims nothing
 *   is the best.
 * - A window closed with "only" ("we refund within 48 hours of the purchase only") refuses; it offers and
 *   promises nothing.
 * - A remedy hedged and put off to no time ("a refund might be possible at some point", "we may look at
 *   compensation down the line") stalls; nothing concrete is offered or promised.
 * - An end the rep can or will make later ("I can cancel it at the end of your contract period", "it'll be
 *   closed within 5 to 7 working days", "I can cancel it, but the cover runs to August") delays the
 *   cancellation: it is not done now.
 */

const LIMIT =
  /\bthe (?:most|maximum|max|best|furthest) (?:i|we)(?:'m| am|'re| are)? (?:can|could|able|allowed|authori[sz]ed|permitted)\b|\b(?:that'?s|that is|this is|it'?s) (?:the|our|my) (?:maximum|max|limit|cap|ceiling)\b|\b(?:is|are|'s|'re|be) capped at\b/i;

const ONLY_WINDOW = /\bwithin \d+\s*(?:hours?|days?|weeks?|months?)\b[^.?!]*\bonly\b|\bonly within \d/i;

const HEDGE = /\b(?:might|may|maybe|perhaps|possibly|could)\b/i;
const NO_TIME =
  /\b(?:at some (?:point|stage)|(?:further )?down the (?:line|road)|in due course|one day|some ?day|eventually)\b/i;

const END_WORD = /\b(?:cancel|clos|terminat)/i;
/** "I can / we'll / it'll (be) cancel(led) … at the end of …", "the team will action it in 5-7 working days",
 * "I've set it to cancel at your renewal date". */
const END_LATER =
  /\b[\w']+(?: can| could| will|'ll| would|'d|'m going to| am going to|'re going to| are going to|'ve set (?:it|that|this|the \w+|your \w+) to| have set (?:it|that|this|the \w+|your \w+) to)(?: \w+)?? (?:be )?(?:cancel(?:l?ed)?|closed?|terminated?|end(?:ed)?|action(?:ed)?|process(?:ed)?|go through|lapse)\b[^.?!]*?\b(?:at the end of|at (?:your|the) (?:next )?renewal|on (?:your|the) renewal|(?:with)?in \d+(?:\s*(?:to|-|–)\s*\d+)? (?:working |business )?(?:days?|weeks?|hours?)|next (?:week|month))/i;
/** "I can cancel it, but the membership runs to the end of the month": the end granted with a catch. */
const END_WITH_A_CATCH = /\b(?:i|we) can (?:cancel|close|end|stop) (?:it|that|this|(?:the|your) \w+),? but\b/i;
/** Done already: "I've cancelled it, and it ends on the 30th", "it's cancelled, and…" ("I've set it to cancel at the
 * renewal date" is not: the tune labels read it as put off). */
const DONE_NOW =
  /\b(?:i'?ve|i have|we'?ve|we have|it'?s been|it has been|that'?s been)(?: now| just| already)? (?:cancel|clos|terminat|put|processed|done)|\b(?:it'?s|that'?s|is) (?:now |all )?(?:cancell?ed|closed|terminated|done)\b/i;

/**
 * The request held back: "I'm not cancelling anything while you're talking to me like that", "I haven't
 * cancelled anything yet", "so it won't be today", "you'll need to fill in the return form before it's final",
 * "I can cancel it at your renewal date, not before". ("Before I cancel, what would it take to keep you?"
 * presses for a reason; the tune labels call it a refusal three times in ten, so it is left to the reader.)
 */
const HELD_BACK = new RegExp(
  [
    String.raw`\bi(?:'m| am) not (?:going to )?(?:cancell?ing|closing|processing|doing) (?:anything|it|that|this)\b|\bi (?:won't|will not) be (?:cancell?ing|closing|processing|refunding) \w+ (?:until|till|while|before)\b`,
    String.raw`\bi haven'?t (?:cancell?ed|closed|done|processed) (?:anything|it|that) yet\b|\b(?:it|that) won'?t be (?:from me )?today\b|\bnothing (?:can|will) (?:go out|happen|be done|be sent)(?: \w+)? today\b|\bnot before\b`,
    String.raw`\byou'?ll (?:need|have) to\b[^.?!]*\bbefore (?:it'?s|it is|it can|we can|i can)\b|^(?:\w+,? )?to (?:close|cancel|end) (?:the|your|it)\b[^,]*,\s*you'?ll (?:need|have) to\b`,
  ].join("|"),
  "i",
);

export function limitRereadings(found: Set<RepMove>, reading: Omit<SentenceReading, "moves">, ruleText: string) {
  const out: [RepMove, boolean][] = [];
  if (reading.sarcastic || reading.question !== null) return out;
  if (HELD_BACK.test(ruleText)) out.push(["refuses_or_delays", true], ["confirms_cancellation", false]);
  if (LIMIT.test(ruleText)) out.push(["refuses_or_delays", true], ["superiority_pitch", false]);
  if (ONLY_WINDOW.test(ruleText))
    out.push(["refuses_or_delays", true], ["offers_remedy", false], ["commits_to_action", false]);
  if (HEDGE.test(ruleText) && NO_TIME.test(ruleText))
    out.push(["refuses_or_delays", true], ["offers_remedy", false], ["commits_to_action", false]);
  const endLater = END_WORD.test(ruleText) && (END_LATER.test(ruleText) || END_WITH_A_CATCH.test(ruleText));
  if (endLater && !DONE_NOW.test(ruleText))
    out.push(["refuses_or_delays", true], ["confirms_cancellation", false], ["explains", false]);
  return out;
}

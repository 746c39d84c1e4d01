import { rx } from "./move-rules";

/**
 * Session 19's forms of asking what the problem did to the customer's life (issue 14 item 7), added to the
 * asks_about_impact rule in call-move-rules.ts: what it has been like ("what have the last few nights been
 * like at home?"), what they ended up having to do, what it meant for someone, how an evening or the news
 * went, and where it left them. Still only in a question or a prompt to tell ("talk me through…").
 */
export const IMPACT_ASKS: RegExp[] = [
  rx`\bbeen like\b|\bwhat (?:was|were) (?:it|that|things|the \w+|your \w+)(?: \w+){0,3} like\b(?! to)|\bwhat (?:the|your) \w+(?: \w+)? (?:was|were) like\b`,
  rx`\bwhat did (?:you|they|she|he) (?:end up|have to) do(?:ing)?\b|\bend(?:ed)? up having to\b`,
  rx`\b(?:mean|meant) for (?:her|him|them|the \w+|his \w+|her \w+)\b`,
  rx`\bhow did (?:\w+ ){1,3}take (?:it|the news)\b|\bhow did (?:the rest of )?(?:the|your) (?:evening|night|day|weekend|party|event|trip|holiday|birthday|wedding|meeting) go\b|\bland (?:for|with) you\b`,
  rx`\b(?:where|how) has (?:all )?(?:this|that|it) left you\b|\bthrown (?:your|you)\b|\bstopped you (?:from )?doing\b|\b(?:gotten|got|getting) in the way\b|\bdone to your\b|\bchanged how you\b`,
  rx`\bhow (?:the |your )?(?:last|past) [^.?!]*\b(?:been|gone)\b|\bhow things (?:are|have been)\b|\bhow (?:this|it|that) has (?:hit|left|affected) you\b`,
];

/** Prompts to tell the story, beside move-rules.ts's IMPACT_PROMPT: "talk me through…", "I'd really like to hear…". */
export const IMPACT_PROMPT_MORE = rx`^(?:\w+,? )?(?:talk me through|walk me through|i'?d (?:really |genuinely )?(?:like|love) to (?:know|understand|hear))\b`;

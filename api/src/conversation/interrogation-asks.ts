import { rx } from "./move-rules";

/**
 * Session 19's forms of pressing the customer for their reason to leave (issue 14 item 7), added to the
 * interrogates_reason rule in call-move-rules.ts: what put them off or prompted it, what it would take, whether
 * it is "really" the one thing or something else, which rival and what it offers, "why cancel…", "would you
 * still want to go". Each asks about the decision, not about the problem or its toll.
 */
export const INTERROGATION_ASKS: RegExp[] = [
  rx`\bwhat(?:'?s| is| has)(?: it)?(?: exactly)?(?: that'?s)? (?:put|putting) you off\b|\bwhat(?:'?s| has) prompted (?:this|that|it|the)\b|\bwhat'?s changed\s*\?\s*$`,
  rx`\bwhat (?:would|will) it take (?:for you )?to (?:stay|keep (?:you|going)|give us|stick|remain|change your mind|reconsider|renew)\b|\bnothing (?:that )?(?:would|could) (?:make|keep|change)\b|\bmake you (?:stay|reconsider|change your mind)\b`,
  rx`^(?:\w+,?\s+)?is it (?:really |just |only )?[^?]*,? or (?:is there |is it )?(?:something|anything|another reason|someone|just)\b`,
  rx`\b(?:help me understand|talk me through|walk me through) what (?:else |exactly |actually )*(?:you'?re|you are|'?s|is) (?:unhappy|not (?:working|happy|right))\b`,
  rx`^(?:\w+,?\s+)?why (?:cancel|close|leave|go|switch|end|stop|move)\b|\bwhy are you (?:moving|leaving|switching|going)\b`,
  rx`\bwhat are they offering\b|\bwhich (?:provider|company|supplier|network|bank|insurer) are you (?:looking at|going to|moving to|switching to)\b`,
  rx`\bis there a (?:particular )?reason you\b|\bwould you still (?:want to )?(?:go|leave|cancel|switch)\b`,
];

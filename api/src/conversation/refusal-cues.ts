/** Cues the refusal rule and the reader share: policy given as a reason, and a time a wait takes or is bounded by. */

/**
 * Policy given as the reason not to ("that's policy", "our policy is that …", "policy says I can't",
 * "against policy"), not a policy that is the customer's product ("the policy covers sudden damage").
 */
export const POLICY_AS_REASON =
  /\b(?:that|it|this)(?:'?s| is) (?:just |simply |only |all )?(?:(?:our|the|company|bank|hotel|airline|store|standard|strict)'?s? )*polic(?:y|ies)\b|\b(?:our|company|the company'?s|strict) polic(?:y|ies)\b|\bpolic(?:y|ies) (?:says?|states?|is that|is we|requires?|dictates?|prevents?|forbids?|stops?|won'?t|will not|doesn'?t|does not|don'?t|do not|only)\b|\b(?:against|per|due to|because of|in line with|outside) (?:our |the |company )*polic(?:y|ies)\b/i;

/** A number of days, in digits or words, or a range of them ("5-7", "five to seven"). */
const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|thirty)`;
const COUNT = String.raw`(?:a few|several|${NUMBER}(?:(?:[- ]|\s+to\s+)${NUMBER})?)`;

/** How long something takes, in days ("it can take up to 15 working days"): a wait put to the customer. */
export const WAIT_TIME = new RegExp(
  String.raw`\b(?:take|takes|taking) (?:up to )?${COUNT} (?:business |working )?(?:days|weeks)\b(?!')|\b${COUNT} (?:business|working) days\b(?!')`,
  "i",
);
/** The same time stated as a bound the company holds itself to: "within 10 working days", "in 3 to 5 working days". */
export const TIME_BOUND = new RegExp(
  String.raw`\b(?:within|in|by|inside) (?:the next )?${COUNT} (?:business |working )?(?:days|weeks)\b`,
  "i",
);
/** Only a reply is bounded ("a colleague will call you back within five to seven working days"): a wait, not a step. */
export const ONLY_A_REPLY =
  /\b(?:call(?:s|ing)? (?:you )?back|(?:a|the) call ?back|get(?:s|ting)? back to you|be in touch|hear (?:back )?from|(?:contact|reply to|respond to|ring|call|email) you|a (?:reply|response|callback))\b/i;

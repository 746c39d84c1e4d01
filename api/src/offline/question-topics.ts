import type { Persona } from "../library/persona-schema";

/**
 * What a rep's question asks about, so the offline customer answers the question rather than the
 * move (issue 14): "how has this affected your work?" is about impact, "can I ask why you want to
 * cancel?" about the reason. Built-in topics are recognised by these cues; a persona adds its own
 * topics (or more words for a built-in one) with `answers[].asked_by`. First match wins, so the
 * more specific topics come first.
 */
const BUILT_IN_CUES: [topic: string, cue: RegExp][] = [
  [
    "go_ahead",
    /^(?:so,?\s*)?(?:let me|i'?ll|i will|i can|i'?d like to|allow me to) (?:explain|tell you|walk you through|go through|run through)\b/i,
  ],
  [
    "impact",
    /\b(?:affect(?:ed|ing)?|impact(?:ed)?|effect on|cost(?:ing)? (?:you|the|your)|(?:has|did) (?:today|this|it|that) (?:cost|mean)|meant for you|been for you|been like for you|toll|hit you|hurt your|set you back|(?:what(?:'s| is) )?at stake|riding on|(?:are you|you're) up against|(?:what's|what is) the deadline|(?:what time|when) (?:(?:do|will|would|must) )?you (?:need|have) to (?:be|get|leave|start)|(?:is there|have you got) (?:something|anything) (?:important|on|planned)|what(?:'s| is) (?:happening|on) (?:tomorrow|in the morning|later)|how (?:has|is|are|have) (?:he|she|they|your (?:mum|mom|dad|mother|father|son|daughter|husband|wife|partner|family|child|baby|kids?))(?: been| doing| feeling| coping))\b/i,
  ],
  [
    "reason",
    /\bwhy\b.*\b(?:cancel|leav|switch|go|close|want|move)|\b(?:reason|what made you|what's made you|what has made you|what is making you|what's behind|what(?:'s| has| is)? (?:prompted|prompting|brought (?:this|it) (?:on|about)|led to)|not liking|unhappy with|decided to)\b/i,
  ],
  [
    // "Is there anything else I can help with?": the close, not a question about what they want.
    "anything_else",
    /\b(?:anything else|is there anything (?:more|further)|what else can (?:i|we)|any other questions)\b/i,
  ],
  [
    "wants",
    /\bwhat (?:would|can|could|do|should) (?:you|i|we)\b.*\b(?:like|want|need|help|make|do for you|fix|see)\b|\bhow can i help\b|\bwhat would help\b|\bwhat (?:outcome|result)\b|\bwhat are you (?:hoping|looking) for\b/i,
  ],
  [
    "account",
    /\b(?:account (?:number|holder)|(?:booking|order|policy|claim|case|ticket|membership|member|customer|card|reservation|tenancy|reference) (?:number|reference|ref|id)|your reference|your (?:full )?name|who am i speaking|post ?code|zip|(?:your|the) address|date of birth|verify|security question|confirm (?:your|the) (?:details|identity))\b/i,
  ],
  [
    "contact",
    /\b(?:email address|your email|phone number|mobile number|best number|contact (?:number|details)|your number|reach you|contact you|call you back on)\b/i,
  ],
  [
    // "Would you like me to go ahead?": asking leave to do what the customer asked for.
    "consent",
    /\b(?:would you like|do you want|shall|should|can|may) (?:me|us|i|we) (?:to )?(?:go ahead|proceed|do that|process (?:that|it|this)|sort (?:that|it) out|put (?:that|it) through|action (?:that|it)|get (?:that|it) done)\b|\b(?:shall|should) i (?:go ahead|proceed)\b|\bare you happy for me to\b|\bokay (?:for me )?to (?:go ahead|proceed)\b/i,
  ],
  [
    // "Does that work for you?" after an offer asks whether they agree, not when they are free.
    "agreement",
    /\b(?:does|would|will|could|do) (?:that|this|it|those|these) (?:work|suit|sound)\b|\bhow (?:does|do) (?:that|this|those|these) sound\b|\b(?:is|are) (?:that|this|those|these) (?:okay|ok|alright|all right|acceptable|fair)\b|\bare you (?:happy|okay|ok|comfortable|alright) with\b|\b(?:does|would|will) (?:that|this|it) (?:cover|help|answer|sort)\b|\b(?:is|was) (?:that|this) (?:everything|all) you need(?:ed)?\b|\bhave you got (?:everything|all) you need\b/i,
  ],
  [
    "availability",
    /\b(?:which|what) (?:day|date|time)s?\b|\bwhen (?:are|would|is|will) (?:you|it|a good)\b|\b(?:available|work for you|suit you|convenient|free (?:on|this|tomorrow))\b/i,
  ],
  ["tried", /\b(?:have|did) you (?:tried|try|restart|reboot|unplug|check(?:ed)?|turn(?:ed)?)\b/i],
  [
    "history",
    /\bwhen did (?:it|this|the)\b|\bhow long\b|\bhow many times\b|\bwhat happened\b|\btell me (?:more|what)\b|\bwalk me through\b|\bsince when\b/i,
  ],
];

/** The topic a rep's question (one sentence) asks about, or null when none is recognised. */
export function questionTopic(persona: Persona, question: string): string | null {
  const lower = question.toLowerCase();
  const own = persona.answers.find((entry) =>
    (entry.asked_by ?? []).some((phrase) => containsPhrase(lower, phrase.toLowerCase())),
  );
  if (own) return own.topic;
  return BUILT_IN_CUES.find(([, cue]) => cue.test(question))?.[0] ?? null;
}

/** A phrase from a persona file, matched as whole words (authors' words are never a pattern). */
function containsPhrase(text: string, phrase: string): boolean {
  let from = text.indexOf(phrase);
  while (from >= 0) {
    const before = text[from - 1] ?? " ";
    const after = text[from + phrase.length] ?? " ";
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    from = text.indexOf(phrase, from + 1);
  }
  return false;
}

/** Lines that answer questions nobody scripted: the customer says they do not know. */
export const DEFAULT_UNKNOWN = ["I don't know, sorry.", "I'm not sure. I don't know that."];
export const DEFAULT_GO_AHEAD = ["Okay. Go on.", "Please do."];
/** Agreeing to what was offered, by mood band: an angry customer answers the offer itself instead. */
export const DEFAULT_AGREEMENT: Record<"mid" | "low", string[]> = {
  mid: ["Okay. As long as it actually happens.", "I suppose so, if it's really sorted."],
  low: ["Yes, that works.", "Yes. That's fine."],
};
/** How to reach them, for a persona whose file does not say. */
export const DEFAULT_CONTACT = ["It's the mobile number on the account.", "Use the number you have for me."];
/** Leave to do what they asked for: given. (Leave to apply a pitch or an offer is answered as that move.) */
export const DEFAULT_CONSENT = ["Yes. Please do.", "Yes, go ahead."];
/** "Anything else?" at the close: nothing, by mood band; an angry customer holds the rep to the fix. */
export const DEFAULT_NOTHING_ELSE: Record<"high" | "mid" | "low", string[]> = {
  high: ["Just make sure it actually happens.", "No. Just get it done."],
  mid: ["No, that's everything.", "No, that's it. Thanks."],
  low: ["No, that's everything. Thank you.", "No, that's all. Thanks for your help."],
};
export const DEFAULT_FAREWELL = ["Okay. Thanks. Bye.", "Alright. Thank you. Bye."];
/** Asking again what the rep's close left unanswered: the lead-in, by mood band. */
export const REASK_LEAD_IN: Record<"high" | "mid" | "low", string> = {
  high: "You haven't answered me.",
  mid: "Sorry, you didn't say.",
  low: "Sorry, one more thing before you go.",
};

import type { Tokens } from "./tokens";

/**
 * More ways a rep sentence confirms the cancellation in answer to a request to end (session 16, issue 14
 * item 7); answer-readings.ts decides the customer asked. Still by who does what to what:
 * - the request as the one the handling is done to: "It's being processed as we speak", "that's all been
 *   actioned", "it's gone through";
 * - the rep ending what the customer asked to end, whatever it is called: "I've stopped the order", "we've
 *   closed the booking" (without the request, "the order" could be anything; in answer to it, it is theirs).
 * - "All sorted", "you're all set", and the customer taken off by the rep: "I've removed you from the list".
 * Not a negated verb, nor a clause of condition or time ("once it's processed, …").
 */

const HANDLED = /^(?:process|action|do|sort|complete|submit|log|lodge|finalise|finalize|handle|arrange)$/;
const END = /^(?:cancel|terminate|end|close|stop|deactivate|discontinue|disconnect)$/;
const PRONOUN = /^(?:it|that|this|everything)$/;
const SCENE = /^(?:if|once|when|whenever|after|before|unless|until|till)$/;

/** "It's being processed", "that's been actioned", "it's all gone through": the request handled. */
function requestHandled({ words, lemmas, pos, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (!PRONOUN.test(word) || !/^(?:is|'s|has|have)$/.test(words[i + 1] ?? "")) return false;
    let at = i + 2;
    while (/^(?:now|just|already|all|being|been|currently|officially|fully)$/.test(words[at] ?? "")) at += 1;
    if (pos[at] !== "VERB" || negation[at]) return false;
    const lemma = lemmas[at] ?? "";
    // "it's gone through", "that's been put through".
    if (/^(?:go|put)$/.test(lemma)) return /^(?:through|thru)$/.test(words[at + 1] ?? "");
    const passive =
      words.slice(i + 2, at).some((w) => /^(?:being|been)$/.test(w)) || /^(?:is|'s)$/.test(words[i + 1] ?? "");
    return passive && /(?:ed|ne)$/.test(words[at] ?? "") && (HANDLED.test(lemma) || END.test(lemma));
  });
}

/** "I've stopped the order", "we're closing the booking now": the rep ending a thing named after the verb. */
function repEndsIt({ words, lemmas, pos, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (pos[i] !== "VERB" || negation[i] || !END.test(lemmas[i] ?? "")) return false;
    let aux = i - 1;
    while (/^(?:just|now|already|also|gone|ahead|and)$/.test(words[aux] ?? "")) aux -= 1;
    const tense =
      (/^(?:have|'ve)$/.test(words[aux] ?? "") && /ed$/.test(word)) ||
      (/^(?:am|are|'m|'re)$/.test(words[aux] ?? "") && /ing$/.test(word));
    if (!tense || !/^(?:i|we)$/.test(words[aux - 1] ?? "")) return false;
    // "I've stopped the engineer from coming" keeps something from happening; it ends nothing the customer holds.
    if (words.slice(i + 1, i + 6).some((next, k) => next === "from" && /ing$/.test(words[i + 2 + k] ?? "")))
      return false;
    return (
      /^(?:DET|PRON)$/.test(pos[i + 1] ?? "") && words.slice(i + 2, i + 5).some((_, k) => pos[i + 2 + k] === "NOUN")
    );
  });
}

/** "All sorted", "that's all sorted for you", "you're all set": British for "done", opening the answer. */
const SORTED =
  /^(?:(?:ok(?:ay)?|right|sure|great|lovely)[,.!\s—–-]*)*(?:all sorted|sorted|(?:that's|that is|it's|it is|you're|you are) (?:all |now )?(?:sorted|set))\b/i;

/** "I've removed you from the membership", "we've taken you off the list": the customer taken out by the rep. */
function repTakesThemOff({ words, lemmas, pos, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (pos[i] !== "VERB" || negation[i] || !/^(?:remove|take)$/.test(lemmas[i] ?? "")) return false;
    if (words[i + 1] !== "you" || !/^(?:from|off)$/.test(words[i + 2] ?? "")) return false;
    return /^(?:i|we)$/.test(words[i - 2] ?? "") && /^(?:have|'ve|am|'m|are|'re|will|'ll)$/.test(words[i - 1] ?? "");
  });
}

const ENDED = String.raw`(?:cancell?ed|closed|stopped|ended|deleted|removed|terminated|deactivated|disconnected)`;
/**
 * Session 19: the thing asked to be ended, said to be ended now, whatever it is called: "the roses are cancelled",
 * "your unit's closed as of today", "that's the pass cancelled now", and the bare participle as the answer:
 * "Cancelled, yes.", "Plan cancelled."
 */
const ENDED_NOW = new RegExp(
  [
    String.raw`^(?:(?:ok(?:ay)?|right|sure|yes|yep|great|lovely|no problem)[,.!\s—–-]*)*(?:(?:your|the|that|this) )?(?:[\w-]+(?:'s)? ){0,2}${ENDED}(?:\s*[,.!—–-]|\s+(?:now|today|yes|for you|as of|effective)\b|$)`,
    String.raw`\bthat'?s (?:the|your) (?:[\w-]+ ){1,3}${ENDED}\b`,
    String.raw`\b(?:the|your|those|these) (?:[\w-]+ ){1,3}(?:is|are|'s|'re|has been|have been|'ve been)(?: now| all| just| officially)? ${ENDED}\b`,
    String.raw`\b${ENDED}\b[^.?!]*\bas of (?:today|now|this call|this morning|this afternoon)\b|\b(?:'s|is|has been)(?: now)? ${ENDED} as of\b`,
  ].join("|"),
  "i",
);

/** "The roses are cancelled", "Plan cancelled.": the thing named as ended now, with no "not" in the sentence
 * ("Your plan isn't cancelled yet"). */
export function namesItEnded(tokens: Tokens, text: string): boolean {
  return ENDED_NOW.test(text.trim()) && !tokens.negation.some(Boolean);
}

/** Whether the sentence confirms, read in answer to a request to end a service. */
export function confirmsInAnswer(tokens: Tokens, text: string): boolean {
  if (tokens.words.some((word) => SCENE.test(word))) return false;
  return (
    SORTED.test(text.trim()) ||
    namesItEnded(tokens, text) ||
    requestHandled(tokens) ||
    repEndsIt(tokens) ||
    repTakesThemOff(tokens)
  );
}

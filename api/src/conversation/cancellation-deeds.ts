import { clauses } from "./clause-spans";
import type { Tokens } from "./tokens";

/**
 * The customer's cancellation done or under way, read by who does what to what (session 14, issue 14
 * item 7), as obstruction-deeds.ts reads refusals: a verb of ending by its lemma, its subject and
 * auxiliaries, and what it ends.
 * - the rep ending it, done, under way or promised: "I've ended your membership", "we're stopping the
 *   subscription now", "I'll close the contract today", "cancelling that for you now";
 * - the service or the customer as the one it is done to: "your broadband has been deactivated",
 *   "that's you cancelled", "you're all cancelled";
 * - the request under way, or handled by the rep: "your cancellation has now gone through", "the
 *   cancellation's been logged", "I've submitted your cancellation request", "I can confirm your cancellation".
 * Not a question, a negated verb, nor a clause of condition or time ("once I've closed the account…").
 */

/** Verbs that end the customer's service with no service named ("I've cancelled it", "you're all cancelled"). */
export const CANCEL = /^(?:cancel|terminate)$/;
/** Verbs that end it only when a service is named ("end your membership", not "end the call"). */
export const END = /^(?:cancel|terminate|end|close|stop|deactivate|discontinue|disconnect)$/;
/** What a customer holds and can leave. */
export const SERVICE =
  /^(?:account|service|subscription|membership|contract|plan|policy|line|broadband|internet|package|agreement|cover|tariff|bundle)s?$/;
export const REP = /^(?:i|we)$/;
/** A clause of condition or time sets the scene for a later act; it confirms nothing. */
const SCENE = /^(?:if|once|when|whenever|after|before|unless|until|till|as soon as)$/;
/** Adverbs and helpers between the auxiliary and the verb ("just", "now", "gone ahead and"). */
const BETWEEN = /^(?:just|now|already|also|officially|all|fully|gone|go|going|ahead|and|be|been|to|personally)$/;

/** Whether a service is named within a few words after the verb (its object). */
function endsAService(words: string[], from: number, to: number): boolean {
  return words.slice(from, Math.min(to, from + 5)).some((word) => SERVICE.test(word));
}

function confirmsInClause(tokens: Tokens, from: number, to: number): boolean {
  const { words, pos, lemmas, negation } = tokens;
  if (words.slice(from, to).some((word) => SCENE.test(word))) return false;
  for (let i = from; i < to; i += 1) {
    const lemma = lemmas[i] ?? "";
    if (pos[i] !== "VERB" || !END.test(lemma) || negation[i]) continue;
    // "Cancel it", "cancel that for you": a pronoun stands for the service; "cancel the engineer visit" does not.
    const bare =
      CANCEL.test(lemma) && (i + 1 >= to || /^(?:it|that|this|everything|for|now|today)$/.test(words[i + 1] ?? ""));
    let at = i - 1;
    while (at >= from && BETWEEN.test(words[at] ?? "")) at -= 1;
    const aux = words[at] ?? "";
    const subject = words[at - 1] ?? "";
    const form = words[i] ?? "";
    // "I've ended…", "we're closing…", "I'll stop…": the rep ending it, in the tense its auxiliary asks for.
    const tense =
      (aux === "have" && /ed$/.test(form)) ||
      (/^(?:am|are)$/.test(aux) && /ing$/.test(form)) ||
      (/^(?:will|shall)$/.test(aux) && form === lemma);
    const repActs = (REP.test(subject) && tense) || (REP.test(aux) && /^(?:gone|go)$/.test(words[at + 1] ?? ""));
    if (repActs && (bare || endsAService(words, i + 1, to))) return true;
    // "Cancelling that for you now": the act with no subject, opening the clause.
    if (at < from && /ing$/.test(form) && (bare || endsAService(words, i + 1, to))) return true;
    // "Your broadband has been deactivated", "that's you cancelled", "you're all cancelled".
    if (!/ed$/.test(form)) continue;
    // "that's you cancelled": the customer named between the copula and the participle.
    if (aux === "you" && /^(?:is|'s)$/.test(words[at - 1] ?? "") && bare) return true;
    const passive =
      /^(?:is|are|'s|'re)$/.test(aux) || (/^(?:has|have)$/.test(aux) && words.slice(at, i).includes("been"));
    if (!passive) continue;
    const holder = words.slice(from, at).filter((word) => word !== "all");
    if (holder.includes("you") && bare) return true;
    if (holder.some((word) => SERVICE.test(word))) return true;
  }
  return false;
}

/** The request itself, named as a noun ("your cancellation", "the termination request"). */
export const REQUEST = /^(?:cancell?ation|termination|disconnection|closure)s?$/;
/** What is done with a request once it is under way ("logged", "submitted", "gone through"). */
const HANDLED = /^(?:confirm|complete|process|submit|action|finalise|finalize|log|lodge|book|put|push|go|raise)$/;

/** "Your cancellation has now gone through", "the cancellation's been logged": the request under way. */
function requestUnderWay({ words, pos, lemmas, negation }: Tokens, from: number, to: number): boolean {
  const at = words.findIndex((word, i) => i >= from && i < to && REQUEST.test(word) && pos[i] === "NOUN");
  if (at < 0) return false;
  let i = at + 1;
  if (words[i] === "request") i += 1;
  if (!/^(?:has|have|'s|is|are|was)$/.test(words[i] ?? "")) return false;
  i += 1;
  while (i < to && /^(?:just|now|already|also|officially|all|fully|been|be)$/.test(words[i] ?? "")) i += 1;
  if (pos[i] !== "VERB" || negation[i] || !HANDLED.test(lemmas[i] ?? "")) return false;
  // "gone through", "put through", "booked in"; a handled request in its own right ("logged", "submitted").
  return !/^(?:go|put|push)$/.test(lemmas[i] ?? "") || /^(?:thru|through|in)$/.test(words[i + 1] ?? "");
}

/** "I've submitted your cancellation request", "I'm logging the cancellation now", "I can confirm your cancellation". */
function requestHandledByRep({ words, pos, lemmas, negation }: Tokens, from: number, to: number): boolean {
  return lemmas.some((tagged, i) => {
    // The lite model reads some gerunds as nouns ("I'm logging/NOUN the cancellation").
    const gerund = pos[i] === "NOUN" && /ing$/.test(words[i] ?? "");
    const lemma = gerund ? (words[i] ?? "").replace(/ing$/, "").replace(/(.)\1$/, "$1") : tagged;
    if (i < from || i >= to || (pos[i] !== "VERB" && !gerund) || negation[i] || !HANDLED.test(lemma)) return false;
    if (/^(?:go|put|push|book)$/.test(lemma)) return false;
    let at = i - 1;
    while (at >= from && /^(?:just|now|already|also|personally)$/.test(words[at] ?? "")) at -= 1;
    const aux = words[at] ?? "";
    const form = words[i] ?? "";
    const tense =
      (aux === "have" && /ed$/.test(form)) ||
      (/^(?:am|are)$/.test(aux) && /ing$/.test(form)) ||
      (/^(?:will|shall)$/.test(aux) && form === lemma) ||
      (aux === "can" && lemma === "confirm");
    if (!tense || !REP.test(words[at - 1] ?? "")) return false;
    // The request is what is handled: it heads the object ("your cancellation request", not "your
    // complaint about the cancellation fee").
    const object = pos.findIndex((tag, j) => j > i && j < to && tag === "NOUN");
    return object > 0 && REQUEST.test(words[object] ?? "");
  });
}

/** Whether a statement confirms the cancellation by its deed; the caller rules out questions. */
export function confirmsByDeed(tokens: Tokens): boolean {
  return clauses(tokens).some(
    ([from, to]) =>
      !tokens.words.slice(from, to).some((word) => SCENE.test(word)) &&
      (confirmsInClause(tokens, from, to) ||
        requestUnderWay(tokens, from, to) ||
        requestHandledByRep(tokens, from, to)),
  );
}

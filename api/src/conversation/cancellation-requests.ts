import { clauses } from "./clause-spans";
import type { Tokens } from "./tokens";
import { CANCEL, END, REP, REQUEST, SERVICE } from "./cancellation-deeds";

/**
 * Cancellations confirmed in forms cancellation-deeds.ts does not read (session 15, issue 14 item 7),
 * still by who does what to what, and only when the sentence itself names what is ended (a service,
 * the cancellation, or "it" after a verb of cancelling): "Sure, I'll start that for you now" or "I'll
 * put it through" point back to an earlier request and are not read as cancellations.
 * - the future passive: "your contract will be terminated from tomorrow", "your cancellation will be
 *   processed today", "the line's going to be disconnected on Friday";
 * - a phrasal verb split by its object, or the rep getting it done: "I'm putting the cancellation
 *   through now", "I've put the cancellation in", "I'll get that cancelled for you now";
 * - the rep's act after "let me", or going ahead with the request: "let me cancel that for you",
 *   "I'm going ahead with the cancellation now";
 * - a second verb sharing the rep's auxiliary: "I've stopped the direct debit and closed your account";
 * - the recap "that's the cancellation done", "that's your membership closed";
 * - the service ending at a time, its renewal stopped, the request to leave handled: "the account closes
 *   at midnight", "your membership won't renew", "I've processed your request to leave".
 * Not a question (the caller rules them out), a negated verb, nor a clause of condition or time.
 */

/** Phrasal verbs of ending: "switched off", "cut off". */
const END_OFF = /^(?:switch|cut|shut|turn)$/;
const HANDLED = /^(?:process|complete|submit|action|finalise|finalize|log|lodge|confirm)$/;
const SCENE = /^(?:if|once|when|whenever|after|before|unless|until|till|as soon as)$/;
const ADVERBS = /^(?:just|now|already|also|officially|all|fully|personally|then)$/;

type Span = [number, number];

/** The noun phrase of the clause's subject, before the auxiliary at `at`, names a service or the request. */
function subjectNamesIt(words: string[], from: number, at: number): boolean {
  return words.slice(from, at).some((word) => SERVICE.test(word) || REQUEST.test(word));
}

/** A participle that ends the service or handles the request, and is not negated. */
function endingParticiple({ words, lemmas, pos, negation }: Tokens, i: number, request: boolean): boolean {
  if (pos[i] !== "VERB" || negation[i] || !/(?:ed|off|cut|shut)$/.test(words[i] ?? "")) return false;
  const lemma = lemmas[i] ?? "";
  if (END.test(lemma) || (request && HANDLED.test(lemma))) return true;
  return END_OFF.test(lemma) && words[i + 1] === "off";
}

/** "Your contract will be terminated", "the cancellation's going to be processed", "the line has been switched off". */
function futurePassive(tokens: Tokens, [from, to]: Span): boolean {
  const { words } = tokens;
  for (let i = from; i < to; i += 1) {
    const future =
      (/^(?:will|'ll|shall)$/.test(words[i] ?? "") && words[i + 1] === "be") ||
      (/^(?:is|are|'s|'re)$/.test(words[i] ?? "") && words[i + 1] === "going" && words[i + 2] === "to") ||
      (/^(?:is|are|'s|'re)$/.test(words[i] ?? "") && words[i + 1] === "being") ||
      (/^(?:has|have|'s|'ve)$/.test(words[i] ?? "") && words[i + 1] === "been");
    if (!future || !subjectNamesIt(words, from, i)) continue;
    let at = i + 1;
    while (at < to && (/^(?:be|been|being|going|to)$/.test(words[at] ?? "") || ADVERBS.test(words[at] ?? ""))) at += 1;
    const request = words.slice(from, i).some((word) => REQUEST.test(word));
    if (endingParticiple(tokens, at, request)) return true;
  }
  return false;
}

/** The rep as subject of the verb at `i`, with an auxiliary in the tense it asks for. */
function repDoes(words: string[], from: number, i: number, lemma: string): boolean {
  let at = i - 1;
  // "I've gone ahead and put…": the auxiliary is the first verb's.
  while (at >= from && (ADVERBS.test(words[at] ?? "") || /^(?:gone|go|going|ahead|and)$/.test(words[at] ?? "")))
    at -= 1;
  const aux = words[at] ?? "";
  const form = words[i] ?? "";
  const tense =
    ((aux === "have" || aux === "'ve") && (form !== lemma || lemma === "put")) ||
    (/^(?:am|are|'m|'re)$/.test(aux) && /ing$/.test(form)) ||
    (/^(?:will|'ll|shall)$/.test(aux) && form === lemma);
  if (tense && REP.test(words[at - 1] ?? "")) return true;
  // "Let me cancel that", "I'm going to cancel…" is cancellation-deeds' own.
  return aux === "me" && words[at - 1] === "let" && form === lemma;
}

/** "I'm putting the cancellation through", "I've put the cancellation in", "I'll get that cancelled". */
function repPutsItThrough(tokens: Tokens, [from, to]: Span): boolean {
  const { words, lemmas, pos, negation } = tokens;
  for (let i = from; i < to; i += 1) {
    const lemma = lemmas[i] ?? "";
    if (pos[i] !== "VERB" || negation[i] || !/^(?:put|push|get)$/.test(lemma)) continue;
    if (!repDoes(words, from, i, lemma)) continue;
    const rest = words.slice(i + 1, Math.min(to, i + 6));
    const object = rest.findIndex((word) => REQUEST.test(word));
    if (lemma !== "get" && object >= 0 && /^(?:thru|through|in)\.?$/.test(rest[object + 1] ?? "")) return true;
    if (lemma !== "get") continue;
    // "get the cancellation processed", "get that cancelled", "get your account closed".
    const named = rest.findIndex((word) => REQUEST.test(word) || SERVICE.test(word) || /^(?:it|that|this)$/.test(word));
    const next = i + 2 + named;
    if (named < 0 || pos[next] !== "VERB" || !/ed$/.test(words[next] ?? "")) continue;
    const done = lemmas[next] ?? "";
    if (CANCEL.test(done) || (END.test(done) && SERVICE.test(rest[named] ?? ""))) return true;
    if (REQUEST.test(rest[named] ?? "") && HANDLED.test(done)) return true;
  }
  return false;
}

/** "Let me cancel that for you", "I'm going ahead with the cancellation now". */
function repGoesAhead({ words, lemmas, pos, negation }: Tokens, [from, to]: Span): boolean {
  for (let i = from; i < to; i += 1) {
    if (negation[i]) continue;
    const lemma = lemmas[i] ?? "";
    if (words[i - 2] === "let" && words[i - 1] === "me" && pos[i] === "VERB" && END.test(lemma)) {
      const next = words[i + 1] ?? "";
      if (CANCEL.test(lemma) && /^(?:it|that|this|everything)$/.test(next)) return true;
      if (words.slice(i + 1, Math.min(to, i + 5)).some((word) => SERVICE.test(word))) return true;
    }
    if (
      words[i] === "ahead" &&
      words[i + 1] === "with" &&
      words.slice(Math.max(from, i - 4), i).some((w) => REP.test(w))
    ) {
      if (words.slice(i + 2, Math.min(to, i + 5)).some((word) => REQUEST.test(word))) return true;
    }
  }
  return false;
}

/** "I've stopped the direct debit and closed your account": a second verb that shares the rep's auxiliary. */
function sharedAuxiliary({ words, lemmas, pos, negation }: Tokens, [from, to]: Span): boolean {
  const repAux = words.findIndex(
    (word, i) => i >= from && i < to && REP.test(word) && /^(?:have|'ve|will|'ll)$/.test(words[i + 1] ?? ""),
  );
  if (repAux < 0) return false;
  const past = /^(?:have|'ve)$/.test(words[repAux + 1] ?? "");
  for (let i = repAux + 3; i < to; i += 1) {
    if (words[i - 1] !== "and" || pos[i] !== "VERB" || negation[i] || !END.test(lemmas[i] ?? "")) continue;
    const form = words[i] ?? "";
    if (past ? form === lemmas[i] : form !== lemmas[i]) continue;
    const object = words.slice(i + 1, Math.min(to, i + 5));
    if (object.some((word) => SERVICE.test(word))) return true;
    if (CANCEL.test(lemmas[i] ?? "") && /^(?:it|that|this|everything)$/.test(object[0] ?? "")) return true;
  }
  return false;
}

/** "That's the cancellation done", "that's your membership closed", "that's the account cancelled". */
function recapDone({ words, lemmas, negation }: Tokens, [from, to]: Span): boolean {
  for (let i = from; i < to - 3; i += 1) {
    if (words[i] !== "that" || !/^(?:'s|is)$/.test(words[i + 1] ?? "")) continue;
    if (!/^(?:the|your)$/.test(words[i + 2] ?? "")) continue;
    let at = i + 3;
    while (at < to && !SERVICE.test(words[at] ?? "") && !REQUEST.test(words[at] ?? "") && at < i + 6) at += 1;
    const noun = words[at] ?? "";
    if (!SERVICE.test(noun) && !REQUEST.test(noun)) continue;
    if (words[at + 1] === "request") at += 1;
    const done = at + 1;
    if (negation[done]) continue;
    if (
      REQUEST.test(noun) &&
      /^(?:done|through|sorted|processed|complete|completed|confirmed|in)$/.test(words[done] ?? "")
    )
      return true;
    if (SERVICE.test(noun) && END.test(lemmas[done] ?? "") && /ed$/.test(words[done] ?? "")) return true;
  }
  return false;
}

/** "The account closes at midnight", "your membership ends on the 30th": the service's own ending, timed. */
function endsAtATime({ words, lemmas, pos, negation }: Tokens, [from, to]: Span): boolean {
  for (let i = from + 1; i < to; i += 1) {
    if (pos[i] !== "VERB" || negation[i] || !END.test(lemmas[i] ?? "") || !/[^s]s$/.test(words[i] ?? "")) continue;
    if (!SERVICE.test(words[i - 1] ?? "")) continue;
    if (/^(?:at|on|from|tonight|today|tomorrow|midnight|as)$/.test(words[i + 1] ?? "")) return true;
  }
  return false;
}

/** "Your membership won't renew next month", "I've turned off the auto-renewal": the renewal stopped. */
function renewalStopped({ words, lemmas, negation }: Tokens, [from, to]: Span): boolean {
  for (let i = from; i < to; i += 1) {
    // The service will not renew: negated, with the service as its subject.
    if (lemmas[i] === "renew" && negation[i] && /^(?:will|wo|not|n't)$/.test(words[i - 1] ?? "")) {
      if (words.slice(from, i).some((word) => SERVICE.test(word))) return true;
    }
    // The rep turning the renewal off, or stopping it.
    if (/^renewals?$/.test(words[i] ?? "") && !negation[i]) {
      const verb = words
        .slice(from, i)
        .findIndex((_, k) => /^(?:turn|switch|stop|cancel)$/.test(lemmas[from + k] ?? ""));
      if (verb >= 0 && words.slice(from, from + verb).some((word) => REP.test(word))) return true;
    }
  }
  return false;
}

/** "I've processed your request to leave", "I've put in the request to close your account". */
function requestToLeaveHandled({ words, lemmas, negation }: Tokens, [from, to]: Span): boolean {
  const at = words.findIndex((word, i) => i >= from && i < to && word === "request" && words[i + 1] === "to");
  if (at < 0) return false;
  const asked = lemmas[at + 2] ?? "";
  if (
    !(asked === "leave" || END.test(asked)) ||
    (asked !== "leave" && !CANCEL.test(asked) && !words.slice(at + 3, to).some((w) => SERVICE.test(w)))
  )
    return false;
  const verb = words
    .slice(from, at)
    .findIndex((_, k) => /^(?:process|submit|log|lodge|put|action|complete)$/.test(lemmas[from + k] ?? ""));
  if (verb < 0 || negation[from + verb]) return false;
  return REP.test(words[from + verb - 2] ?? "") && /^(?:have|'ve|am|'m|will|'ll)$/.test(words[from + verb - 1] ?? "");
}

/** Whether a statement confirms the cancellation in one of the forms above. */
export function confirmsByRequest(tokens: Tokens): boolean {
  // "If you cancel, your line will be disconnected on Friday": a condition or time before it sets the scene.
  return clauses(tokens).some(
    (span) =>
      !tokens.words.slice(0, span[1]).some((word) => SCENE.test(word)) &&
      (futurePassive(tokens, span) ||
        repPutsItThrough(tokens, span) ||
        repGoesAhead(tokens, span) ||
        sharedAuxiliary(tokens, span) ||
        recapDone(tokens, span) ||
        endsAtATime(tokens, span) ||
        renewalStopped(tokens, span) ||
        requestToLeaveHandled(tokens, span)),
  );
}

import type { Tokens } from "./tokens";
import { clauses } from "./clause-spans";
import { ELSEWHERE, SOMEONE_ELSE } from "./obstruction-deeds";

/**
 * The customer sent elsewhere by naming who deals with it (session 16, issue 14 item 7), by subject and
 * verb rather than phrase: another party or channel as the subject of a verb of handling in the present
 * ("the airline handles baggage claims", "our web team deal with password resets"), or of a modal of help
 * ("the courier's customer service line should be able to help", "your GP surgery is best placed to answer
 * that"); the act ruled out on this channel ("we don't handle that over the phone", "it's online-only").
 */

/** Verbs of dealing with a matter: what the other party does instead of the rep. */
const HANDLES = /^(?:handle|deal|manage|process|sort|administer|look|take|own|run)$/;
/** What a party can do for the customer once they go there. */
const HELPS = /^(?:help|sort|deal|handle|answer|advise|assist|explain|fix|resolve|arrange|confirm)$/;
/** The company's own people, who are the rep's side, not elsewhere: "our engineers", "my colleague". */
const OWN_SIDE = /^(?:engineer|technician|colleague|manager|supervisor|specialist|agent|advisor|adviser)s?$/;

/** The subject's head: the last noun before the verb, the subject opening the clause with a determiner. */
function otherParty({ words, pos }: Tokens, from: number, verb: number): boolean {
  if (verb - from > 7 || verb - from < 2) return false;
  if (!/^(?:the|your|their|our|a|any)$/.test(words[from] ?? "") && !/^(?:NOUN|PROPN)$/.test(pos[from] ?? ""))
    return false;
  const subject = words.slice(from, verb);
  if (subject.some((word) => /^(?:i|we|you|it|that|this)$/.test(word))) return false;
  const head = [...subject].reverse().find((_, k) => /^(?:NOUN|PROPN)$/.test(pos[verb - 1 - k] ?? "")) ?? "";
  if (OWN_SIDE.test(head)) return false;
  // "Our web team", "the returns team": a team of the company is elsewhere only with a channel or a trade
  // before it ("our team will sort it" is the rep's side).
  if (/^(?:team|department|office|desk|line|centre|center|people)$/.test(head)) {
    const qualifiers = subject.slice(1, -1);
    return qualifiers.some(
      (word) =>
        ELSEWHERE.test(word) ||
        SOMEONE_ELSE.test(word) ||
        /^(?:returns|claims|web|online|phone|business|help|customer|service)$/.test(word),
    );
  }
  return ELSEWHERE.test(head) || SOMEONE_ELSE.test(head);
}

function namedInClause(tokens: Tokens, [from, to]: [number, number]): boolean {
  const { words, lemmas, pos } = tokens;
  let start = from;
  while (/^(?:so|and|but|then|honestly|actually|well|really)$/.test(words[start] ?? "")) start += 1;
  for (let v = start + 1; v < to; v += 1) {
    // "Our web team deal/NOUN with…": the tagger reads a plural subject's "deal" as a noun at times.
    const dealWith = /^deals?$/.test(words[v] ?? "") && words[v + 1] === "with";
    if (pos[v] !== "VERB" && pos[v] !== "AUX" && !dealWith) continue;
    const verb = v;
    // "The airline handles baggage claims": a present verb of handling, after a subject that is someone else.
    if (
      (pos[verb] === "VERB" || dealWith) &&
      HANDLES.test(lemmas[verb] ?? "") &&
      new RegExp(`^${lemmas[verb] ?? ""}(?:s|es)?$`).test(words[verb] ?? "") &&
      (lemmas[verb] !== "look" || words[verb + 1] === "after") &&
      (lemmas[verb] !== "take" || words[verb + 1] === "care")
    )
      return otherParty(tokens, start, verb);
    // "…should be able to help", "…is best placed to answer that", "…will sort it out for you".
    const chain = words.slice(v, Math.min(to, v + 5)).join(" ");
    const modalHelp =
      /^(?:can|could|should|will|would|'ll|is|are)(?: (?:be able|be best placed|best placed|better placed|be better placed))?(?: to)? (\w+)/.exec(
        chain,
      );
    if (modalHelp && HELPS.test(modalHelp[1] ?? "")) return otherParty(tokens, start, v);
    return false;
  }
  return false;
}

/** "We don't handle that over the phone", "it's an online-only process", "that's in-store only". */
const NOT_HERE =
  /\b(?:don'?t|do not|can'?t|cannot|won'?t) (?:do|handle|process|deal with|take|accept|sort) (?:that|this|it|those|these|them|any \w+) (?:over the phone|by phone|on this line|on the phone|here)\b|\b(?:online|app|in-store|in-branch|web)[- ]only\b/i;

/** Whether the sentence names someone else or another channel as the one who deals with it. */
export function namesWhoDealsWithIt(text: string, tokens: Tokens): boolean {
  return NOT_HERE.test(text) || clauses(tokens).some((range) => namedInClause(tokens, range));
}

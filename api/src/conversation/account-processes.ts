import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import { OPENERS, opensClause, THIRD_PARTY } from "./clause-spans";
import { VERDICT } from "./account-states";

/**
 * How a process works or what it did, in forms the thing-as-subject readings of account-readings.ts
 * miss (session 15, issue 14 item 7):
 * - a plural thing's present tense, whose verb has its bare form: "refunds take five working days",
 *   "our records show the meter was read in March" (account-readings reads the singular "-s" form);
 * - the customer as the one the process is done to: "you're billed a month in advance", "you were moved
 *   onto the new plan when the old one closed" (not what was done for them: a refund, a credit);
 * - what a charge is for or where it is from: "the charge is for the engineer's visit";
 * - the reason given by "now that": "you're on the standard rate now that the fixed deal has ended";
 * - what a thing has: "your contract has a minimum term of eighteen months".
 * Acts, pitches, blames and sympathy are the sentence's point when present; the caller reads statements only.
 */

/** Verbs that judge or feel, or say nothing of the process ("things look", "prices seem"). */
const SENSE = /^(?:sound|seem|look|feel|appear|matter|help|suck|hurt|happen|be|have|do|need|want|like)$/;
const ADVERB = /^(?:just|already|then|also|only|usually|normally|always|still|automatically|all)$/;

/** "Refunds take five working days", "prices go up every April": a plural thing's present tense. */
function pluralPresent({ words, pos, lemmas }: Tokens): boolean {
  return words.some((word, j) => {
    if (pos[j] !== "NOUN" || !/[^s]s$/.test(word) || word === lemmas[j]) return false;
    if (THIRD_PARTY.test(pos[j + 1] ?? "") && pos[j + 2] !== "DET") return false;
    if (!opensClause(words, pos, j)) return false;
    let i = j + 1;
    while (ADVERB.test(words[i] ?? "")) i += 1;
    // The lite model tags some such verbs as nouns ("records show/NOUN the meter"): one before a determiner is the verb.
    const verb = pos[i] === "VERB" || (i === j + 1 && pos[i] === "NOUN" && pos[i + 1] === "DET");
    if (!verb || words[i] !== lemmas[i] || SENSE.test(lemmas[i] ?? "")) return false;
    return pos[i + 1] !== undefined && pos[i + 1] !== "PUNCT";
  });
}

/** What is done for the customer, not to their account by a process ("you'll be refunded"). */
const DONE_FOR_THEM =
  /^(?:refund|credit|compensate|reimburse|give|offer|upgrade|look|help|protect|cover|cancel|transfer|contact|call)$/;

/** "You're billed a month in advance", "you were moved onto the new plan": the customer under a process. */
function customerUnderProcess({ words, pos, lemmas, negation }: Tokens): boolean {
  return words.some((word, j) => {
    // The subject, not an object ("we told you", "for you").
    if (word !== "you" || /^(?:VERB|ADP|AUX)$/.test(pos[j - 1] ?? "")) return false;
    let i = j + 1;
    const chain: string[] = [];
    while (/^(?:are|were|will|be|get|got|'re|'ll|automatically|always|then|also|just|now)$/.test(words[i] ?? "")) {
      chain.push(words[i] ?? "");
      i += 1;
    }
    if (!chain.some((aux) => /^(?:are|were|be|get|got|'re)$/.test(aux))) return false;
    const verb = words[i] ?? "";
    if (pos[i] !== "VERB" || negation[i] || !/(?:ed|en|id|ut)$/.test(verb) || verb === lemmas[i]) return false;
    // "You were treated badly" judges how they were treated.
    if (pos[i + 1] === undefined || pos[i + 1] === "PUNCT" || /ly$/.test(words[i + 1] ?? "")) return false;
    return !DONE_FOR_THEM.test(lemmas[i] ?? "");
  });
}

/** "The charge is for the engineer's visit", "the charge on your statement is from the annual renewal". */
function whatItIsFor({ words, pos }: Tokens): boolean {
  let start = 0;
  while (OPENERS.test(words[start] ?? "")) start += 1;
  const be = words.findIndex(
    (word, c) =>
      /^(?:is|'s|was)$/.test(word) &&
      /^(?:for|from)$/.test(words[c + 1] ?? "") &&
      /^(?:the|your|a|an|our|when)$/.test(words[c + 2] ?? ""),
  );
  if (be <= start) return false;
  // The subject is a noun phrase (with its own "on your statement"), with no verb of its own.
  const subject = pos.slice(start, be);
  return subject.includes("NOUN") && !subject.some((tag) => /^(?:VERB|AUX|PUNCT)$/.test(tag));
}

/** "…now that your fixed deal has ended": a reason clause, a subject and its verb. */
function nowThat({ words, pos }: Tokens): boolean {
  return words.some((word, i) => {
    if (word !== "now" || words[i + 1] !== "that") return false;
    return words.slice(i + 2, i + 7).some((_, k) => /^(?:AUX|VERB)$/.test(pos[i + 2 + k] ?? "")) && i > 2;
  });
}

/** "Your contract has a minimum term of eighteen months": what a thing has, not judged. */
function whatItHas({ words, pos }: Tokens): boolean {
  return words.some((word, j) => {
    if (!THIRD_PARTY.test(pos[j] ?? "") || THIRD_PARTY.test(pos[j + 1] ?? "") || !opensClause(words, pos, j))
      return false;
    if (!/^(?:has|have|had)$/.test(words[j + 1] ?? "") || !/^(?:a|an)$/.test(words[j + 2] ?? "")) return false;
    const noun = words.findIndex((_, k) => k > j + 2 && pos[k] === "NOUN");
    return noun > 0 && noun <= j + 5 && !words.slice(j + 2, noun + 1).some((w) => VERDICT.test(w));
  });
}

/** Acts, pitches and blame: a statement that does one of these is that deed, not an account. */
export const ACTS: RepMove[] = [
  "commits_to_action",
  "offers_remedy",
  "retention_pitch",
  "superiority_pitch",
  "refuses_or_delays",
  "transfers",
  "escalates",
  "deflects_channel",
  "confirms_cancellation",
  "blames_customer",
];

/** The sentence's point when present: acts, pitches, blame and sympathy. */
export const POINT: RepMove[] = [...ACTS, "acknowledges_impact", "generic_empathy", "apologises"];

/** Whether a statement tells how a process works or what it did, in one of the forms above. */
export function tellsTheProcess(found: Set<RepMove>, tokens: Tokens): boolean {
  if (POINT.some((move) => found.has(move))) return false;
  return (
    pluralPresent(tokens) || customerUnderProcess(tokens) || whatItIsFor(tokens) || nowThat(tokens) || whatItHas(tokens)
  );
}

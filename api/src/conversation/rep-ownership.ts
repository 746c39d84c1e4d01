import type { Tokens } from "./tokens";

/**
 * A commitment read by the rep taking the act on themselves (session 17, issue 14 item 7): the rep's own act
 * with "myself" or "personally" in its clause names its owner, as a time names its when: "I can do the
 * security check myself", "I'll ring the depot myself", "I'm personally going to chase it". Not a negated act,
 * nor looking, seeing or thinking ("I'll have a look myself" promises nothing on the customer's matter), nor
 * "myself" as the object of another verb ("I blame myself").
 */

const REP = /^(?:i|we)$/;
const OWN = /^(?:myself|ourselves|personally)$/;
const NOT_AN_ACT =
  /^(?:look|see|think|wonder|feel|know|understand|hope|wish|blame|ask|tell|say|be|want|need|like|try)$/;

/** "I can do the security check myself": the rep's act, its owner named. */
export function repOwnsTheAct({ words, pos, lemmas, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (!REP.test(word)) return false;
    let at = i + 1;
    // Past the auxiliaries to the last verb of the chain ("can do": the lite model tags "do" as an auxiliary).
    const chain = (k: number) => /^(?:AUX|ADV|PART|VERB)$/.test(pos[k] ?? "") && words[k] !== "personally";
    while (at < i + 5 && /^(?:AUX|ADV|PART)$/.test(pos[at] ?? "") && chain(at + 1)) at += 1;
    if (words[at + 1] === "personally" && pos[at] === "AUX") at += 1;
    if (words[at] === "personally") at += 1;
    // "I'm going to ring…": the act after "going to".
    if (words[at] === "going" && words[at + 1] === "to") at += 2;
    if (at === i + 1 && words[at] !== "personally") return false;
    const verb = /^(?:VERB|AUX)$/.test(pos[at] ?? "") ? at : -1;
    if (verb < 0 || negation.slice(i, verb + 1).some(Boolean) || NOT_AN_ACT.test(lemmas[verb] ?? "")) return false;
    let end = verb + 1;
    while (end < words.length && !/^[,;:.!?—]$/.test(words[end] ?? "")) end += 1;
    const owner = words.slice(i + 1, end).findIndex((next) => OWN.test(next));
    // Its owner follows an object ("…the check myself"), or comes before the verb ("personally").
    return owner >= 0 && (words[i + 1 + owner] === "personally" || i + 1 + owner > verb + 1);
  });
}

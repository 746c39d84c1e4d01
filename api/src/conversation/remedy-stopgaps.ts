import type { Tokens } from "./tokens";

/**
 * A remedy read as a stopgap (session 17, issue 14 item 7): what the customer, or a thing of theirs, can use
 * or will have until the fault is put right: "your phone will use your home internet for calls until the mast
 * is back", "you can keep the loan car until yours is repaired", "in the meantime you'll have a hotspot".
 * Not a negated clause ("you won't have signal until the mast is back": that is the fault's toll), nor one the
 * customer is sent to do ("you'll need to use the website until…": sending elsewhere), nor a time with no
 * fault put right ("until the end of the month").
 */

const USER = /^(?:you|your|it|they)$/;
const MODAL = /^(?:will|can|could|'ll)$/;
const USE = /^(?:use|have|keep|borrow|get|run|route|work|connect|carry)$/;
/** The fault put right: "is back", "'s fixed", "are repaired", "is up and running". */
const PUT_RIGHT =
  /^(?:back|fixed|repaired|restored|resolved|sorted|replaced|mended|reconnected|working|up|done|finished|complete)$/;

/** Where the stopgap runs to: "until the mast is back", or "in the meantime" before it. */
function untilPutRight(words: string[], from: number): boolean {
  const until = words.findIndex((word, i) => i > from && (word === "until" || word === "till"));
  if (until < 0) return false;
  return words.slice(until + 2, until + 8).some((word, k) => {
    const at = until + 2 + k;
    return PUT_RIGHT.test(word) && /^(?:is|are|be|been|'s|gets|get|comes|come)$/.test(words[at - 1] ?? "");
  });
}

/** Whether a statement offers a stopgap until the fault is put right. */
export function stopgapOffered({ words, pos, lemmas, negation }: Tokens): boolean {
  // "You'll need to…", "you must…": the customer sent to do it is not given anything.
  if (words.some((word, i) => /^(?:need|must|should)$/.test(word) || (word === "have" && words[i + 1] === "to")))
    return false;
  const meantime = words.includes("meantime") || words.includes("meanwhile");
  return words.some((word, i) => {
    if (!MODAL.test(word) || negation[i]) return false;
    // The user before the modal: "you", or "your phone", "the router" as the subject.
    const subject = words.slice(Math.max(0, i - 4), i);
    if (!subject.some((before) => USER.test(before))) return false;
    let verb = i + 1;
    while (pos[verb] === "ADV" && !negation[verb]) verb += 1;
    if (negation[verb] || !USE.test(lemmas[verb] ?? "") || /^(?:need|have to)$/.test(words[verb + 1] ?? ""))
      return false;
    return meantime || untilPutRight(words, verb);
  });
}

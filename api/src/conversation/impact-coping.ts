import type { Tokens } from "./tokens";

/**
 * Questions about how the customer is coping, read by who is asked about and the circumstance (session 17, second round): an
 * open "how" question about how they, their people or their plans are coping ("How are the kids holding up?"),
 * or going or being in the problem's wake ("How did the wedding go in the end?", "How are you getting to work
 * without the car?", "How are things at home with the heating off?"); not "how do I…" (a procedure), "how
 * long…" (a measure), how the service is doing ("How is the connection now?"), nor "How are you?" (a greeting).
 *
 * Tried and left out (each left check flat): a closed question about what they could still do in the meantime
 * ("Were you able to find somewhere else to stay?", "…at all?"); "what was that like (for you)?"; the problem
 * as the one that stopped them or did something to their week; "what have you had to…", "where did you end up…"; a closed "are you okay?" about them or their people.
 */

/** Verbs of going through something: "go", "cope", "manage", "hold up", "get by/on/to", "keep going". */
const COPE = /^(?:go|cope|manage|hold|get|keep|do|be|sleep|work|live|survive|handle|deal)$/;
/** Verbs that ask about coping on their own: "how are you managing", "how are the kids holding up". */
const STRUGGLE = /^(?:cope|manage|hold|survive|deal|handle)$/;
/** A circumstance of the problem: "without the car", "with the heating off", "in the end", "since then". */
const WAKE = /^(?:without|since|meantime|meanwhile|end|home|so far|all this|all that)$/;
/** The service or the case itself: how they are doing is the fault's question, not the customer's. */
const SERVICE =
  /^(?:line|connection|router|modem|internet|broadband|wifi|signal|service|account|payment|order|delivery|claim|refund|installation|install|visit|appointment|app|website|portal|system|engine|device|phone|meter|boiler|repair|case|ticket|complaint|application|transfer|booking)s?$/;
/** How much, how long, how often: a measure; "how do I", "how can we": a procedure. */
const MEASURE = /^(?:long|much|many|often|soon|far|quickly|fast|old|big|do|does|can|could|should|would|will|about)$/;

const inWake = (words: string[], from: number) =>
  words
    .slice(from)
    .some((word, k) => WAKE.test(word) || (word === "with" && /^(?:no|the)$/.test(words[from + k + 1] ?? "")));

/** "How are the kids holding up?": a "how" clause that asks how they are coping. */
function howTheyCope({ words, pos, lemmas }: Tokens): boolean {
  return words.some((word, i) => {
    if (word !== "how" || (i > 0 && !/^(?:,|;|—|–|and|so|but)$/.test(words[i - 1] ?? ""))) return false;
    if (MEASURE.test(words[i + 1] ?? "") || pos[i + 1] !== "AUX") return false;
    let j = i + 2;
    const subjectFrom = j;
    // "How are you today?": the subject "you" ends at once.
    if (pos[j] === "PRON" && words[j] !== "your") j += /^(?:all|both)$/.test(words[j + 1] ?? "") ? 2 : 1;
    else while (/^(?:DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(pos[j] ?? "")) j += 1;
    const subject = words.slice(subjectFrom, j);
    if (subject.length === 0 || subject.some((w) => /^(?:i|we|me|us)$/.test(w))) return false;
    while (pos[j] === "ADV" || /^(?:been|being)$/.test(words[j] ?? "")) j += 1;
    const verb = /^(?:VERB|AUX)$/.test(pos[j] ?? "") && COPE.test(lemmas[j] ?? "");
    const head = subject.at(-1) ?? "";
    // "How are things at home…?": the "are" after "how" is the clause's verb.
    if (SERVICE.test(head) || (!verb && lemmas[i + 1] !== "be")) return false;
    // Coping itself is asked about; how someone is, or how something went, only in the problem's wake
    // ("How are you?" is a greeting, "How's your day going?" small talk).
    if (STRUGGLE.test(lemmas[j] ?? "")) return true;
    // "How are you keeping warm?", "…keeping going?": keeping themselves safe through it.
    if (
      /^(?:keep|keeping)$/.test(lemmas[j] ?? "") &&
      /^(?:warm|going|afloat|sane|safe|dry|cool|busy|on top)$/.test(words[j + 1] ?? "")
    )
      return true;
    return inWake(words, j);
  });
}

export function asksHowTheyCope(tokens: Tokens): boolean {
  return howTheyCope(tokens);
}

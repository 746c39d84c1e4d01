import type { Tokens } from "./tokens";
import { OPENERS, opensClause, THIRD_PARTY } from "./clause-spans";

/**
 * Accounts told by a thing's state or by what something is (session 13, issue 14 item 7): a present
 * passive, a thing out of order, a wh-clause as the subject, a thing classed by a noun phrase.
 * account-readings.ts weighs them with the sentence's other moves.
 */

/** A thing's state out of order: "the app's been down all morning", "the portal has been offline since noon". */
export const OUT_OF_ORDER =
  /^(?:down|offline|out|unavailable|broken|closed|full|delayed|stuck|overloaded|suspended|frozen|blocked)$/;

/** Participles spelt as their lemma: "is set", "is spread", "are split" (account-readings reads their past). */
export const SAME_PARTICIPLE = /^(?:set|put|cut|hit|let|shut|split|spread|reset)$/;

/** A rule cited as authority ("per our overbooking procedure", "under the terms"): cited, not explained. */
const CITES_A_RULE =
  /\b(?:per|as per|according to|in line with|under|in accordance with) (?:our|the|company) (?:[\w-]+ ){0,2}(?:polic(?:y|ies)|procedures?|terms|rules|process|guidelines)\b/;
/** What was done for the customer ("the fee's waived", "an engineer is booked"): not how a process works. */
const DONE_FOR_THEM =
  /^(?:cancell?ed|closed|terminated|waived|refunded|credited|booked|confirmed|frozen|reserved|paid|approved|processed|sorted|fixed|restored|applied|issued|sent|added|removed|upgraded|moved|scheduled|arranged|covered|done)$/;

/**
 * "Late bookings are released at midnight", "the help page is updated by hand", "the website's been
 * down all morning": a thing as the subject of a present passive says how the process works, and a
 * thing that has been out of order says what happened. wink-nlp tags such a participle as an
 * adjective at times ("is refreshed/ADJ").
 */
export function reportsTheThingsState({ words, pos, lemmas }: Tokens): boolean {
  // "Late arrivals are relocated per our overbooking procedure": a rule cited as authority, not explained.
  if (CITES_A_RULE.test(words.join(" "))) return false;
  return words.some((word, j) => {
    if (!THIRD_PARTY.test(pos[j] ?? "") || THIRD_PARTY.test(pos[j + 1] ?? "") || !opensClause(words, pos, j))
      return false;
    let i = j + 1;
    let be = "";
    while (
      /^(?:is|are|'s|'re|has|have|been|just|already|only|always|usually|normally|automatically|still|now)$/.test(
        words[i] ?? "",
      )
    ) {
      if (/^(?:is|are|'s|'re|been)$/.test(words[i] ?? "")) be = words[i] ?? "";
      i += 1;
    }
    if (!be) return false;
    const next = words[i] ?? "";
    if (be === "been" && OUT_OF_ORDER.test(next)) return true;
    if (be === "been") return false;
    // A present passive: a participle that is not its lemma ("released", "updated"), not a gerund; or one
    // that is ("the balance is spread over nine months", "the limit is set by your bank").
    const participle =
      ((pos[i] === "VERB" &&
        ((next !== lemmas[i] && !/ing$/.test(next) && !/[^s]s$/.test(next)) || SAME_PARTICIPLE.test(next))) ||
        (pos[i] === "ADJ" && /ed$/.test(next))) &&
      !DONE_FOR_THEM.test(next);
    return participle && pos[i + 1] !== undefined && pos[i + 1] !== "PUNCT";
  });
}

/** Words that judge what a thing is rather than say it ("a great deal", "a real pain"). */
export const VERDICT =
  /^(?:good|great|best|better|fantastic|brilliant|excellent|amazing|lovely|perfect|nice|bad|poor|awful|terrible|real|huge|big|massive|right|wrong|fair|unfair|shame|pity|pain|nightmare|deal|bargain|steal|idea|option|choice|way|thing|favourite|favorite)$/;

/**
 * What something is: "what you're paying now is the standard rate" (a wh-clause as the subject), "a
 * burst pipe is an insured event under your cover", "the admin fee is a one-off charge" (a thing
 * classed by a noun phrase), not judged ("that plan is a great deal").
 */
export function saysWhatItIs({ words, pos }: Tokens): boolean {
  let start = 0;
  while (OPENERS.test(words[start] ?? "")) start += 1;
  // "What I can do is…", "what we'll do is…" frames the rep's offer, not an account.
  const offer =
    /^(?:i|we)$/.test(words[start + 1] ?? "") &&
    /^(?:can|could|will|'ll|would|'d|am|'m|are|'re)$/.test(words[start + 2] ?? "");
  if (words[start] === "what" && /^(?:PRON|DET)$/.test(pos[start + 1] ?? "") && !offer) {
    const be = words.findIndex((word, i) => i > start + 2 && /^(?:is|was)$/.test(word));
    if (be > 0 && pos[be - 1] !== "PRON" && !VERDICT.test(words[be + 1] ?? "")) return true;
  }
  return words.some((word, j) => {
    if (!THIRD_PARTY.test(pos[j] ?? "") || THIRD_PARTY.test(pos[j + 1] ?? "") || !opensClause(words, pos, j))
      return false;
    let i = j + 1;
    if (!/^(?:is|are|was|were)$/.test(words[i] ?? "")) return false;
    i += 1;
    while (/^(?:just|simply|actually|only|basically)$/.test(words[i] ?? "")) i += 1;
    if (!/^(?:a|an|the)$/.test(words[i] ?? "")) return false;
    for (i += 1; i < words.length && pos[i] !== "NOUN"; i += 1) {
      if (!/^(?:ADJ|NUM|PUNCT|ADP)$/.test(pos[i] ?? "") || words[i] === "," || VERDICT.test(words[i] ?? ""))
        return false;
    }
    // "The price is the price" says nothing.
    return pos[i] === "NOUN" && !VERDICT.test(words[i] ?? "") && words[i] !== word;
  });
}

import { isSpecific } from "./specificity";
import { sentimentOf, tokensWhere, type Tokens } from "./tokens";

/**
 * What the customer went through, told in their terms and then given a harsh verdict by the rep (session 17, second round):
 * - taken up by "that"/"it" after a comma: "Waiting at the depot for two hours with a toddler, that's a rotten
 *   way to spend a morning", "…after you'd paid for it, that's a wasted evening";
 * - or as the noun phrase that is the clause's subject: "a bill twice what you were quoted is a nasty shock".
 * The verdict, a noun phrase or an adjective after the copula ("…, that's the worst way to start a holiday"), is
 * read by its tone (wink-nlp's sentiment of its words), not by a list of
 * adjectives; the situation must name something of this customer's (specificity.ts), and the rep must not be
 * its subject ("I'll…", "we…": an act or an account). A kind verdict ("that's a good idea") or a neutral one
 * ("is a one-off charge") acknowledges nothing.
 *
 * Tried and left out (check flat for generic_empathy): stock sympathy read by the same tone ("Ah, that's a
 * shame", "anyone would be annoyed"), and a feeling said through a chain of auxiliaries ("that'll be
 * frustrating", "that's got to be stressful"). word-senses.ts masks the latter as "I'll be honest" does.
 */

/** Where a verdict's words end: a clause of its own, or the next sentence part. */
const BOUNDARY = /^(?:,|;|—|–|:|\.|!|\?|but|so|because|since|as|if|which)$/;
const REP = /^(?:i|we|me|us|our|i'm|i've|we've)$/;
const COPULA = /^(?:is|'s|was|'ll|will|must|would)$/;

/** The words of the verdict after the copula at `at` (and "have been", "be", adverbs), or null. */
function verdictAfter({ words, pos, values }: Tokens, at: number): string | null {
  let i = at + 1;
  while (
    /^(?:be|have|been|just|really|such|pretty|quite|so|absolutely|genuinely|frankly|honestly)$/.test(words[i] ?? "")
  )
    i += 1;
  if (!/^(?:a|an|the)$/.test(words[i] ?? "") && pos[i] !== "ADJ") return null;
  const from = i;
  while (i < words.length && !BOUNDARY.test(words[i] ?? "") && !(words[i] === "and" && pos[i + 1] === "PRON")) i += 1;
  return i - from >= 2 ? values.slice(from, i).join(" ") : null;
}

const harsh = (verdict: string | null) => verdict !== null && sentimentOf(verdict) < 0;

/** The situation, tokens [from, to): long enough to be one, about this customer, not the rep's act. */
function theirSituation(tokens: Tokens, from: number, to: number): boolean {
  if (to - from < 3) return false;
  const part = tokensWhere(tokens, (i) => i >= from && i < to);
  return !part.words.some((word) => REP.test(word)) && isSpecific(part);
}

/** "<situation>, that's a …": a demonstrative after a comma taking the situation up. */
function takenUp(tokens: Tokens): boolean {
  const { words } = tokens;
  return words.some((word, i) => {
    if (!/^(?:that|it)$/.test(word) || words[i - 1] !== "," || !COPULA.test(words[i + 1] ?? "")) return false;
    return theirSituation(tokens, 0, i - 1) && harsh(verdictAfter(tokens, i + 1));
  });
}

/** "<a noun phrase about them> is a …": the copula of the sentence's first clause, its subject a noun phrase. */
function judgedAsSubject(tokens: Tokens): boolean {
  const { words, pos } = tokens;
  // After an opening phrase ("On a pension, …") the subject starts past the first comma.
  const comma = words.indexOf(",");
  const from = comma > 0 && comma < 5 && pos[0] === "ADP" ? comma + 1 : 0;
  if (!/^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(pos[from] ?? "") || /^(?:that|this|it)$/.test(words[from] ?? ""))
    return false;
  const copula = words.findIndex((word, i) => i > from + 1 && /^(?:is|was)$/.test(word));
  if (copula < 0 || words.slice(from, copula).some((word) => BOUNDARY.test(word))) return false;
  return theirSituation(tokens, from, copula) && harsh(verdictAfter(tokens, copula));
}

export function harshVerdictOnTheirSituation(tokens: Tokens): boolean {
  return takenUp(tokens) || judgedAsSubject(tokens);
}

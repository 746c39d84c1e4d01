import type { RepMove } from "./moves";
import { tokensWithin, type Tokens } from "./tokens";
import { explainsAfterReading } from "./account-readings";
import { tellsMeaningOrState } from "./account-meanings";
import { statementMoves } from "./account-tails";
import { accountInAClause } from "./account-clauses";
import { accountAside } from "./account-asides";

/**
 * An account put as a question about what the customer knows (session 17, issue 14 item 7): "Did you
 * know the deposit is held for thirty days after the lease ends?", "Would it surprise you to hear the
 * charge is a pre-authorisation?", "Were you aware that the plan renews automatically?". The question asks
 * nothing the customer must answer: what it tells is the clause after the verb of knowing, read as a
 * statement. Not when that clause sells ("Did you know our fibre comes with a 4-hour fix?": a pitch) or is
 * about the customer ("did you know you can pause it?").
 */

/** "did you know", "would it surprise you to hear", "were you aware", "were you told", "did anyone tell you". */
const KNOWING =
  /^(?:(?:so|and|but|well|now|oh)\s*,?\s*)?(?:(?:did|do|were|are) you (?:know|realise|realize|hear|notice|see|aware)|(?:were|was) you (?:told|informed)|did (?:anyone|anybody|we|they) (?:tell|let) you(?: know)?|would it (?:surprise|help) you to (?:hear|know|learn))(?: that)?\b/i;

const FEATURES = /^(?:come|include|offer|feature|give|have|get)$/;
const SELLS: RepMove[] = ["retention_pitch", "superiority_pitch"];

export function accountInAQuestion(found: Set<RepMove>, tokens: Tokens, ruleText: string): boolean {
  if (SELLS.some((move) => found.has(move))) return false;
  const opening = KNOWING.exec(ruleText.trim());
  if (!opening) return false;
  const from = ruleText.indexOf(opening[0]) + opening[0].length;
  const to = ruleText.search(/\?["'”’)\s]*$/);
  const statement = tokensWithin(tokens, from, to < 0 ? ruleText.length : to);
  const first = statement.words[0] ?? "";
  if (statement.words.length < 3 || /^(?:you|your|about|of|if|whether|what|how|why|when|where)$/.test(first))
    return false;
  // "Did you know our fibre comes with a 4-hour fix?": what the company's product has is sold, not explained.
  if (first === "our" && statement.lemmas.some((lemma, i) => FEATURES.test(lemma) && i < 5)) return false;
  const text = ruleText.slice(from, to < 0 ? undefined : to);
  const moves = statementMoves(text, found);
  if (SELLS.some((move) => moves.has(move))) return false;
  return (
    explainsAfterReading(moves, statement, text, false) ||
    accountInAClause(moves, statement, false, text) ||
    accountAside(moves, statement, false, text) ||
    tellsMeaningOrState(moves, statement)
  );
}

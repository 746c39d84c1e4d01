import type { RepMove } from "./moves";
import { REP_MOVES } from "./moves";
import { matches } from "./move-rules";
import { rule } from "./clause-deeds";
import { RULES } from "./call-move-rules";
import { tokensWithin, type Tokens } from "./tokens";
import { explainsAfterReading, opensAsQuestion } from "./account-readings";
import { accountInAClause } from "./account-clauses";
import { accountAside } from "./account-asides";
import { tellsMeaningOrState } from "./account-meanings";

/**
 * Accounts the question reading hides (session 16, issue 14 item 7): a sentence that tells, then asks
 * ("…the block was automatic; does that make sense?", "…over nine months — is that clear?", "A credit
 * means the money comes off your next bill, so would a refund suit you better?") is a question as a
 * whole, and the account readings set a question aside. The statement before the question is read on
 * its own, with the moves the rules find in it (not the question's: "would a refund suit you?" offers).
 */

/** Where a question starts inside a sentence: an auxiliary before its subject, or a wh-word. */
const SUBJECT = /^(?:PRON|DET|NOUN|PROPN)$/;
function asksFrom({ words, pos }: Tokens, at: number): boolean {
  let i = at;
  while (/^(?:so|and|but|then|just|now)$/.test(words[i] ?? "")) i += 1;
  if (/^(?:how|what|when|where|which|who)$/.test(words[i] ?? "")) return true;
  // The tagger reads "that" in "is that clear?" as a conjunction at times.
  const subject = SUBJECT.test(pos[i + 1] ?? "") || /^(?:that|this|it|everything)$/.test(words[i + 1] ?? "");
  return pos[i] === "AUX" && subject && words[i + 1] !== "n't";
}

/** The moves a statement carries by the rules, and the deeds the sentence's reading found (a blame, a refusal). */
const READ_ON_THE_WHOLE: RepMove[] = ["blames_customer", "refuses_or_delays", "retention_pitch", "superiority_pitch"];
export function statementMoves(text: string, found: Set<RepMove>): Set<RepMove> {
  const moves = new Set<RepMove>(READ_ON_THE_WHOLE.filter((move) => found.has(move)));
  for (const move of REP_MOVES)
    if (typeof RULES[move] !== "function" && move !== "asks_question" && matches(rule(move), text)) moves.add(move);
  return moves;
}

/** The statement before the sentence's question: the tokens up to the last boundary a question starts after. */
function statementBefore(tokens: Tokens): number {
  const { words } = tokens;
  for (let i = words.length - 2; i > 2; i -= 1) {
    if (!/^(?:,|;|—|–|-|:)$/.test(words[i] ?? "")) continue;
    if (asksFrom(tokens, i + 1)) return i;
  }
  return -1;
}

/**
 * "…, is that correct?", "— have I got that right?": a tag that asks the customer to confirm what was
 * said makes the statement a recap of their case, not an account.
 */
const CONFIRMS = /\b(?:correct|right|accurate)\s*\?["'”’)\s]*$/i;

/** Whether a question's opening statement gives an account, read as a statement. */
export function accountBeforeQuestion(found: Set<RepMove>, tokens: Tokens, ruleText: string): boolean {
  if (found.has("interrogates_reason")) return false;
  const boundary = statementBefore(tokens);
  if (boundary < 0) return false;
  const to = tokens.starts[boundary] ?? 0;
  if (CONFIRMS.test(ruleText.slice(to))) return false;
  const statement = tokensWithin(tokens, 0, to);
  if (opensAsQuestion(statement) || !statement.pos.some((tag) => tag === "VERB" || tag === "AUX")) return false;
  const text = ruleText.slice(0, to);
  const moves = statementMoves(text, found);
  return (
    explainsAfterReading(moves, statement, text, false) ||
    accountInAClause(moves, statement, false, text) ||
    accountAside(moves, statement, false, text) ||
    tellsMeaningOrState(moves, statement)
  );
}

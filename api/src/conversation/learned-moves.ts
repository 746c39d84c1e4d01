import { KIND_MOVES, REP_MOVES, type RepMove } from "./moves";
import type { Tokens } from "./tokens";
import type { FeatureContext } from "./move-features";
import { refusalLeftOpen } from "./obstruction-deeds";
import { blameLeftOpen } from "./blame-deeds";
import { pitchLeftOpen } from "./pitch-stakes";
import { endsInAJudgement } from "./sympathy-recaps";

/**
 * A learned reader on top of the rules, first tried in session 10 (evals/README.md, "Move suite";
 * shipped from session 17, learned-reader.ts, once it added moves on DEV's unread check part). Per
 * move, a logistic regression over `sentenceFeatures`, trained on DEV only. It only adds: a move is read when the rules find
 * it, or when the model is confident and nothing in the reading vetoes it (sarcasm, a negated
 * promise, a question where the move is a statement, a sentence without a verb, a bad deed that
 * rules the move out). It never removes what the rules found.
 */

export interface MoveModel {
  /** A move is added when the model's probability reaches this. */
  threshold: number;
  moves: Partial<Record<RepMove, { bias: number; weights: Record<string, number> }>>;
}

/** What the reading says of a sentence, and the sentence as written (the guards read its words). */
type SentenceContext = FeatureContext & { text: string };

/** Moves said only in a statement: a question offers, checks or asks, it does not do these. */
const STATEMENT_MOVES = new Set<RepMove>([
  "acknowledges_impact",
  "explains",
  "blames_customer",
  "commits_to_action",
  "refuses_or_delays",
  "confirms_cancellation",
  "generic_empathy",
]);
/** Promises: a negated verb withdraws them ("I won't be refunding that"). */
const PROMISES = new Set<RepMove>([
  "offers_remedy",
  "commits_to_action",
  "escalates",
  "transfers",
  "confirms_cancellation",
  "retention_pitch",
]);
/** Moves a bad deed in the same sentence rules out, as the rules do (a pitch is no remedy, blame no acknowledgement). */
const RULED_OUT_BY: Partial<Record<RepMove, RepMove[]>> = {
  acknowledges_impact: ["blames_customer", "refuses_or_delays", "interrogates_reason", "retention_pitch"],
  offers_remedy: ["retention_pitch", "transfers", "refuses_or_delays", "blames_customer", "confirms_cancellation"],
  // What the rules read as the rep doing, giving, pitching, confirming or explaining is no refusal (session 18,
  // blind dev grading calls: "I can cancel it, but you'll lose your price", "it goes through on this call regardless").
  refuses_or_delays: ["retention_pitch", "offers_remedy", "commits_to_action", "confirms_cancellation", "explains"],
  generic_empathy: ["acknowledges_impact", "blames_customer"],
  commits_to_action: ["refuses_or_delays"],
  retention_pitch: ["interrogates_reason"],
  explains: ["uses_jargon", "retention_pitch", "superiority_pitch"],
};

/** Whether the reading leaves the model free to add `move` to a sentence the rules read as `found`. */
export function openToModel(
  move: RepMove,
  context: SentenceContext,
  tokens: Tokens,
  found: ReadonlySet<RepMove>,
): boolean {
  if (found.has(move)) return false;
  if (!tokens.pos.some((tag) => tag === "VERB" || tag === "AUX")) return false;
  if (context.sarcastic && KIND_MOVES.has(move)) return false;
  if (context.question !== null && STATEMENT_MOVES.has(move)) return false;
  if (PROMISES.has(move) && tokens.pos.some((tag, i) => tag === "VERB" && tokens.negation[i])) return false;
  if (move === "refuses_or_delays" && !refusalLeftOpen(tokens)) return false;
  if (move === "blames_customer" && !blameLeftOpen(context.text)) return false;
  if (move === "retention_pitch" && !pitchLeftOpen(tokens)) return false;
  // An ordeal recapped and judged at the end acknowledges it; the model would read the recap as an account.
  if (move === "explains" && found.has("acknowledges_impact") && endsInAJudgement(context.text)) return false;
  return !(RULED_OUT_BY[move] ?? []).some((other) => found.has(other));
}

/** The model's probability that a sentence with these features carries `move` (null: no model for it). */
export function moveProbability(model: MoveModel, move: RepMove, features: readonly string[]): number | null {
  const weights = model.moves[move];
  if (!weights) return null;
  let z = weights.bias;
  for (const feature of features) z += weights.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The moves the model adds to a sentence the rules read as `found`. */
export function learnedMoves(
  model: MoveModel,
  features: readonly string[],
  context: SentenceContext,
  tokens: Tokens,
  found: ReadonlySet<RepMove>,
): RepMove[] {
  return (Object.keys(model.moves) as RepMove[]).filter((move) => {
    if (!openToModel(move, context, tokens, found)) return false;
    return (moveProbability(model, move, features) ?? 0) >= model.threshold;
  });
}

/** A sentence's moves: the rules' and those the model adds, with stock sympathy giving way to a specific one. */
export function withLearnedMoves(
  model: MoveModel,
  sentence: { reading: SentenceContext; tokens: Tokens; ruleMoves: readonly RepMove[]; features: readonly string[] },
  withdrawn: ReadonlySet<RepMove> = new Set(),
): RepMove[] {
  const found = new Set(sentence.ruleMoves);
  const added = learnedMoves(model, sentence.features, sentence.reading, sentence.tokens, found).filter(
    (move) => !withdrawn.has(move),
  );
  if (added.length === 0) return [...sentence.ruleMoves];
  for (const move of added) found.add(move);
  if (found.has("acknowledges_impact")) found.delete("generic_empathy");
  return REP_MOVES.filter((move) => found.has(move));
}

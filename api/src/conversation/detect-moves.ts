import { boundedMemo } from "./bounded-memo";
import type { RepMove } from "./moves";
import { readTurn, type DetectedMove, type TurnContext } from "./read-turn";
import { keyInContext } from "./answer-readings";

/**
 * Offline classification of a rep turn into REP_MOVES: phrase rules per sentence, read as
 * language by read-turn.ts. Deterministic and pure; the sentence that carries each move is its
 * quote, so it can be cited as evidence.
 */

export type { DetectedMove };

// Grading reads the same rep lines again on every later turn (each criterion's checks, the
// rewrite check, twice per criterion), so the readings of recent lines are kept. Pure, so safe.
const recentMoves = boundedMemo(
  2_000,
  ({ text, customerSaid }: { text: string; customerSaid?: string | undefined }): readonly DetectedMove[] =>
    readTurn(text, { customerSaid }).moves,
  ({ text, customerSaid }) => keyInContext(text, customerSaid),
);

/**
 * The moves in a rep turn, at most one entry per move, in REP_MOVES order. With `context`, also what
 * the turn does in answer to the customer's line before it.
 */
export function detectMoves(text: string, context: TurnContext = {}): DetectedMove[] {
  const moves = recentMoves({ text, customerSaid: context.customerSaid });
  // Copies: a caller may change what it was given without changing what the next one gets.
  return moves.map((found) => ({ ...found }));
}

/** Moves and the sentences behind them, by the rule-based detector. */
export function readByRules(
  text: string,
  context: TurnContext = {},
): { moves: RepMove[]; quotes: Partial<Record<RepMove, string>> } {
  const found = detectMoves(text, context);
  return {
    moves: found.map((item) => item.move),
    quotes: Object.fromEntries(found.map((item) => [item.move, item.quote])),
  };
}

import { boundedMemo } from "./bounded-memo";
import type { RepMove } from "./moves";
import { readTurn, type DetectedMove } from "./read-turn";

/**
 * Offline classification of a rep turn into REP_MOVES: phrase rules per sentence, read as
 * language by read-turn.ts. Deterministic and pure; the sentence that carries each move is its
 * quote, so it can be cited as evidence.
 */

export type { DetectedMove };

// Grading reads the same rep lines again on every later turn (each criterion's checks, the
// rewrite check, twice per criterion), so the readings of recent lines are kept. Pure, so safe.
const recentMoves = boundedMemo(2_000, (text: string): readonly DetectedMove[] => readTurn(text).moves);

/** The moves in a rep turn, at most one entry per move, in REP_MOVES order. */
export function detectMoves(text: string): DetectedMove[] {
  const moves = recentMoves(text);
  // Copies: a caller may change what it was given without changing what the next one gets.
  return moves.map((found) => ({ ...found }));
}

/** Moves and the sentences behind them, by the rule-based detector. */
export function readByRules(text: string): { moves: RepMove[]; quotes: Partial<Record<RepMove, string>> } {
  const found = detectMoves(text);
  return {
    moves: found.map((item) => item.move),
    quotes: Object.fromEntries(found.map((item) => [item.move, item.quote])),
  };
}

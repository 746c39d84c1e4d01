import type { RepMove } from "./moves";
import { readTurn, type DetectedMove } from "./read-turn";

/**
 * Offline classification of a rep turn into REP_MOVES: phrase rules per sentence, read as
 * language by read-turn.ts. Deterministic and pure; the sentence that carries each move is its
 * quote, so it can be cited as evidence.
 */

export type { DetectedMove };

/** The moves in a rep turn, at most one entry per move, in REP_MOVES order. */
export function detectMoves(text: string): DetectedMove[] {
  return readTurn(text).moves;
}

/** Moves and the sentences behind them, by the rule-based detector. */
export function readByRules(text: string): { moves: RepMove[]; quotes: Partial<Record<RepMove, string>> } {
  const found = detectMoves(text);
  return {
    moves: found.map((item) => item.move),
    quotes: Object.fromEntries(found.map((item) => [item.move, item.quote])),
  };
}

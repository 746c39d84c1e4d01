import type { RepMove } from "./moves";
import { REP_MOVES } from "./moves";
import { matches, RULES } from "./move-rules";
import { splitSentences } from "./sentences";

/**
 * Rule-based, offline classification of a rep turn into REP_MOVES. Deterministic and pure:
 * each move is a list of phrase patterns matched per sentence, and the matching sentence is
 * returned as the quote so it can be cited as evidence.
 */

export interface DetectedMove {
  move: RepMove;
  /** An exact substring of the input: the sentence that triggered the move. */
  quote: string;
}

/** The moves in a rep turn, at most one entry per move, in REP_MOVES order. */
export function detectMoves(text: string): DetectedMove[] {
  const sentences = splitSentences(text);
  const found: DetectedMove[] = [];
  for (const move of REP_MOVES) {
    const rule = RULES[move];
    const quote =
      typeof rule === "function" ? rule(sentences, text) : sentences.find((sentence) => matches(rule, sentence));
    if (quote !== undefined) found.push({ move, quote });
  }
  return found;
}

/** Moves and the sentences behind them, by the rule-based detector. */
export function readByRules(text: string): { moves: RepMove[]; quotes: Partial<Record<RepMove, string>> } {
  const found = detectMoves(text);
  return {
    moves: found.map((item) => item.move),
    quotes: Object.fromEntries(found.map((item) => [item.move, item.quote])),
  };
}

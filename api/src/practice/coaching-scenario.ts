import { readByRules } from "../conversation/detect-moves";
import { MOVE_DESCRIPTIONS } from "../conversation/moves";
import type { StoredTurn } from "../db/turn-store";
import { wordCount } from "../grading/patterns";
import type { CoachingScenario } from "../grading/rewrite-check";
import type { Difficulty } from "../library/common-schema";
import { HANG_UP, type Persona } from "../library/persona-schema";
import { advance, initialState } from "./director";
import { DIFFICULTY_PROFILES } from "./difficulty";

/**
 * What coaching may assume about a practice call, and the director's verdict on a suggested reply:
 * the customer's state before that rep turn, moved by the rewrite as the rules read it. A rewrite
 * that would make this customer angrier, or hang up, is no better reply here.
 */
export function coachingScenario(persona: Persona, difficulty: Difficulty, turns: StoredTurn[]): CoachingScenario {
  return {
    facts: persona.facts,
    wordBudget: DIFFICULTY_PROFILES[difficulty].interruptAfterWords,
    reactionTo(turnIndex, reply) {
      const before =
        [...turns].reverse().find((turn) => turn.index < turnIndex && turn.role === "customer" && turn.state)?.state ??
        initialState(persona);
      const reading = readByRules(reply);
      const { state, change } = advance(persona, difficulty, before, {
        ...reading,
        words: wordCount(reply),
        turn: turnIndex,
      });
      if (state.outcome === HANG_UP) return `would make ${persona.name} hang up`;
      if (change.moodDelta > 0) {
        const angering = change.reactions.filter((reaction) => reaction.mood > 0);
        const why = angering.map((reaction) => MOVE_DESCRIPTIONS[reaction.move].toLowerCase()).join("; ");
        return `would make ${persona.name} angrier${why ? ` (${why})` : ""}`;
      }
      return null;
    },
  };
}

import type { HiddenGoalReveal } from "../grading/types";
import type { RepMove } from "../conversation/moves";
import type { Persona } from "../library/persona-schema";
import type { TurnChange } from "./director";

interface TurnWithChange {
  index: number;
  role: "customer" | "rep";
  change: TurnChange | null;
}

/**
 * The debrief: the customer's hidden goal, and for each way the call could end well, which of
 * its conditions the rep met and at which of their turns.
 */
export function revealHiddenGoal(persona: Persona, turns: TurnWithChange[], outcome: string | null): HiddenGoalReveal {
  const firstTurnWith = (move: RepMove): number | null => {
    for (const turn of turns) {
      if (turn.role !== "customer" || !turn.change?.moves.includes(move)) continue;
      const repTurn = [...turns]
        .reverse()
        .find((candidate) => candidate.role === "rep" && candidate.index < turn.index);
      return repTurn?.index ?? null;
    }
    return null;
  };
  return {
    hidden: persona.goals.hidden,
    stated: persona.goals.stated,
    outcome,
    routes: persona.ends_when.map((rule) => {
      const conditions = [...new Set([...(rule.after ?? []), rule.on])].map((move) => ({
        move,
        metAtTurn: firstTurnWith(move),
      }));
      return {
        outcome: rule.outcome,
        conditions,
        uncovered: conditions.every((condition) => condition.metAtTurn !== null),
      };
    }),
  };
}

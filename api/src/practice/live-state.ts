import type { Difficulty } from "../library/common-schema";
import type { Persona } from "../library/persona-schema";
import { DIFFICULTY_PROFILES } from "./difficulty";
import { moodBand, type PersonaState, type TurnChange } from "./director";
import { revealHiddenGoal } from "./reveal";

/**
 * What a trainer watching the call sees: mood, patience left, promises, and which conditions are met.
 * With `reveal` false (a learner during their own active call) the hidden goal and the routes to a
 * good ending stay hidden: only the stated goal is shown until the call ends.
 */
export function liveState(
  persona: Persona,
  difficulty: Difficulty,
  state: PersonaState,
  turns: { index: number; role: "customer" | "rep"; change: TurnChange | null }[],
  reveal = true,
) {
  const profile = DIFFICULTY_PROFILES[difficulty];
  return {
    mood: state.mood,
    band: moodBand(persona, state.mood),
    hangupAt: persona.mood.hangup_at,
    patienceLeft: Math.max(0, profile.patience - state.unproductiveTurns),
    turnsAtHangupMood: state.turnsAtLimit,
    promises: state.promises,
    outcome: state.outcome,
    goals: reveal
      ? revealHiddenGoal(persona, turns, state.outcome)
      : { stated: persona.goals.stated, hidden: null, outcome: state.outcome, routes: [] },
  };
}

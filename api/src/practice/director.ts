import type { Difficulty } from "../library/common-schema";
import type { RepMove } from "../library/moves";
import { HANG_UP, type MoodBand, type Persona } from "../library/persona-schema";
import { DIFFICULTY_PROFILES } from "./difficulty";

/** What the customer carries from turn to turn. Stored with each customer turn. */
export interface PersonaState {
  mood: number;
  /** Every move the rep has made so far in the call. */
  movesSoFar: RepMove[];
  repTurns: number;
  /** Rep turns that did not improve the mood; the customer hangs up when patience runs out. */
  unproductiveTurns: number;
  /** Consecutive rep turns that left the customer at hang-up mood. */
  turnsAtLimit: number;
  outcome: string | null;
}

export interface AppliedReaction {
  move: RepMove;
  mood: number;
}

export interface TurnChange {
  moves: RepMove[];
  reactions: AppliedReaction[];
  moodBefore: number;
  moodDelta: number;
  outcome: string | null;
}

export function initialState(persona: Persona): PersonaState {
  return { mood: persona.mood.start, movesSoFar: [], repTurns: 0, unproductiveTurns: 0, turnsAtLimit: 0, outcome: null };
}

/**
 * Applies one rep turn's moves to the customer's state: the persona's `reacts` rules move the
 * mood (scaled by difficulty, bounded per turn), patience drains on turns that do not help,
 * and `ends_when` rules or a hang-up end the call. A customer at hang-up mood stays on the line
 * for a difficulty-set number of turns (the first is an ultimatum) before hanging up.
 */
export function advance(
  persona: Persona,
  difficulty: Difficulty,
  state: PersonaState,
  moves: readonly RepMove[],
): { state: PersonaState; change: TurnChange } {
  const profile = DIFFICULTY_PROFILES[difficulty];
  const thisTurn = new Set(moves);
  const happened = new Set<RepMove>([...state.movesSoFar, ...moves]);

  const reactions = persona.reacts
    .filter(
      (rule) =>
        thisTurn.has(rule.to) &&
        (rule.before ?? []).every((move) => !happened.has(move)) &&
        (rule.after ?? []).every((move) => happened.has(move)),
    )
    .map((rule) => ({ move: rule.to, mood: rule.mood }));

  const raw = reactions.reduce((sum, reaction) => sum + reaction.mood, 0);
  const scaled = Math.round(raw > 0 ? raw * profile.escalate : raw * profile.soothe);
  const moodDelta = clamp(scaled, -profile.maxFallPerTurn, profile.maxRisePerTurn);
  const mood = clamp(state.mood + moodDelta, persona.mood.min, persona.mood.max);
  const actualDelta = mood - state.mood;
  const unproductiveTurns = state.unproductiveTurns + (actualDelta < 0 ? 0 : 1);

  const next: PersonaState = {
    mood,
    movesSoFar: [...happened],
    repTurns: state.repTurns + 1,
    unproductiveTurns,
    turnsAtLimit: mood >= persona.mood.hangup_at ? state.turnsAtLimit + 1 : 0,
    outcome: null,
  };
  next.outcome = endOutcome(persona, difficulty, next, thisTurn);
  return {
    state: next,
    change: { moves: [...moves], reactions, moodBefore: state.mood, moodDelta: actualDelta, outcome: next.outcome },
  };
}

function endOutcome(persona: Persona, difficulty: Difficulty, state: PersonaState, thisTurn: Set<RepMove>) {
  const slack = DIFFICULTY_PROFILES[difficulty].concessionSlack;
  const happened = new Set(state.movesSoFar);
  const rule = persona.ends_when.find(
    (candidate) =>
      thisTurn.has(candidate.on) &&
      (candidate.after ?? []).every((move) => happened.has(move)) &&
      (candidate.mood_at_most === undefined || state.mood <= candidate.mood_at_most + slack),
  );
  if (rule) return rule.outcome;
  const profile = DIFFICULTY_PROFILES[difficulty];
  if (state.turnsAtLimit >= profile.turnsAtLimit) return HANG_UP;
  if (state.unproductiveTurns >= profile.patience) return HANG_UP;
  return null;
}

/** Thirds of the persona's mood range: scripted lines are chosen by band. */
export function moodBand(persona: Persona, mood: number): MoodBand {
  const span = persona.mood.max - persona.mood.min;
  const position = (mood - persona.mood.min) / span;
  if (position >= 2 / 3) return "high";
  if (position <= 1 / 3) return "low";
  return "mid";
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

import type { Difficulty } from "../library/common-schema";

/**
 * How difficulty changes a customer's behaviour, not just its label: how long they stay on a
 * call that is going nowhere, how hard each bad move lands, how much good moves soothe, how
 * far mood may move in one turn (inertia), how calm they must be before conceding, and how long
 * they hold on once furious.
 */
export interface DifficultyProfile {
  /** Rep turns that do not improve the mood before the customer hangs up. */
  patience: number;
  escalate: number;
  soothe: number;
  maxRisePerTurn: number;
  maxFallPerTurn: number;
  /** Added to a concession's `mood_at_most`: easier customers give way while still upset. */
  concessionSlack: number;
  /** Rep turns the customer stays on the line at hang-up mood (the first one is an ultimatum). */
  turnsAtLimit: number;
  /** A rep turn longer than this many words gets talked over. */
  interruptAfterWords: number;
}

/** With this much patience left, the customer says so and asks for someone else. */
export const PATIENCE_WARNING = 2;

export const DIFFICULTY_PROFILES: Record<Difficulty, DifficultyProfile> = {
  easy: {
    patience: 12,
    escalate: 0.5,
    soothe: 1.5,
    maxRisePerTurn: 2,
    maxFallPerTurn: 3,
    concessionSlack: 2,
    turnsAtLimit: 3,
    interruptAfterWords: 140,
  },
  medium: {
    patience: 8,
    escalate: 1,
    soothe: 1,
    maxRisePerTurn: 3,
    maxFallPerTurn: 2,
    concessionSlack: 0,
    turnsAtLimit: 2,
    interruptAfterWords: 100,
  },
  hard: {
    patience: 6,
    escalate: 1.5,
    soothe: 0.75,
    maxRisePerTurn: 3,
    maxFallPerTurn: 1,
    concessionSlack: -1,
    turnsAtLimit: 1,
    interruptAfterWords: 70,
  },
};

import type { Engine } from "../config";
import type { CallDelivery } from "../conversation/delivery-schema";
import type { Usage } from "./usage";

export interface Evidence {
  /** Index of the turn the quote comes from. */
  turn: number;
  quote: string;
}

/**
 * `unnatural`: a turn in scope reads as a list of fragments or carries implausibly many moves.
 * `not_applicable`: a turn that gave the criterion nothing to judge (`silent_turns: skip`); no score.
 * `met_earlier`: on one turn's live coaching only, a criterion the call keeps the best turn of
 * (`aggregate: max`) that an earlier rep turn already met: this turn's lower score costs nothing.
 */
export type CriterionFlag =
  | "no_evidence"
  | "unscored"
  | "evidence_dropped"
  | "check_failed"
  | "capped_no_evidence"
  | "unnatural"
  | "not_applicable"
  | "met_earlier";

/** A sentence of the rep's held against a line of the scenario's knowledge (checks with `knowledge: true`). */
export interface PolicyFinding {
  /** The knowledge entry's id; null for an offer that matches no entry. */
  entry: string | null;
  title: string;
  /** The policy line as the rep would read it. */
  policy: string;
  status: "followed" | "broken";
  reason: string;
  turn: number;
  quote: string;
}

export interface CriterionResult {
  id: string;
  /** On the rubric's scale; null when the criterion could not be scored. */
  score: number | null;
  evidence: Evidence[];
  rationale: string;
  flags: CriterionFlag[];
  /** The rep turn a rewrite should target (where this criterion went worst); null: no single turn. */
  focusTurn?: number | null;
  /** With `samples: k`: every sample's score, and max minus min of those scored. */
  samples?: (number | null)[];
  spread?: number;
  /** Turn-scope criteria over a call: the score of each rep turn (`notNeeded`: left out, `silent_turns: skip`). */
  perTurn?: { turn: number; score: number | null; notNeeded?: boolean }[];
  /** Lines of the scenario's knowledge this criterion held the rep to, followed or broken. */
  policy?: PolicyFinding[];
  /** The judge's unusable output, kept when a criterion is unscored. */
  raw?: string;
}

/** Coaching for one rep turn: from the judge (model engine) or the rubric's own text and exemplars. */
export interface TurnCoachingNote {
  tip: string;
  betterReply: string | null;
  source: "judge" | "rubric";
}

export interface Highlight {
  criterion: string;
  name: string;
  text: string;
  evidence: Evidence | null;
}

export interface Rewrite {
  turn: number;
  original: string;
  better: string;
  why: string;
}

/** What the customer privately wanted, and which of its conditions the rep met (and when). */
export interface HiddenGoalReveal {
  hidden: string;
  stated: string;
  outcome: string | null;
  routes: {
    outcome: string;
    conditions: { move: string; metAtTurn: number | null }[];
    uncovered: boolean;
  }[];
}

export interface ScorecardCriterion extends CriterionResult {
  name: string;
  weight: number;
  critical: boolean;
  passed: boolean | null;
  rubricVersion: number;
}

export interface Scorecard {
  overall: number | null;
  /** null when a critical criterion could not be scored, so pass/fail cannot be decided. */
  passed: boolean | null;
  threshold: number;
  engine: Engine;
  model: string | null;
  rubric: { id: string; version: number };
  persona: { id: string; version: number } | null;
  criteria: ScorecardCriterion[];
  strengths: Highlight[];
  improvements: Highlight[];
  rewrites: Rewrite[];
  /** Learner sentences that tried to instruct the grader; they earned nothing. */
  instructionAttempts: Evidence[];
  reveal: HiddenGoalReveal | null;
  unscored: number;
  usage: Usage;
  createdAt: number;
  /** How the rep sounded, when any turn was spoken (voice mode): pace, fillers, pauses, talk share. */
  delivery?: CallDelivery;
}

export interface TurnFeedback {
  turn: number;
  criteria: CriterionResult[];
  /** Criteria this turn helped (scored at or above the pass mark, with evidence) or hurt. */
  helped: string[];
  hurt: string[];
  tip: string;
  betterReply: string | null;
  instructionAttempts: Evidence[];
  engine: Engine;
  model: string | null;
  usage: Usage;
}

import type { Engine } from "../config";

export interface Evidence {
  /** Index of the turn the quote comes from. */
  turn: number;
  quote: string;
}

export type CriterionFlag = "no_evidence" | "unscored" | "instruction_attempt" | "evidence_dropped";

export interface CriterionResult {
  id: string;
  /** On the rubric's scale; null when the criterion could not be scored. */
  score: number | null;
  evidence: Evidence[];
  rationale: string;
  flags: CriterionFlag[];
  /** The rep turn a rewrite should target (where this criterion went worst); null: no single turn. */
  focusTurn?: number | null;
  /** The judge's unusable output, kept when a criterion is unscored. */
  raw?: string;
}

export interface Rewrite {
  turn: number;
  original: string;
  better: string;
  why: string;
}

export interface Scorecard {
  overall: number | null;
  /** null when a critical criterion could not be scored, so pass/fail cannot be decided. */
  passed: boolean | null;
  engine: Engine;
  model: string | null;
  rubric: { id: string; version: number };
  persona: { id: string; version: number } | null;
  criteria: (CriterionResult & { name: string; weight: number; critical: boolean; passed: boolean | null })[];
  strengths: string[];
  improvements: string[];
  rewrites: Rewrite[];
  unscored: number;
  createdAt: number;
}

export interface TurnFeedback {
  turn: number;
  criteria: CriterionResult[];
  tip: string;
  engine: Engine;
  model: string | null;
}

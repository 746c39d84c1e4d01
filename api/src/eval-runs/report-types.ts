import type { Estimate } from "../evals/stats/bootstrap";
import type { RoleUsage } from "../evals/role-usage";

/** One gate of the run: a threshold, an expectation, a baseline comparison. */
export interface Check {
  name: string;
  passed: boolean;
  /** Shown, never fails the run (`flaky: report`). */
  reportOnly: boolean;
  detail: string;
}

/** An item run `repeat` times: the pass of each run, and what that adds up to. */
export interface ItemRepeats {
  id: string;
  passes: boolean[];
  passRate: number;
  /** Passed every one of the n runs (pass^n). */
  passedAll: boolean;
}

export interface AgreementFigures {
  exact: Estimate;
  within_one: Estimate;
  /** Quadratic weighted kappa (one rater) or Krippendorff's ordinal alpha over grader and raters. */
  chance: Estimate & { name: "kappa" | "alpha" };
  spearman: Estimate;
  mae: Estimate;
  /** Scored (grader, human) pairs the figures rest on. */
  pairs: number;
}

export interface CriterionAgreement {
  id: string;
  name: string;
  grader: AgreementFigures;
  /** Human against human: the ceiling, with two or more raters. */
  humans: AgreementFigures | null;
  /** [human consensus][grader] counts, scale min first. */
  confusion: number[][];
  unscored: number;
}

export interface GradedItemScore {
  item: string;
  label: string | null;
  criterion: string;
  /** Median over repeats of the grader's score; null when never scored. */
  grader: number | null;
  /** Every repeat's score (spread = max - min of the scored ones). */
  runs: (number | null)[];
  spread: number;
  humans: { rater: string; score: number; note: string | null }[];
  evidence: { turn: number; quote: string }[];
  rationale: string;
}

export interface GradingReport {
  kind: "grading";
  id: string;
  file: string;
  rubric: string;
  raters: string[];
  scale: { min: number; max: number };
  overall: { grader: AgreementFigures; humans: AgreementFigures | null };
  criteria: CriterionAgreement[];
  scores: GradedItemScore[];
  /** Criteria the grader could not score (or, `partial`, could not score on some rep turns). */
  unscored: { item: string; criterion: string; partial: boolean; rationale: string }[];
  items: ItemRepeats[];
  checks: Check[];
}

export interface PersonaTurnResult {
  turn: number;
  line: string;
  reply: string | null;
  moodBefore: number;
  moodAfter: number;
  ruleBreaks: string[];
  inCharacter: boolean | null;
  verdict: string | null;
}

export interface PersonaScriptRun {
  script: string;
  repeat: number;
  passed: boolean;
  problems: string[];
  startMood: number;
  endMood: number;
  ended: boolean;
  outcome: string | null;
  turns: PersonaTurnResult[];
}

export interface PersonaReport {
  kind: "persona";
  id: string;
  file: string;
  persona: string;
  /** Share of judged customer turns the judge found in character; null without a model judge. */
  roleAdherence: number | null;
  judgedTurns: number;
  unjudgedTurns: number;
  runs: PersonaScriptRun[];
  items: ItemRepeats[];
  checks: Check[];
}

export interface SeparationRun {
  repeat: number;
  strong: {
    overall: number | null;
    scores: Record<string, number | null>;
    transcript: { role: string; text: string }[];
  };
  weak: { overall: number | null; scores: Record<string, number | null>; transcript: { role: string; text: string }[] };
}

export interface SeparationReport {
  kind: "separation";
  id: string;
  file: string;
  persona: string;
  rubric: string;
  criteria: { id: string; margin: number; strong: number | null; weak: number | null; gap: number | null }[];
  runs: SeparationRun[];
  items: ItemRepeats[];
  checks: Check[];
}

export interface RobustnessSuiteReport {
  kind: "robustness";
  id: string;
  file: string;
  rubric: string;
  attempts: {
    attempt: string;
    passed: boolean;
    flagged: boolean;
    rose: { id: string; from: number | null; to: number | null }[];
    unscored: number;
  }[];
  items: ItemRepeats[];
  checks: Check[];
}

export type SuiteReport = GradingReport | PersonaReport | SeparationReport | RobustnessSuiteReport;

export interface RunReport {
  version: 1;
  engine: "offline" | "model";
  models: { persona: string | null; judge: string | null };
  mode: "live" | "record" | "replay";
  /** The Parley server the suites ran against (`--server`); absent for a run in this process. */
  server?: string;
  repeat: number;
  suites: SuiteReport[];
  usage: { persona: RoleUsage; judge: RoleUsage; costUsd: number | null };
  /** Failed checks that gate the run. */
  failures: number;
  passed: boolean;
}

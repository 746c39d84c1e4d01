import type { Difficulty } from "../library/common-schema";

export type AssignmentKind = "practice" | "certification";

/** One scenario of an assignment: a persona, the rubric it is graded on, and the difficulty. */
export interface AssignmentStep {
  personaId: string;
  rubricId: string;
  difficulty: Difficulty;
}

/** What status is derived from: the assignment's rules. */
export interface AssignmentRules {
  id: string;
  kind: AssignmentKind;
  steps: AssignmentStep[];
  /** null: an attempt passes when its scorecard passes (the rubric's own pass mark). */
  requiredScore: number | null;
  attemptsAllowed: number;
  dueAt: number;
  createdAt: number;
}

/** One of a learner's real calls, as the status is derived from it (never a stored flag). */
export interface LearnerCall {
  sessionId: string;
  userId: string;
  personaId: string;
  personaVersion: number;
  rubricId: string;
  rubricVersion: number;
  difficulty: Difficulty;
  assignmentId: string | null;
  certification: boolean;
  status: "active" | "ended" | "abandoned";
  createdAt: number;
  /** The scorecard, when the call was graded. */
  score: {
    overall: number | null;
    passed: boolean | null;
    /** A critical criterion scored below its pass mark. */
    criticalFailed: boolean;
    engine: string;
    model: string | null;
    at: number;
  } | null;
}

export type AssignmentStatus = "not_started" | "in_progress" | "passed" | "overdue" | "failed";

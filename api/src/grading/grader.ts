import type { Engine } from "../config";
import type { Rubric } from "../library/rubric-schema";
import type { Transcript } from "../practice/transcript";
import type { CriterionResult } from "./types";

export interface GradeCallInput {
  rubric: Rubric;
  transcript: Transcript;
  sessionId?: string | null;
}

export interface GradeTurnInput extends GradeCallInput {
  /** The rep turn to judge; only `scope: turn` criteria are scored. */
  turnIndex: number;
}

/**
 * Scores a transcript against a rubric. Engines only score; evidence checks, aggregation,
 * pass/fail and coaching are shared code, so a score means the same thing whichever engine ran.
 */
export interface Grader {
  readonly engine: Engine;
  readonly model: string | null;
  gradeCall(input: GradeCallInput): Promise<CriterionResult[]>;
  gradeTurn(input: GradeTurnInput): Promise<CriterionResult[]>;
}

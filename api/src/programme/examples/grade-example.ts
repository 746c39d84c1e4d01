import type { Transcript } from "../../conversation/transcript";
import type { Grader } from "../../grading/grader";
import { scoreTranscript } from "../../grading/score-transcript";
import type { Scorecard } from "../../grading/types";
import { createUsageMeter } from "../../grading/usage";
import type { Persona } from "../../library/persona-schema";
import type { Rubric } from "../../library/rubric-schema";
import type { ExampleTurn } from "./example-types";

export interface Versioned<T> {
  value: T;
  version: number;
}

/**
 * Grades an example's transcript as a call of this scenario is graded: the scenario's rubric, and
 * its knowledge held against the rep. No judgement cache. `chargedTo`: the user whose daily token
 * budget the model calls count toward (the trainer writing it); null for shipped examples, which
 * the offline grader grades at no cost.
 */
export function gradeExample(
  grader: Grader,
  persona: Versioned<Persona>,
  rubric: Versioned<Rubric>,
  turns: ExampleTurn[],
  chargedTo: string | null,
): Promise<Scorecard> {
  const transcript: Transcript = turns.map(({ index, role, text }) => ({ index, role, text }));
  const context = {
    grader,
    cache: null,
    sessionId: null,
    userId: chargedTo,
    personaId: persona.value.id,
    knowledge: persona.value.knowledge,
    meter: createUsageMeter(),
  };
  return scoreTranscript(context, {
    rubric: rubric.value,
    rubricVersion: rubric.version,
    persona: { id: persona.value.id, version: persona.version },
    reveal: null,
    transcript,
  });
}

/** A graded example contradicts its label: "good" the grader fails, or "poor" it passes. */
export const contradicts = (quality: "good" | "poor", card: Pick<Scorecard, "passed">) =>
  quality === "good" ? card.passed !== true : card.passed === true;

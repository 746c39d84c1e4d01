import type { LibraryStore } from "../db/library-store";
import { DomainError } from "../errors";
import { DIFFICULTIES } from "../library/common-schema";
import type { AssignmentInput } from "./assignment-input";
import type { AssignmentStep } from "./assignment-types";

const invalid = (field: string, message: string) =>
  new DomainError("invalid_request", `${field}: ${message}`, { issues: [{ field, message }] });

/**
 * The steps as stored: each persona's own rubric and difficulty unless given, ordered easy to hard
 * (stable, so steps of one difficulty keep the trainer's order). The required score must fit every
 * step's rubric scale.
 */
export async function resolveSteps(library: LibraryStore, input: AssignmentInput): Promise<AssignmentStep[]> {
  const steps: AssignmentStep[] = [];
  for (const [index, step] of input.steps.entries()) {
    const persona = (await library.get("persona", step.personaId)).value;
    const rubricId = step.rubricId ?? persona.rubric;
    if (rubricId === undefined)
      throw new DomainError(
        "rubric_required",
        `steps.${index}: persona "${step.personaId}" names no rubric; give one.`,
      );
    const rubric = (await library.get("rubric", rubricId)).value;
    const required = input.requiredScore;
    if (required !== undefined && required !== null && (required < rubric.scale.min || required > rubric.scale.max))
      throw invalid(
        "requiredScore",
        `must be on rubric "${rubricId}"'s scale, ${rubric.scale.min} to ${rubric.scale.max}`,
      );
    steps.push({ personaId: step.personaId, rubricId, difficulty: step.difficulty ?? persona.difficulty });
  }
  const rank = (step: AssignmentStep) => DIFFICULTIES.indexOf(step.difficulty);
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => rank(a.step) - rank(b.step) || a.index - b.index)
    .map(({ step }) => step);
}

export function checkDueAt(dueAt: number, now: number) {
  if (dueAt <= now) throw invalid("dueAt", "must be in the future");
}

import type { GradingContext } from "../grading/grade-transcript";
import type { CoachingScenario } from "../grading/rewrite-check";
import { createUsageMeter } from "../grading/usage";
import type { PracticeDeps } from "./practice-deps";

/** A fresh grading context for one grading job: the grader, the judgement cache and who is charged. */
export const gradingContextFor =
  ({ grader, judgements }: Pick<PracticeDeps, "grader" | "judgements">) =>
  (
    sessionId: string | null,
    personaId: string | null,
    userId: string | null = null,
    scenario: CoachingScenario | null = null,
  ): GradingContext => ({
    grader,
    cache: judgements,
    sessionId,
    userId,
    personaId,
    scenario,
    meter: createUsageMeter(),
  });

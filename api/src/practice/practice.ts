import { createCallVoice } from "./call-voice";
import { createGradeService } from "./grade-service";
import type { PracticeDeps } from "./practice-deps";
import { createSessionAccess } from "./session-access";
import { createSessionService } from "./session-service";
import { createTurnPipeline } from "./turn-pipeline";

/**
 * Practice, by job: the call's lifecycle (`sessions`), the turn pipeline (`turns`), voice requests
 * that are not turns (`voice`) and grading outside a call (`grading`). Holds no state of its own.
 */
export function createPractice(deps: PracticeDeps) {
  const access = createSessionAccess(deps);
  return {
    sessions: createSessionService(deps, access),
    turns: createTurnPipeline(deps, access),
    voice: createCallVoice(deps, access),
    grading: createGradeService(deps, access),
  };
}

export type Practice = ReturnType<typeof createPractice>;

import type { Principal } from "../auth/principal";
import { DomainError } from "../errors";
import type { Transcript } from "../conversation/transcript";
import type { Rubric } from "../library/rubric-schema";
import { offlineRefusal } from "../library/language";
import { scorecardFor } from "./grading-context";
import type { PracticeDeps } from "./practice-deps";
import type { SessionAccess } from "./session-access";
import { transcriptOf } from "./turn-view";

/** Grading outside a live call: a pasted transcript, or a stored call regraded (`POST /api/grade`). */
export function createGradeService(deps: PracticeDeps, access: SessionAccess) {
  const scorecard = scorecardFor(deps);
  return {
    /** Grades a transcript with no session (evals, the rubric sandbox). */
    async gradeTranscript(principal: Principal, rubric: Rubric, rubricVersion: number, transcript: Transcript) {
      deps.limits.checkGradeSize(transcript);
      const refusal =
        deps.grader.engine === "offline" ? offlineRefusal(`Rubric "${rubric.id}"`, rubric.language) : null;
      if (refusal) throw new DomainError("language_unsupported", refusal);
      // Learners are rate-limited; trainers' eval runs grade hundreds of transcripts on purpose.
      if (principal.role === "learner") await deps.limits.checkGradeRate(principal);
      await access.checkBudget(principal, deps.grader.engine);
      const job = { sessionId: null, personaId: null, userId: principal.id, queueKey: principal.id };
      return scorecard(job, {
        rubric,
        rubricVersion,
        persona: null,
        reveal: null,
        transcript,
      });
    },

    /** The transcript and rubric of a stored session, for regrading it. */
    async sessionForGrading(principal: Principal, id: string) {
      const row = await access.require(principal, id, "read");
      if (row.certification && principal.id === row.userId) {
        throw new DomainError(
          "certification_graded_once",
          "A certification attempt is graded once; its scorecard stands.",
        );
      }
      return {
        rubricId: row.rubricId,
        rubricVersion: row.rubricVersion,
        transcript: transcriptOf(await deps.stores.turns.turns(id)),
      };
    },
  };
}

export type GradeService = ReturnType<typeof createGradeService>;

import type { KnowledgeEntry } from "../library/knowledge-schema";
import { type ScoreRequest, scoreTranscript } from "../grading/score-transcript";
import type { Scorecard } from "../grading/types";
import { createUsageMeter } from "../grading/usage";
import { createOfflineGrader } from "../offline/offline-grader";

/** One scorecard to compute on a worker thread: everything in it is plain data (structured-clonable). */
export interface ScoringJob {
  request: ScoreRequest;
  sessionId: string | null;
  personaId: string | null;
  knowledge: KnowledgeEntry[];
}

const grader = createOfflineGrader();

/**
 * Runs inside a worker thread (see scoring-worker.mjs): the offline engine's whole scorecard, the
 * same code the main thread would run. The offline grader makes no model call and stores no
 * judgement, so nothing here needs the database or the gateway.
 */
export function scoreOffline(job: ScoringJob): Promise<Scorecard> {
  return scoreTranscript(
    {
      grader,
      cache: null,
      sessionId: job.sessionId,
      userId: null,
      personaId: job.personaId,
      knowledge: job.knowledge,
      meter: createUsageMeter(),
    },
    job.request,
  );
}

import type { KnowledgeEntry } from "../library/knowledge-schema";
import type { GradingContext } from "../grading/grade-transcript";
import { type ScoreRequest, scoreTranscript } from "../grading/score-transcript";
import type { Scorecard } from "../grading/types";
import { createUsageMeter } from "../grading/usage";
import type { PracticeDeps } from "./practice-deps";

/** A fresh grading context for one grading job: the grader, the judgement cache and who is charged. */
export const gradingContextFor =
  ({ grader, judgements }: Pick<PracticeDeps, "grader" | "judgements">) =>
  (
    sessionId: string | null,
    personaId: string | null,
    userId: string | null = null,
    knowledge: KnowledgeEntry[] = [],
  ): GradingContext => ({
    grader,
    cache: judgements,
    sessionId,
    userId,
    personaId,
    knowledge,
    meter: createUsageMeter(),
  });

/**
 * Scores a whole transcript: a long one on the scoring pool's worker threads when there is one
 * (queued fairly per user), else in this thread.
 */
export const scorecardFor = (deps: Pick<PracticeDeps, "grader" | "judgements" | "scoring">) => {
  const gradingContext = gradingContextFor(deps);
  return (
    /**
     * `queueKey`: whose turn in the queue (the signed-in user); `userId`: who is charged for model
     * calls; `knowledge`: the scenario's policies and facts (knowledge checks, the judge).
     */
    job: {
      sessionId: string | null;
      personaId: string | null;
      userId: string | null;
      queueKey: string;
      knowledge?: KnowledgeEntry[];
    },
    request: ScoreRequest,
  ): Promise<Scorecard> => {
    const knowledge = job.knowledge ?? [];
    return deps.scoring?.takes(request.transcript)
      ? deps.scoring.score(job.queueKey, { request, sessionId: job.sessionId, personaId: job.personaId, knowledge })
      : scoreTranscript(gradingContext(job.sessionId, job.personaId, job.userId, knowledge), request);
  };
};

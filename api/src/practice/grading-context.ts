import type { KnowledgeEntry } from "../library/knowledge-schema";
import type { GradingContext } from "../grading/grade-transcript";
import type { CoachingScenario } from "../grading/rewrite-check";
import { type ScoreRequest, scoreTranscript } from "../grading/score-transcript";
import type { Scorecard } from "../grading/types";
import { createUsageMeter } from "../grading/usage";
import type { PracticeDeps } from "./practice-deps";

/** What a grading job may add to its context beyond the call and the persona. */
export interface GradingExtras {
  /** Who is charged for model calls (null: nobody, e.g. a practice call's own grading). */
  userId?: string | null;
  /** The scenario's policies and facts: knowledge checks and the judge hold the rep to them. */
  knowledge?: KnowledgeEntry[];
  /** A practice call's scenario: what a better reply may draw on, and how the customer would take it. */
  scenario?: CoachingScenario | null;
  /** Turn-scope criteria the call met on an earlier turn (live coaching with a model judge). */
  metEarlier?: Set<string>;
}

/** A fresh grading context for one grading job: the grader, the judgement cache and who is charged. */
export const gradingContextFor =
  ({ grader, judgements }: Pick<PracticeDeps, "grader" | "judgements">) =>
  (
    sessionId: string | null,
    personaId: string | null,
    { userId = null, knowledge = [], scenario = null, metEarlier }: GradingExtras = {},
  ): GradingContext => ({
    grader,
    cache: judgements,
    sessionId,
    userId,
    personaId,
    knowledge,
    scenario,
    ...(metEarlier ? { metEarlier } : {}),
    meter: createUsageMeter(),
  });

/** One whole-transcript scoring job; `queueKey` is whose turn it is in the worker queue (the signed-in user). */
export interface ScorecardJob extends GradingExtras {
  sessionId: string | null;
  personaId: string | null;
  queueKey: string;
}

/**
 * Scores a whole transcript: a long one on the scoring pool's worker threads when there is one
 * (queued fairly per user), else in this thread. The pool runs only the offline grader, whose
 * coaching never rewrites a reply, so the scenario (which holds a function) stays on this thread.
 */
export const scorecardFor = (deps: Pick<PracticeDeps, "grader" | "judgements" | "scoring">) => {
  const gradingContext = gradingContextFor(deps);
  return (job: ScorecardJob, request: ScoreRequest): Promise<Scorecard> => {
    const knowledge = job.knowledge ?? [];
    return deps.scoring?.takes(request.transcript)
      ? deps.scoring.score(job.queueKey, { request, sessionId: job.sessionId, personaId: job.personaId, knowledge })
      : scoreTranscript(gradingContext(job.sessionId, job.personaId, job), request);
  };
};

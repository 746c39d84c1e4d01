import type { Rubric } from "../library/rubric-schema";
import type { Transcript } from "../conversation/transcript";
import type { GradingContext } from "./grade-transcript";
import type { CriterionResult } from "./types";

/** What per-turn rubric coaching needs to know beyond the turn's own scores (issue 14, item 6). */
export interface TurnCoachingContext {
  /** Must-pass (critical) call-scope criteria this turn broke, each judged on the call up to it. */
  broken: CriterionResult[];
  /** Turn-scope criteria the rep already met on an earlier turn of this call: their tips are not repeated. */
  metEarlier: Set<string>;
}

export const NO_TURN_CONTEXT: TurnCoachingContext = { broken: [], metEarlier: new Set() };

/**
 * Judges, with the call's own grader, the critical call-scope criteria on the call up to this turn
 * and up to the one before (a turn broke a criterion when its score fell below the pass mark, or
 * fell further, with evidence in this turn), and the turn-scope criteria on each earlier rep turn.
 * Offline only: it is cheap there, and a model judge writes its own coaching from the whole rubric.
 */
export async function turnCoachingContext(
  ctx: GradingContext,
  rubric: Rubric,
  upToTurn: Transcript,
  turnIndex: number,
): Promise<TurnCoachingContext> {
  if (ctx.grader.engine !== "offline") return NO_TURN_CONTEXT;
  const threshold = rubric.pass.overall;
  const base = { rubric, sessionId: ctx.sessionId, userId: ctx.userId ?? null, sample: 0 };

  const critical = rubric.criteria.filter((criterion) => criterion.critical && criterion.scope === "conversation");
  const before = upToTurn.filter((turn) => turn.index < turnIndex);
  const hasRep = before.some((turn) => turn.role === "rep");
  const [now, then] = await Promise.all([
    critical.length > 0 ? ctx.grader.judgeCall({ ...base, criteria: critical, transcript: upToTurn }) : null,
    critical.length > 0 && hasRep ? ctx.grader.judgeCall({ ...base, criteria: critical, transcript: before }) : null,
  ]);
  const broken = (now?.criteria ?? []).flatMap((result) => {
    // The words in this turn that broke it, not an earlier turn's.
    const here = result.evidence.filter((item) => item.turn === turnIndex);
    if (result.score === null || result.score >= threshold || here.length === 0) return [];
    const earlier = then?.criteria.find((candidate) => candidate.id === result.id)?.score ?? null;
    return earlier === null || earlier >= threshold || result.score < earlier ? [{ ...result, evidence: here }] : [];
  });

  const turnCriteria = rubric.criteria.filter((criterion) => criterion.scope === "turn");
  const earlierReps = before.filter((turn) => turn.role === "rep");
  const judged = await Promise.all(
    earlierReps.map((turn) =>
      ctx.grader.judgeTurn({
        ...base,
        criteria: turnCriteria,
        transcript: upToTurn.filter((candidate) => candidate.index <= turn.index),
        turnIndex: turn.index,
      }),
    ),
  );
  const metEarlier = new Set(
    judged.flatMap((judgement) =>
      judgement.criteria
        .filter((result) => result.score !== null && result.score >= threshold)
        .map((result) => result.id),
    ),
  );
  return { broken, metEarlier };
}

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
 * and on this turn alone (a turn broke a criterion when the call so far fails it and the turn on its
 * own scores below the criterion's baseline), and the turn-scope criteria on each earlier rep turn.
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
  // This turn on its own (with the customer's line before it): did it do something wrong for the criterion?
  const alone = upToTurn.filter((turn) => turn.index >= (before.findLast((t) => t.role === "customer")?.index ?? 0));
  const [now, isolated] = await Promise.all([
    critical.length > 0 ? ctx.grader.judgeCall({ ...base, criteria: critical, transcript: upToTurn }) : null,
    critical.length > 0 ? ctx.grader.judgeCall({ ...base, criteria: critical, transcript: alone }) : null,
  ]);
  const broken = (now?.criteria ?? []).flatMap((result) => {
    const criterion = critical.find((candidate) => candidate.id === result.id);
    const own = isolated?.criteria.find((candidate) => candidate.id === result.id);
    const baseline = criterion?.signals.baseline ?? rubric.scale.min + 1;
    if (result.score === null || result.score >= threshold || !own || own.score === null || own.score >= baseline)
      return [];
    // The words in this turn that broke it, not an earlier turn's.
    const here = own.evidence.filter((item) => item.turn === turnIndex);
    return here.length > 0 ? [{ ...result, evidence: here }] : [];
  });

  const turnCriteria = rubric.criteria.filter((criterion) => criterion.scope === "turn");
  const judged = await Promise.all(
    before.flatMap((turn, position) =>
      turn.role === "rep"
        ? [
            ctx.grader.judgeTurn({
              ...base,
              knowledge: ctx.knowledge ?? [],
              criteria: turnCriteria,
              transcript: before.slice(0, position + 1),
              turnIndex: turn.index,
            }),
          ]
        : [],
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

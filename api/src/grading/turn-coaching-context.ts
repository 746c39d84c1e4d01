import type { Criterion, Rubric } from "../library/rubric-schema";
import type { Transcript } from "../conversation/transcript";
import type { GradingContext } from "./grade-transcript";
import type { CriterionResult } from "./types";

/** What per-turn rubric coaching needs to know beyond the turn's own scores (issue 14, item 6). */
export interface TurnCoachingContext {
  /** Must-pass (critical) call-scope criteria this turn broke, each judged on the call up to it. */
  broken: CriterionResult[];
  /** Turn-scope criteria the rep already met on an earlier turn of this call: their tips are not repeated. */
  metEarlier: Set<string>;
  /**
   * Call-scope criteria the turn did not break, scored on this turn alone with its words as
   * evidence: those it meets (praise may name them), and those the call has not met yet where this
   * turn's words sit below the pass mark ("what's the prescription number?" to a customer whose
   * father fell; "anything else?" before she is settled).
   */
  thisTurn: CriterionResult[];
  /**
   * For a turn that earned nothing and broke nothing: the first call-scope criterion, in the
   * rubric's order, the call so far has not met ("Hello, can I get your policy number?" to a
   * customer asking why her claim was refused: acknowledge her situation first). Judged only then.
   */
  nextNeeded?: () => Promise<CriterionResult | null>;
}

/** The rubric's checks (knowledge, required phrases) over judged results, as the scorecard applies them. */
export type ApplyChecks = (
  criteria: Criterion[],
  results: CriterionResult[],
  transcript: Transcript,
) => CriterionResult[];

export const NO_TURN_CONTEXT: TurnCoachingContext = { broken: [], metEarlier: new Set(), thisTurn: [] };

/**
 * Judges, with the call's own grader and the rubric's checks, the call-scope criteria on the call up
 * to this turn and on this turn alone (a turn broke a critical criterion when the call so far fails
 * it and the turn on its own scores below the criterion's baseline; it sits low on another when the
 * call so far fails it and the turn's own words score below the pass mark, off a baseline above the
 * floor), and the turn-scope criteria on each earlier rep turn. Offline only: it is cheap there, and
 * a model judge writes its own coaching from the whole rubric.
 */
export async function turnCoachingContext(
  ctx: GradingContext,
  rubric: Rubric,
  upToTurn: Transcript,
  turnIndex: number,
  withChecks: ApplyChecks,
): Promise<TurnCoachingContext> {
  if (ctx.grader.engine !== "offline") return NO_TURN_CONTEXT;
  const threshold = rubric.pass.overall;
  const base = {
    rubric,
    sessionId: ctx.sessionId,
    userId: ctx.userId ?? null,
    sample: 0,
    knowledge: ctx.knowledge ?? [],
  };

  const callScope = rubric.criteria.filter((criterion) => criterion.scope === "conversation");
  const before = upToTurn.filter((turn) => turn.index < turnIndex);
  // This turn on its own (with the customer's line before it): did it do something wrong for the criterion?
  const alone = upToTurn.filter((turn) => turn.index >= (before.findLast((t) => t.role === "customer")?.index ?? 0));
  const judged = async (criteria: Criterion[], transcript: Transcript) =>
    criteria.length > 0
      ? withChecks(
          criteria,
          (await ctx.grader.judgeCall({ ...base, criteria, transcript, partial: true })).criteria,
          transcript,
        )
      : [];
  const isolated = await judged(callScope, alone);
  // The words in this turn, not an earlier turn's: only a criterion they bear on is judged on the
  // call so far (judging every one on every prefix made a long call's grading twice as slow).
  const here = (id: string) =>
    isolated.find((own) => own.id === id)?.evidence.filter((item) => item.turn === turnIndex) ?? [];
  const inPlay = callScope.filter((criterion) => here(criterion.id).length > 0);
  const now = await judged(inPlay, upToTurn);
  const broken: CriterionResult[] = [];
  const thisTurn: CriterionResult[] = [];
  for (const result of now) {
    const criterion = callScope.find((candidate) => candidate.id === result.id);
    const own = isolated.find((candidate) => candidate.id === result.id);
    if (!criterion || result.score === null || !own || own.score === null) continue;
    const unmet = result.score < threshold;
    const baseline = criterion.signals.baseline ?? rubric.scale.min + 1;
    // Left at a starting point above the scale's floor, the turn neither did it nor did it wrong: an
    // explanation before any offer is not a low point on "offers within policy".
    const untouched = own.score === baseline && baseline > rubric.scale.min;
    if (criterion.critical && unmet && own.score < baseline) broken.push({ ...result, evidence: here(result.id) });
    else if (own.score >= threshold || (unmet && !untouched)) thisTurn.push({ ...own, evidence: here(result.id) });
  }

  const turnCriteria = rubric.criteria.filter((criterion) => criterion.scope === "turn");
  const earlier = await Promise.all(
    before.flatMap((turn, position) =>
      turn.role === "rep"
        ? [
            ctx.grader.judgeTurn({
              ...base,
              criteria: turnCriteria,
              transcript: before.slice(0, position + 1),
              turnIndex: turn.index,
            }),
          ]
        : [],
    ),
  );
  const metEarlier = new Set(
    earlier.flatMap((judgement) =>
      judgement.criteria
        .filter((result) => result.score !== null && result.score >= threshold)
        .map((result) => result.id),
    ),
  );
  const nextNeeded = async () => {
    const rest = callScope.filter((criterion) => !inPlay.includes(criterion));
    const soFar = [...now, ...(await judged(rest, upToTurn))];
    // One the call already broke (a pitch before listening, a refusal) is past mending by what comes
    // next: "say plainly you can cancel today" after the cancellation is done is no tip.
    const unmet = (criterion: Criterion) =>
      soFar.find(
        (result) =>
          result.id === criterion.id &&
          result.score !== null &&
          result.score < threshold &&
          (result.focusTurn ?? null) === null,
      );
    return callScope.map(unmet).find((result) => result !== undefined) ?? null;
  };
  return { broken, metEarlier, thisTurn, nextNeeded };
}

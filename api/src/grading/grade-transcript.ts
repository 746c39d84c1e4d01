import type { Criterion, Rubric } from "../library/rubric-schema";
import { repTurns, type Transcript } from "../conversation/transcript";
import type { KnowledgeEntry } from "../library/knowledge-schema";
import { applyChecks, runChecks } from "./checks";
import { checkKnowledge } from "./knowledge-checks";
import { KEEP_GOING, rubricTurnCoaching } from "./coaching";
import { verifyEvidence, verifyQuotes } from "./evidence";
import type { Grader, Judgement, TurnJudgement } from "./grader";
import { type CoachingScenario, checkedRewrite, rewriteWordBudget } from "./rewrite-check";
import { findInstructionAttempts } from "./instruction-attempts";
import { cached } from "./cached-judgement";
import { turnCoachingContext } from "./turn-coaching-context";
import { mergeSamples } from "./samples";
import { aggregateTurns, dedupe, missing } from "./aggregate-turns";
import type { CriterionResult, Evidence, TurnCoachingNote } from "./types";
import type { UsageMeter } from "./usage";

/** Stored judgements, keyed by everything that can change them. */
export interface JudgementCache {
  get(key: string): Promise<unknown>;
  set(key: string, model: string, payload: unknown): Promise<void>;
}

export interface GradingContext {
  grader: Grader;
  cache: JudgementCache | null;
  sessionId: string | null;
  /** Who the grading is for: model calls count against their daily token budget. */
  userId?: string | null;
  /** Lets coaching prefer exemplar replies written for this persona. */
  personaId: string | null;
  /** The scenario's policies, offers and facts: the judge sees them; `knowledge` checks hold the rep to them. */
  knowledge?: KnowledgeEntry[];
  /** A practice call's scenario: what a better reply may draw on, and how the customer would take it. */
  scenario?: CoachingScenario | null;
  /**
   * Turn-scope criteria an earlier turn of this call already met, as stored with that turn's
   * feedback: a model judge's live chips then say "met earlier" as the offline ones do.
   */
  metEarlier?: Set<string>;
  meter: UsageMeter;
}

export interface GradedTurn {
  turn: number;
  criteria: CriterionResult[];
  coaching: TurnCoachingNote;
  instructionAttempts: Evidence[];
  /** Must-pass call-scope criteria this turn broke (offline; empty when the judge coached). */
  mustPassBroken?: string[];
}

export interface GradedTranscript {
  criteria: CriterionResult[];
  turns: GradedTurn[];
  instructionAttempts: Evidence[];
}

const TURN_CONCURRENCY = 4;

/** Judges the turn-scope criteria on one rep turn: samples, cache, checks, verified evidence, coaching. */
export async function gradeRepTurn(
  ctx: GradingContext,
  rubric: Rubric,
  transcript: Transcript,
  turnIndex: number,
): Promise<GradedTurn> {
  const criteria = rubric.criteria.filter((criterion) => criterion.scope === "turn");
  const upToTurn = transcript.filter((turn) => turn.index <= turnIndex);
  const repTurn = upToTurn.filter((turn) => turn.index === turnIndex && turn.role === "rep");
  const scenario = ctx.scenario ?? null;
  const rewrite = { facts: scenario?.facts ?? [], maxWords: rewriteWordBudget(rubric, scenario) };
  const samples = await Promise.all(
    range(rubric.samples).map((sample) =>
      cached<TurnJudgement>(
        ctx,
        {
          kind: "turn",
          rubric,
          criteria,
          transcript: upToTurn,
          turnIndex,
          rewrite,
          sample,
          knowledge: ctx.knowledge ?? [],
        },
        () =>
          ctx.grader.judgeTurn({
            rubric,
            criteria,
            transcript: upToTurn,
            turnIndex,
            knowledge: ctx.knowledge ?? [],
            rewrite,
            personaId: ctx.personaId,
            sessionId: ctx.sessionId,
            userId: ctx.userId ?? null,
            sample,
            meter: ctx.meter,
          }),
      ),
    ),
  );
  const results = finish(
    ctx,
    rubric,
    criteria,
    mergeSamples(
      criteria,
      samples.map((s) => s.criteria),
    ),
    () => repTurn,
  );
  const judged = samples.find((sample) => sample.coaching)?.coaching;
  const context = judged
    ? null
    : await turnCoachingContext(ctx, rubric, upToTurn, turnIndex, (checked, judgedResults, scope) =>
        finish(ctx, rubric, checked, judgedResults, () => repTurns(scope)),
      );
  let coaching = judged
    ? checkedRewrite(rubric, upToTurn, turnIndex, judged, scenario)
    : rubricTurnCoaching(rubric, results, ctx.personaId, context ?? undefined);
  // A turn that earned nothing and broke nothing is pointed at what the call still needs.
  if (context?.nextNeeded && coaching.tip === KEEP_GOING) {
    const next = await context.nextNeeded();
    if (next) coaching = rubricTurnCoaching(rubric, results, ctx.personaId, { ...context, next });
  }
  return {
    turn: turnIndex,
    criteria: withMetEarlier(rubric, results, context?.metEarlier ?? ctx.metEarlier ?? new Set()),
    coaching,
    mustPassBroken: context?.broken.map((result) => result.id) ?? [],
    // Only this turn is read: reading the whole call again for each turn grew with the square of its length.
    instructionAttempts: attempts(repTurn, samples, (item) => item.turn === turnIndex),
  };
}

/**
 * A criterion the call keeps the best turn of (`aggregate: max`), met on an earlier rep turn: this
 * turn's lower score costs nothing, so the live coaching shows "met earlier", not a red 1/5 on an
 * account question after a fine acknowledgement.
 */
function withMetEarlier(rubric: Rubric, results: CriterionResult[], metEarlier: Set<string>): CriterionResult[] {
  return results.map((result) => {
    const criterion = rubric.criteria.find((candidate) => candidate.id === result.id);
    const lower = result.score !== null && result.score < rubric.pass.overall;
    return criterion?.aggregate === "max" && metEarlier.has(result.id) && lower
      ? { ...result, flags: [...result.flags, "met_earlier"] }
      : result;
  });
}

/** Grades a whole call: every rep turn for turn-scope criteria (aggregated), the call for the rest. */
export async function gradeTranscript(
  ctx: GradingContext,
  rubric: Rubric,
  transcript: Transcript,
): Promise<GradedTranscript> {
  const reps = repTurns(transcript);
  if (reps.length === 0) {
    const silent = (criterion: Criterion): CriterionResult => ({
      ...missing(criterion),
      rationale: "The rep did not speak.",
    });
    return { criteria: rubric.criteria.map(silent), turns: [], instructionAttempts: [] };
  }
  const turns = await mapLimit(reps, TURN_CONCURRENCY, (turn) => gradeRepTurn(ctx, rubric, transcript, turn.index));

  const callCriteria = rubric.criteria.filter((criterion) => criterion.scope === "conversation");
  const samples = await Promise.all(
    range(rubric.samples).map((sample) =>
      cached<Judgement>(
        ctx,
        { kind: "call", rubric, criteria: callCriteria, transcript, sample, knowledge: ctx.knowledge ?? [] },
        () =>
          ctx.grader.judgeCall({
            rubric,
            criteria: callCriteria,
            transcript,
            knowledge: ctx.knowledge ?? [],
            personaId: ctx.personaId,
            sessionId: ctx.sessionId,
            userId: ctx.userId ?? null,
            sample,
            meter: ctx.meter,
          }),
      ),
    ),
  );
  const callResults = finish(
    ctx,
    rubric,
    callCriteria,
    mergeSamples(
      callCriteria,
      samples.map((s) => s.criteria),
    ),
    () => reps,
  );

  const criteria = rubric.criteria.map((criterion) =>
    criterion.scope === "turn"
      ? aggregateTurns(rubric, criterion, turns)
      : (callResults.find((result) => result.id === criterion.id) ?? missing(criterion)),
  );
  const fromTurns = turns.flatMap((turn) => turn.instructionAttempts);
  return { criteria, turns, instructionAttempts: dedupe([...fromTurns, ...attempts(transcript, samples, () => true)]) };
}

/**
 * Checks are applied after the judge and win; then quotes are verified against the turns in scope
 * (the judged rep turn, or the call's rep turns): a quote of the customer, or of another turn, is
 * not evidence of what the rep did here. A model judge's score above the scale's midpoint with no
 * verified evidence is capped there, and says so.
 */
function finish(
  ctx: GradingContext,
  rubric: Rubric,
  criteria: Criterion[],
  results: CriterionResult[],
  inScope: () => Transcript,
): CriterionResult[] {
  const capAt = ctx.grader.engine === "model" ? (rubric.scale.min + rubric.scale.max) / 2 : null;
  return criteria.map((criterion) => {
    const result = results.find((candidate) => candidate.id === criterion.id) ?? missing(criterion);
    const scope = inScope();
    const knowledge = ctx.knowledge ?? [];
    const checked = applyChecks(rubric, result, runChecks(rubric, criterion, scope, knowledge));
    const policy = criterion.checks.some((check) => check.knowledge) ? checkKnowledge(knowledge, scope) : [];
    return verifyEvidence(scope, policy.length > 0 ? { ...checked, policy } : checked, capAt);
  });
}

/** Rule-detected attempts plus the judge's own reports, kept only where the quote is real. */
function attempts(transcript: Transcript, samples: Judgement[], keep: (item: Evidence) => boolean): Evidence[] {
  const reported = verifyQuotes(
    transcript,
    samples.flatMap((sample) => sample.instructionAttempts),
  );
  return dedupe([...findInstructionAttempts(transcript), ...reported]).filter(keep);
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

async function mapLimit<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as T);
    }
  };
  await Promise.all(range(Math.min(limit, items.length)).map(worker));
  return results;
}

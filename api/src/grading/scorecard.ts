import type { Engine } from "../config";
import type { Rubric } from "../library/rubric-schema";
import type { Transcript } from "../conversation/transcript";
import { callDelivery } from "../voice/delivery/call-delivery";
import { callHighlights, weakestTurnRewrites } from "./coaching";
import type { GradedTranscript } from "./grade-transcript";
import type { HiddenGoalReveal, Scorecard } from "./types";
import type { Usage } from "./usage";

export interface ScorecardContext {
  rubric: Rubric;
  rubricVersion: number;
  persona: { id: string; version: number } | null;
  engine: Engine;
  model: string | null;
  transcript: Transcript;
  reveal: HiddenGoalReveal | null;
  usage: Usage;
  now?: number;
}

/** Weighted overall, per-criterion pass, critical criteria, coaching: the same for every engine. */
export function buildScorecard(context: ScorecardContext, graded: GradedTranscript): Scorecard {
  const { rubric } = context;
  const threshold = rubric.pass.overall;
  const criteria = rubric.criteria.map((criterion) => {
    const result = graded.criteria.find((candidate) => candidate.id === criterion.id) ?? {
      id: criterion.id,
      score: null,
      evidence: [],
      rationale: "The grader returned no result for this criterion.",
      flags: ["unscored" as const],
    };
    return {
      ...result,
      name: criterion.name,
      weight: criterion.weight,
      critical: criterion.critical,
      passed: result.score === null ? null : result.score >= threshold,
      rubricVersion: context.rubricVersion,
    };
  });

  const scored = criteria.filter((criterion) => criterion.score !== null);
  const totalWeight = scored.reduce((sum, criterion) => sum + criterion.weight, 0);
  const overall =
    totalWeight === 0
      ? null
      : Math.round((scored.reduce((sum, c) => sum + (c.score ?? 0) * c.weight, 0) / totalWeight) * 100) / 100;

  const critical = rubric.pass.critical === "all" ? criteria.filter((criterion) => criterion.critical) : [];
  let passed: boolean | null;
  if (overall === null || critical.some((criterion) => criterion.passed === null)) passed = null;
  else passed = overall >= threshold && critical.every((criterion) => criterion.passed === true);
  const delivery = callDelivery(context.transcript);

  return {
    overall,
    passed,
    threshold,
    engine: context.engine,
    model: context.model,
    rubric: { id: rubric.id, version: context.rubricVersion },
    persona: context.persona,
    criteria,
    ...callHighlights(rubric, criteria),
    rewrites: weakestTurnRewrites(rubric, graded.turns, context.transcript),
    instructionAttempts: graded.instructionAttempts,
    reveal: context.reveal,
    unscored: criteria.length - scored.length,
    usage: context.usage,
    createdAt: context.now ?? Date.now(),
    ...(delivery ? { delivery } : {}),
  };
}

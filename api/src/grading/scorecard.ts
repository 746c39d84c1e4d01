import type { Engine } from "../config";
import type { Rubric } from "../library/rubric-schema";
import type { Transcript } from "../practice/transcript";
import { deriveCoaching } from "./coaching";
import { verifyEvidence } from "./evidence";
import type { CriterionResult, Scorecard } from "./types";

export interface ScorecardContext {
  rubric: Rubric;
  rubricVersion: number;
  persona: { id: string; version: number } | null;
  engine: Engine;
  model: string | null;
  transcript: Transcript;
  now?: number;
}

/** Weighted overall, per-criterion pass, critical criteria, coaching: the same for every engine. */
export function buildScorecard(context: ScorecardContext, results: CriterionResult[]): Scorecard {
  const { rubric } = context;
  const threshold = rubric.pass.overall;
  const criteria = rubric.criteria.map((criterion) => {
    const found = results.find((result) => result.id === criterion.id) ?? {
      id: criterion.id,
      score: null,
      evidence: [],
      rationale: "The grader returned no result for this criterion.",
      flags: ["unscored" as const],
    };
    const result = verifyEvidence(context.transcript, found);
    return {
      ...result,
      name: criterion.name,
      weight: criterion.weight,
      critical: criterion.critical,
      passed: result.score === null ? null : result.score >= threshold,
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

  return {
    overall,
    passed,
    engine: context.engine,
    model: context.model,
    rubric: { id: rubric.id, version: context.rubricVersion },
    persona: context.persona,
    criteria,
    ...deriveCoaching(rubric, criteria, context.transcript, context.persona?.id ?? null),
    unscored: criteria.length - scored.length,
    createdAt: context.now ?? Date.now(),
  };
}

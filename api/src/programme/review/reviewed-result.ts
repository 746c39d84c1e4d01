import type { Rubric } from "../../library/rubric-schema";
import type { Scorecard } from "../../grading/types";

/** One criterion as the grader scored it and as it stands after review. */
export interface ReviewedCriterion {
  id: string;
  name: string;
  weight: number;
  critical: boolean;
  graderScore: number | null;
  /** The standing override's score, else the grader's. */
  reviewedScore: number | null;
  overridden: boolean;
  passed: boolean | null;
}

export interface ReviewedResult {
  overall: number | null;
  passed: boolean | null;
  criteria: ReviewedCriterion[];
}

/**
 * The scorecard with the standing overrides applied, weighed and passed exactly as the grader's
 * scorecard is (grading/scorecard.ts): a weighted mean of the scored criteria, rounded to two
 * places, passed at the rubric's pass mark with every critical criterion passed when it asks so.
 */
export function reviewedResult(
  card: Pick<Scorecard, "criteria" | "threshold">,
  critical: Rubric["pass"]["critical"],
  overrides: ReadonlyMap<string, number>,
): ReviewedResult {
  const criteria = card.criteria.map((criterion): ReviewedCriterion => {
    const override = overrides.get(criterion.id);
    const reviewedScore = override ?? criterion.score;
    return {
      id: criterion.id,
      name: criterion.name,
      weight: criterion.weight,
      critical: criterion.critical,
      graderScore: criterion.score,
      reviewedScore,
      overridden: override !== undefined,
      passed: reviewedScore === null ? null : reviewedScore >= card.threshold,
    };
  });
  const scored = criteria.filter((criterion) => criterion.reviewedScore !== null);
  const totalWeight = scored.reduce((sum, criterion) => sum + criterion.weight, 0);
  const overall =
    totalWeight === 0
      ? null
      : Math.round((scored.reduce((sum, c) => sum + (c.reviewedScore ?? 0) * c.weight, 0) / totalWeight) * 100) / 100;
  const gating = critical === "all" ? criteria.filter((criterion) => criterion.critical) : [];
  const passed =
    overall === null || gating.some((criterion) => criterion.passed === null)
      ? null
      : overall >= card.threshold && gating.every((criterion) => criterion.passed === true);
  return { overall, passed, criteria };
}

/** Per criterion, the latest override unless it was withdrawn (then the grader's score stands again). */
export function standingOverrides<T extends { criterionId: string; withdrawnAt: number | null }>(
  oldestFirst: T[],
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const override of oldestFirst) latest.set(override.criterionId, override);
  for (const [criterionId, override] of latest) if (override.withdrawnAt !== null) latest.delete(criterionId);
  return latest;
}

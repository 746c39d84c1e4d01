import { describe, expect, it } from "vitest";
import { reviewedResult, standingOverrides } from "./reviewed-result";

const criterion = (id: string, score: number | null, weight = 1, critical = false) => ({
  id,
  name: id,
  score,
  weight,
  critical,
});
const card = {
  threshold: 3,
  criteria: [criterion("tone", 2, 1, true), criterion("offer", 4, 3), criterion("close", null)],
} as unknown as Parameters<typeof reviewedResult>[0];

describe("reviewedResult", () => {
  it("is the grader's result when nothing is overridden", () => {
    const result = reviewedResult(card, "all", new Map());
    expect(result.overall).toBe(3.5);
    expect(result.passed).toBe(false); // the critical "tone" failed
    expect(result.criteria.map((c) => c.overridden)).toEqual([false, false, false]);
  });

  it("weighs an override like a grader's score, and an override can pass a failed critical criterion", () => {
    const result = reviewedResult(card, "all", new Map([["tone", 4]]));
    expect(result.overall).toBe(4);
    expect(result.passed).toBe(true);
    expect(result.criteria[0]).toMatchObject({ graderScore: 2, reviewedScore: 4, overridden: true, passed: true });
  });

  it("scores an unscored criterion once a reviewer gives it a score; critical criteria gate only when the rubric says so", () => {
    const result = reviewedResult(card, "none", new Map([["close", 1]]));
    expect(result.overall).toBe(3); // (2×1 + 4×3 + 1×1) / 5
    expect(result.passed).toBe(true);
    expect(reviewedResult(card, "all", new Map([["close", 1]])).passed).toBe(false);
  });
});

describe("standingOverrides", () => {
  const o = (id: string, criterionId: string, withdrawnAt: number | null = null) => ({ id, criterionId, withdrawnAt });
  it("keeps the latest per criterion, and a withdrawn latest leaves the grader's score (not an older override)", () => {
    const standing = standingOverrides([o("1", "tone"), o("2", "tone"), o("3", "offer"), o("4", "offer", 9)]);
    expect([...standing.entries()].map(([criterionId, row]) => [criterionId, row.id])).toEqual([["tone", "2"]]);
  });
});

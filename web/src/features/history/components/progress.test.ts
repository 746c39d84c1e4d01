import { describe, expect, it } from "vitest";
import type { SessionSummary } from "../api/get-sessions";
import { progressByRubric } from "./progress";

const session = (id: string, rubricId: string, createdAt: number, scores: Record<string, number | null> | null) =>
  ({
    id,
    rubricId,
    createdAt,
    scorecard: scores && {
      overall: 3,
      passed: true,
      criteria: Object.entries(scores).map(([cid, score]) => ({ id: cid, name: cid.toUpperCase(), score })),
    },
  }) as unknown as SessionSummary;

describe("progress per criterion", () => {
  it("groups scored sessions by rubric, oldest first, one series per criterion with gaps as null", () => {
    const groups = progressByRubric([
      session("c", "r1", 3, { a: 4 }),
      session("x", "r2", 2, { z: 1 }),
      session("b", "r1", 2, null),
      session("a", "r1", 1, { a: 2, b: 5 }),
    ]);
    expect(groups.map((g) => g.rubricId)).toEqual(["r1", "r2"]);
    expect(groups[0]?.attempts.map((a) => a.sessionId)).toEqual(["a", "c"]);
    expect(groups[0]?.criteria).toEqual([
      { id: "a", name: "A", scores: [2, 4] },
      { id: "b", name: "B", scores: [5, null] },
    ]);
  });
});

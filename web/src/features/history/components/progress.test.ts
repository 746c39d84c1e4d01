import { describe, expect, it } from "vitest";
import type { SessionSummary } from "../api/get-sessions";
import { progressAxes, progressByRubric } from "./progress";

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

describe("progressAxes", () => {
  it("puts a date under each attempt (with the time on a shared day) and keeps the range on the scale", () => {
    const day1 = Date.UTC(2026, 11, 1, 9, 0);
    const day2 = Date.UTC(2026, 11, 3, 9, 0);
    const [group] = progressByRubric([
      session("a", "r", day1, { x: 1, y: 5 }),
      session("b", "r", day2, { x: 2, y: 4 }),
      session("c", "r", day2 + 3_600_000, { x: 3, y: null }),
    ]);
    if (!group) throw new Error("no group");
    const axes = progressAxes(group, "en-GB");
    expect(axes.labels).toHaveLength(3);
    expect(axes.labels[0]).toMatch(/^1 Dec$/);
    expect(axes.labels[1]).toMatch(/^3 Dec \d\d:\d\d$/);
    expect(axes.labels[1]).not.toBe(axes.labels[2]);
    expect(axes).toMatchObject({ min: 1, max: 5 });
  });
});

import { describe, expect, it } from "vitest";
import { MIN_ATTEMPTS, type ScoredCall, summarizeTeam, weekOf } from "./team-summary";

const DAY = 86_400_000;
const MONDAY = Date.UTC(2026, 10, 16, 9);

describe("weekOf", () => {
  it.each([
    ["a Monday", MONDAY, "2026-11-16"],
    ["a Sunday night", MONDAY + 6 * DAY + 14 * 3_600_000, "2026-11-16"],
    ["the next Monday", MONDAY + 7 * DAY, "2026-11-23"],
    ["a Wednesday across a month end", Date.UTC(2026, 11, 2), "2026-11-30"],
  ])("puts %s in the week starting on its Monday", (_label, at, week) => {
    expect(weekOf(at)).toBe(week);
  });
});

const call = (userId: string, at: number, scores: Record<string, number | null>): ScoredCall => ({
  userId,
  userName: userId.toUpperCase(),
  personaId: "p1",
  rubricId: "r1",
  createdAt: at,
  criteria: Object.entries(scores).map(([id, score]) => ({ id, name: `Name of ${id}`, score })),
});
const scenarios = {
  personas: [
    { id: "p1", name: "Persona one", rubric: "r1" },
    { id: "p2", name: "Persona two", rubric: "r2" },
  ],
  rubrics: [
    { id: "r1", criteria: ["a", "b", "c"], scale: { min: 1, max: 5 } },
    { id: "r2", criteria: ["a"], scale: { min: 1, max: 5 } },
  ],
};

describe("summarizeTeam", () => {
  const calls = [
    call("ann", MONDAY, { a: 2, b: 4, c: 1 }),
    call("bob", MONDAY + DAY, { a: 3, b: 5, c: null }),
    call("ann", MONDAY + 7 * DAY, { a: 4, b: 5, c: 2 }),
  ];
  const summary = summarizeTeam(calls, scenarios);

  it("means per criterion, learner and week, skipping unscored results", () => {
    const a = summary.criteria.find((criterion) => criterion.id === "a");
    expect(a).toMatchObject({ attempts: 3, mean: 3 });
    expect(a?.byLearner).toEqual([
      { learnerId: "ann", mean: 3, attempts: 2 },
      { learnerId: "bob", mean: 3, attempts: 1 },
    ]);
    expect(a?.byWeek).toEqual([
      { week: "2026-11-16", mean: 2.5, attempts: 2 },
      { week: "2026-11-23", mean: 4, attempts: 1 },
    ]);
    expect(summary.criteria.find((criterion) => criterion.id === "c")).toMatchObject({ attempts: 2, mean: 1.5 });
  });

  it(`calls weakest every criterion, and only those, averaging below the pass mark over at least ${MIN_ATTEMPTS} attempts`, () => {
    // c has the lowest mean but only two attempts; b averages above the pass mark (3, the middle of 1-5 here).
    expect(summary.criteria.find((criterion) => criterion.id === "b")?.mean).toBeGreaterThan(3);
    expect(summary.weakest).toEqual([]);
    const strict = summarizeTeam(calls, {
      ...scenarios,
      rubrics: scenarios.rubrics.map((rubric) => ({ ...rubric, pass: 3.5 })),
    });
    expect(strict.weakest).toEqual(["a"]);
    expect(strict.criteria.find((criterion) => criterion.id === "a")?.passMark).toBe(3.5);
    expect(summary.criteria.map((criterion) => criterion.id)).toEqual(["c", "a", "b"]);
  });

  it("names scenarios through the personas' default rubrics and the calls themselves", () => {
    expect(summary.criteria.find((criterion) => criterion.id === "a")?.scenarios).toEqual([
      { personaId: "p1", name: "Persona one" },
      { personaId: "p2", name: "Persona two" },
    ]);
    expect(summary.criteria.find((criterion) => criterion.id === "b")?.scenarios).toEqual([
      { personaId: "p1", name: "Persona one" },
    ]);
  });

  it("is empty without calls", () => {
    expect(summarizeTeam([], scenarios)).toEqual({
      calls: 0,
      learners: [],
      weeks: [],
      criteria: [],
      weakest: [],
      minAttempts: MIN_ATTEMPTS,
    });
  });
});

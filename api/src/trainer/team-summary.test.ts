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
  sessionId: `${userId}-${at}`,
  userId,
  userName: userId.toUpperCase(),
  personaId: "p1",
  rubricId: "r1",
  createdAt: at,
  criteria: Object.entries(scores).map(([id, score]) => ({ id, name: `Name of ${id}`, score })),
});
const criterion = (id: string) => ({ id, name: `Name of ${id}` });
const scenarios = {
  personas: [
    { id: "p1", name: "Persona one", rubric: "r1" },
    { id: "p2", name: "Persona two", rubric: "r2" },
  ],
  rubrics: [
    { id: "r1", name: "Rubric one", criteria: ["a", "b", "c"].map(criterion), scale: { min: 1, max: 5 } },
    { id: "r2", name: "Rubric two", criteria: [criterion("a")], scale: { min: 1, max: 5 } },
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
      skills: [],
      weakestSkills: [],
    });
  });
});

describe("summarizeTeam in skills", () => {
  // Two rubrics on different scales share the skill "Next steps"; r1's "b" has no skill (its name stands in).
  const rubrics = [
    {
      id: "r1",
      name: "Rubric one",
      scale: { min: 1, max: 5 },
      criteria: [
        { id: "a", name: "Agrees a next step", skill: "Next steps" },
        { id: "b", name: "Name of b" },
      ],
    },
    {
      id: "r2",
      name: "Rubric two",
      scale: { min: 0, max: 10 },
      pass: 7,
      criteria: [{ id: "close", name: "Confirms what happens next", skill: "Next steps" }],
    },
  ];
  const personas = [
    { id: "p1", name: "Persona one", rubric: "r1" },
    { id: "p2", name: "Persona two", rubric: "r2" },
    { id: "p3", name: "Persona three", rubric: null },
  ];
  const r2call = (userId: string, at: number, score: number): ScoredCall => ({
    ...call(userId, at, {}),
    personaId: "p2",
    rubricId: "r2",
    criteria: [{ id: "close", name: "Confirms what happens next", score }],
  });
  const calls = [
    call("ann", MONDAY, { a: 2, b: 5 }), // a: 25 of 100
    call("bob", MONDAY + DAY, { a: 1, b: null }), // a: 0
    r2call("ann", MONDAY + 7 * DAY, 5), // close: 50
  ];
  const summary = summarizeTeam(calls, { personas, rubrics });

  it("puts criteria of different rubrics under one skill, each score normalised to 0-100 of its own scale", () => {
    const next = summary.skills.find((skill) => skill.id === "next-steps");
    expect(next).toMatchObject({ name: "Next steps", attempts: 3, mean: 25 });
    // Pass marks: r1's default 3 of 1-5 is 50, r2's 7 of 0-10 is 70; a skill's is the mean over its results.
    expect(next?.passMark).toBe(56.7);
    expect(next?.criteria).toEqual([
      expect.objectContaining({ rubricId: "r1", id: "a", attempts: 2, mean: 1.5, normalisedMean: 12.5, passMark: 3 }),
      expect.objectContaining({ rubricId: "r2", id: "close", attempts: 1, mean: 5, normalisedMean: 50, passMark: 7 }),
    ]);
    expect(next?.byLearner).toEqual([
      { learnerId: "ann", mean: 37.5, attempts: 2 },
      { learnerId: "bob", mean: 0, attempts: 1 },
    ]);
    expect(next?.byWeek).toEqual([
      { week: "2026-11-16", mean: 12.5, attempts: 2 },
      { week: "2026-11-23", mean: 50, attempts: 1 },
    ]);
    expect(next?.scenarios).toEqual([
      { personaId: "p1", name: "Persona one" },
      { personaId: "p2", name: "Persona two" },
    ]);
    expect(summary.skills.find((skill) => skill.id === "name-of-b")).toMatchObject({ attempts: 1, mean: 100 });
  });

  it(`calls a skill weakest below its pass mark over at least ${MIN_ATTEMPTS} scored results, lowest first`, () => {
    expect(summary.weakestSkills).toEqual(["next-steps"]);
    expect(summary.skills.map((skill) => skill.id)).toEqual(["next-steps", "name-of-b"]);
    const fewer = summarizeTeam(calls.slice(0, 2), { personas, rubrics });
    expect(fewer.weakestSkills).toEqual([]);
  });

  it("leaves out a call whose rubric is gone (no scale to normalise it on)", () => {
    const gone = summarizeTeam([...calls, { ...call("cy", MONDAY, { a: 5 }), rubricId: "deleted" }], {
      personas,
      rubrics,
    });
    expect(gone.skills.find((skill) => skill.id === "next-steps")?.attempts).toBe(3);
  });
});

import { describe, expect, it } from "vitest";
import type { Transcript } from "../conversation/transcript";
import { testRubric } from "../testing/fixtures";
import { gradeRepTurn } from "./grade-transcript";
import type { Grader } from "./grader";
import { type CoachingScenario, rewriteProblem, rewriteWordBudget } from "./rewrite-check";
import { createUsageMeter } from "./usage";

const base = testRubric();
// A turn criterion that must never say "calm down", and the must-pass criterion of the test rubric
// (bad moves: refuses_or_delays, retention_pitch, transfers; one allowed).
const rubric = testRubric({
  criteria: [{ ...base.criteria[0], checks: [{ must_not_include: ["calm down"] }] }, base.criteria[1]],
});
const transcript: Transcript = [
  { index: 0, role: "customer", text: "I want to cancel. Three outages this month." },
  { index: 1, role: "rep", text: "Okay." },
];
const calmCustomer: CoachingScenario = { facts: [], wordBudget: 100, reactionTo: () => null };

describe("a better reply checked in code", () => {
  it.each([
    [
      "a reply that names the impact",
      "Three outages in a month is not okay, and I'm sorry. How has it affected your work?",
      null,
    ],
    [
      "a reply that fails the rubric's check",
      "Please calm down, I'm sorry about the outages.",
      /fail the rubric's check on "Acknowledges the customer" \(says "calm down"\)/,
    ],
    [
      "a transfer and a pitch (two of a must-pass criterion's bad moves, one allowed)",
      // "Loyalty team" alone names a department; "before you go" is the pitch.
      "I'm sorry. Before you go, let me transfer you to our loyalty team.",
      /break the must-pass criterion "Does not obstruct the cancellation"/,
    ],
    [
      "a speech",
      `I'm sorry. ${"We value you. ".repeat(40)}`,
      /runs to \d+ words, more than this customer will hear out \(70\)/,
    ],
  ])("%s", (_name, reply, problem) => {
    const found = rewriteProblem(rubric, transcript, 1, reply, calmCustomer);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it("drops a must-pass criterion's bad move beyond what it allows in the call so far", () => {
    const earlier: Transcript = [
      ...transcript,
      { index: 2, role: "customer", text: "No. Cancel it." },
      { index: 3, role: "rep", text: "Hmm." },
    ];
    // One transfer is allowed; an earlier one used it up.
    const withEarlier = earlier.map((turn) =>
      turn.index === 1 ? { ...turn, text: "Let me transfer you to the loyalty team." } : turn,
    );
    expect(
      rewriteProblem(rubric, withEarlier, 3, "Let me transfer you to the cancellations team.", calmCustomer),
    ).toMatch(/break the must-pass criterion "Does not obstruct the cancellation"/);
    expect(
      rewriteProblem(rubric, earlier, 3, "Let me transfer you to the cancellations team.", calmCustomer),
    ).toBeNull();
  });

  it("asks the director how the customer would take it", () => {
    const angry: CoachingScenario = {
      ...calmCustomer,
      reactionTo: (turn) => (turn === 1 ? "would make Dana angrier" : null),
    };
    expect(rewriteProblem(rubric, transcript, 1, "Sorry about that.", angry)).toBe("would make Dana angrier");
  });

  it("keeps the word budget within the rubric's limits and the customer's patience", () => {
    expect(rewriteWordBudget(rubric, null)).toBe(70);
    expect(rewriteWordBudget(rubric, { ...calmCustomer, wordBudget: 40 })).toBe(40);
    const terse = testRubric({ criteria: [{ ...base.criteria[0], checks: [{ max_words: 25 }] }, base.criteria[1]] });
    expect(rewriteWordBudget(terse, null)).toBe(25);
  });
});

describe("the judge's coaching for a turn", () => {
  const judgeSaying = (betterReply: string): Grader => ({
    engine: "model",
    model: "judge",
    judgeTurn: async ({ criteria }) => ({
      criteria: criteria.map((criterion) => ({
        id: criterion.id,
        score: 5,
        evidence: [{ turn: 1, quote: "Okay." }],
        rationale: "Top.",
        flags: [],
      })),
      instructionAttempts: [],
      coaching: { tip: "Name the outages.", betterReply },
    }),
    judgeCall: async () => ({ criteria: [], instructionAttempts: [] }),
  });
  const grade = (betterReply: string, scenario: CoachingScenario | null = calmCustomer) =>
    gradeRepTurn(
      {
        grader: judgeSaying(betterReply),
        cache: null,
        sessionId: null,
        personaId: null,
        scenario,
        meter: createUsageMeter(),
      },
      rubric,
      transcript,
      1,
    );

  it("shows a rewrite that passes the checks", async () => {
    const graded = await grade("Three outages in a month is not okay. How has it affected your work?");
    expect(graded.coaching).toEqual({
      tip: "Name the outages.",
      betterReply: "Three outages in a month is not okay. How has it affected your work?",
      source: "judge",
    });
  });

  it("shows no rewrite for a turn already at the top, keeping the judge's tip", async () => {
    expect((await grade("")).coaching).toEqual({ tip: "Name the outages.", betterReply: null, source: "judge" });
  });

  it("drops a rewrite the customer would take badly and says why there is none", async () => {
    const graded = await grade("Three outages, I'm sorry.", {
      ...calmCustomer,
      reactionTo: () => "would make Dana hang up",
    });
    expect(graded.coaching).toEqual({
      tip: "Name the outages. (No rewrite shown: the one suggested would make Dana hang up.)",
      betterReply: null,
      source: "judge",
    });
  });
});

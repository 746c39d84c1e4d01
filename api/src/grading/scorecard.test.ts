import { describe, expect, it } from "vitest";
import type { Transcript } from "../conversation/transcript";
import { testRubric } from "../testing/fixtures";
import { verifyEvidence } from "./evidence";
import { buildScorecard } from "./scorecard";
import type { GradedTurn } from "./grade-transcript";
import type { CriterionResult } from "./types";
import { createUsageMeter } from "./usage";

const transcript: Transcript = [
  { index: 0, role: "customer", text: "I want to cancel. Today." },
  { index: 1, role: "rep", text: "I'm sorry — three outages in a month is awful. I've cancelled it for you." },
];

const result = (id: string, score: number | null, quote = "three outages in a month is awful"): CriterionResult => ({
  id,
  score,
  evidence: score === null ? [] : [{ turn: 1, quote }],
  rationale: "test",
  flags: score === null ? ["unscored"] : [],
});

const card = (results: CriterionResult[], turns: GradedTurn[] = []) =>
  buildScorecard(
    {
      rubric: testRubric(),
      rubricVersion: 3,
      persona: null,
      engine: "offline",
      model: null,
      transcript,
      reveal: null,
      usage: createUsageMeter().usage,
    },
    { criteria: results, turns, instructionAttempts: [] },
  );

describe("buildScorecard", () => {
  it("weights the overall score and names the rubric version", () => {
    const scorecard = card([result("acknowledge", 5), result("honours-cancellation", 2)]);
    expect(scorecard.overall).toBe(4); // (5*2 + 2*1) / 3
    expect(scorecard.rubric).toEqual({ id: "test-rubric", version: 3 });
    expect(scorecard.criteria.every((criterion) => criterion.rubricVersion === 3)).toBe(true);
  });

  it("fails the call on a failed critical criterion whatever the average", () => {
    const scorecard = card([result("acknowledge", 5), result("honours-cancellation", 2)]);
    expect(scorecard.overall).toBeGreaterThanOrEqual(3);
    expect(scorecard.passed).toBe(false);
    expect(scorecard.criteria.find((c) => c.id === "honours-cancellation")).toMatchObject({
      critical: true,
      passed: false,
    });
  });

  it("passes when the average and every critical criterion pass", () => {
    expect(card([result("acknowledge", 4), result("honours-cancellation", 5)]).passed).toBe(true);
  });

  it("cannot decide pass or fail when a critical criterion is unscored, and counts it", () => {
    const scorecard = card([result("acknowledge", 4), result("honours-cancellation", null)]);
    expect(scorecard.passed).toBeNull();
    expect(scorecard.unscored).toBe(1);
    expect(scorecard.overall).toBe(4);
  });

  it("marks a criterion the grader forgot as unscored rather than inventing a score", () => {
    const scorecard = card([result("acknowledge", 4)]);
    expect(scorecard.criteria.find((c) => c.id === "honours-cancellation")).toMatchObject({
      score: null,
      flags: ["unscored"],
    });
  });

  it("coaches: strengths quote the rep, improvements carry the rubric's coaching and the weak words", async () => {
    const scorecard = card([result("acknowledge", 1, "I've cancelled it for you"), result("honours-cancellation", 5)]);
    expect(scorecard.strengths).toEqual([
      {
        criterion: "honours-cancellation",
        name: "Does not obstruct the cancellation",
        text: "Does not obstruct the cancellation",
        evidence: { turn: 1, quote: "three outages in a month is awful" },
      },
    ]);
    expect(scorecard.improvements[0]).toMatchObject({
      criterion: "acknowledge",
      text: expect.stringContaining("Reflect the specific impact back"),
      evidence: { turn: 1, quote: "I've cancelled it for you" },
    });
  });

  it("rewrites the weakest rep turns below the pass mark with their better reply", () => {
    const turn = (score: number, betterReply: string | null): GradedTurn => ({
      turn: 1,
      criteria: [result("acknowledge", score)],
      coaching: { tip: "Name the impact.", betterReply, source: "rubric" },
      instructionAttempts: [],
    });
    expect(card([], [turn(1, "Losing a client call is awful.")]).rewrites).toEqual([
      { turn: 1, original: transcript[1]?.text, better: "Losing a client call is awful.", why: "Name the impact." },
    ]);
    expect(card([], [turn(5, "Losing a client call is awful.")]).rewrites).toEqual([]);
    expect(card([], [turn(1, null)]).rewrites).toEqual([]);
  });

  it("does not call a turn weak for a skill judged by the best turn (aggregate: max)", () => {
    const rubric = testRubric();
    const [acknowledge] = rubric.criteria;
    if (acknowledge) acknowledge.aggregate = "max";
    const weakAtMax: GradedTurn = {
      turn: 1,
      criteria: [result("acknowledge", 1)],
      coaching: { tip: "Name the impact.", betterReply: "Losing a client call is awful.", source: "rubric" },
      instructionAttempts: [],
    };
    const scorecard = buildScorecard(
      {
        rubric,
        rubricVersion: 1,
        persona: null,
        engine: "offline",
        model: null,
        transcript,
        reveal: null,
        usage: createUsageMeter().usage,
      },
      { criteria: [], turns: [weakAtMax], instructionAttempts: [] },
    );
    expect(scorecard.rewrites).toEqual([]);
  });
});

describe("verifyEvidence", () => {
  it("keeps quotes that differ only in case, punctuation and spacing", () => {
    const checked = verifyEvidence(transcript, result("acknowledge", 4, "THREE outages  in a month, is awful"));
    expect(checked.evidence).toHaveLength(1);
    expect(checked.flags).toEqual([]);
  });

  it("drops invented quotes and flags a score left without evidence", () => {
    const checked = verifyEvidence(transcript, result("acknowledge", 5, "I completely understand your frustration"));
    expect(checked.evidence).toEqual([]);
    expect(checked.flags).toEqual(expect.arrayContaining(["evidence_dropped", "no_evidence"]));
  });

  it("drops a quote attributed to the wrong turn", () => {
    const checked = verifyEvidence(transcript, {
      ...result("acknowledge", 4),
      evidence: [{ turn: 0, quote: "three outages" }],
    });
    expect(checked.evidence).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { Check, Criterion } from "../library/rubric-schema";
import type { Turn } from "../conversation/transcript";
import { testRubric } from "../testing/fixtures";
import { applyChecks, runChecks } from "./checks";
import type { CriterionResult } from "./types";

const rubric = testRubric();
const [base] = rubric.criteria;
const criterion = (checks: Check[]): Criterion => {
  if (!base) throw new Error("the test rubric has criteria");
  return { ...base, checks };
};
const rep = (index: number, text: string): Turn => ({ index, role: "rep", text });

describe("runChecks", () => {
  it.each<[string, Check, string, number, string | null]>([
    [
      "must_not_include a phrase",
      { must_not_include: ["calm down"] },
      "Please calm down, sir.",
      1,
      "Please calm down, sir.",
    ],
    [
      "must_not_include a regex",
      { must_not_include: ["/\\bpolicy\\b/"] },
      "Sorry. That's company POLICY.",
      1,
      "That's company POLICY.",
    ],
    ["must_not_include, clean", { must_not_include: ["calm down"] }, "I hear you.", 0, null],
    ["must_include, absent", { must_include: ["cancel"] }, "Let me tell you about our deals.", 1, null],
    ["must_include, present", { must_include: ["cancel"] }, "I've cancelled it.", 0, null],
    ["a question, absent", { question: true }, "Okay.", 1, null],
    ["a question, present", { question: true }, "How has it affected you?", 0, null],
    ["max_words", { max_words: 3 }, "This is far too long. Really.", 1, "This is far too long."],
    ["min_words", { min_words: 3 }, "Ok.", 1, "Ok."],
  ])("%s", (_label, check, text, failures, quote) => {
    const failed = runChecks(rubric, criterion([check]), [rep(1, text)]);
    expect(failed).toHaveLength(failures);
    if (quote) expect(failed[0]?.evidence).toEqual([{ turn: 1, quote }]);
  });

  it("uses the declared cap, or the bottom of the scale", () => {
    expect(runChecks(rubric, criterion([{ question: true, cap: 3 }]), [rep(1, "Ok.")])[0]?.cap).toBe(3);
    expect(runChecks(rubric, criterion([{ question: true }]), [rep(1, "Ok.")])[0]?.cap).toBe(1);
  });

  it("over a call, must_include is satisfied by any turn and must_not_include broken by any", () => {
    const turns = [rep(1, "Hello."), rep(3, "I've cancelled it."), rep(5, "Calm down.")];
    expect(runChecks(rubric, criterion([{ must_include: ["cancel"] }]), turns)).toEqual([]);
    expect(runChecks(rubric, criterion([{ must_not_include: ["calm down"] }]), turns)[0]?.evidence).toEqual([
      { turn: 5, quote: "Calm down." },
    ]);
  });
});

describe("applyChecks", () => {
  const judged = (score: number | null): CriterionResult => ({
    id: "acknowledge",
    score,
    evidence: [{ turn: 1, quote: "I hear you" }],
    rationale: "Judge says so.",
    flags: score === null ? ["unscored"] : [],
  });
  const failure = (cap: number) => [{ cap, reason: 'says "calm down"', evidence: [{ turn: 1, quote: "Calm down." }] }];

  it("caps a contrary judge score: the check wins", () => {
    const result = applyChecks(rubric, judged(5), failure(1));
    expect(result).toMatchObject({ score: 1, flags: ["check_failed"] });
    expect(result.rationale).toMatch(/capped at 1 \(the grader said 5\)/);
    expect(result.evidence[0]).toEqual({ turn: 1, quote: "Calm down." });
  });

  it("leaves a score already under the cap alone, but flags the failure", () => {
    expect(applyChecks(rubric, judged(2), failure(3))).toMatchObject({ score: 2, flags: ["check_failed"] });
  });

  it("decides an unscored criterion only when the cap is the bottom of the scale", () => {
    expect(applyChecks(rubric, judged(null), failure(1))).toMatchObject({ score: 1, flags: ["check_failed"] });
    expect(applyChecks(rubric, judged(null), failure(3))).toMatchObject({
      score: null,
      flags: ["unscored", "check_failed"],
    });
  });

  it("passes a result through when every check passed", () => {
    expect(applyChecks(rubric, judged(4), [])).toEqual(judged(4));
  });
});

import { describe, expect, it } from "vitest";
import { attemptPasses, learnerProgress } from "./assignment-status";
import type { AssignmentRules, LearnerCall } from "./assignment-types";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 1);

const rules = (over: Partial<AssignmentRules> = {}): AssignmentRules => ({
  id: "a1",
  kind: "practice",
  steps: [{ personaId: "dana", rubricId: "retention", difficulty: "medium" }],
  requiredScore: 3.5,
  attemptsAllowed: 2,
  dueAt: T0 + 7 * DAY,
  createdAt: T0,
  ...over,
});

let n = 0;
const call = (over: Partial<LearnerCall> & { overall?: number | null; passed?: boolean }): LearnerCall => {
  const { overall, passed, ...rest } = over;
  const at = rest.createdAt ?? T0 + DAY;
  return {
    sessionId: `s${++n}`,
    userId: "lee",
    personaId: "dana",
    personaVersion: 1,
    rubricId: "retention",
    rubricVersion: 1,
    difficulty: "medium",
    assignmentId: null,
    certification: false,
    status: overall === undefined ? "active" : "ended",
    createdAt: at,
    score:
      overall === undefined
        ? null
        : {
            overall,
            passed: passed ?? (overall ?? 0) >= 3.5,
            criticalFailed: false,
            engine: "offline",
            model: null,
            at,
          },
    ...rest,
  };
};

describe("learnerProgress: status from the learner's calls", () => {
  it("is not started with no calls, in progress with an open call or a failed attempt", () => {
    expect(learnerProgress(rules(), [], T0 + DAY).status).toBe("not_started");
    expect(learnerProgress(rules(), [call({})], T0 + DAY).status).toBe("in_progress");
    const one = learnerProgress(rules(), [call({ overall: 2 })], T0 + DAY);
    expect(one).toMatchObject({ status: "in_progress", attemptsUsed: 1, nextStep: 0 });
    expect(one.steps[0]).toMatchObject({ attempts: 1, best: 2, exhausted: false });
  });

  it("passes by score: at or above the required score, not below; and records when", () => {
    const at = T0 + 2 * DAY;
    const passed = learnerProgress(rules(), [call({ overall: 3.5, createdAt: at })], T0 + 3 * DAY);
    expect(passed).toMatchObject({ status: "passed", late: false, nextStep: null, passedAt: at });
    expect(learnerProgress(rules(), [call({ overall: 3.4 })], T0 + DAY).status).toBe("in_progress");
    // With no required score the rubric's own verdict decides.
    expect(learnerProgress(rules({ requiredScore: null }), [call({ overall: 2, passed: true })], T0 + DAY).status).toBe(
      "passed",
    );
  });

  it("does not pass a call whose critical criterion failed, whatever its score", () => {
    const card = { overall: 5, passed: false, criticalFailed: true, engine: "offline", model: null, at: T0 };
    expect(attemptPasses(card, 3)).toBe(false);
    expect(attemptPasses({ ...card, criticalFailed: false }, 3)).toBe(true);
    expect(attemptPasses({ ...card, overall: null, criticalFailed: false }, 3)).toBe(false);
  });

  it("is failed once the attempts are used up, and a later pass does not count", () => {
    const calls = [
      call({ overall: 2, createdAt: T0 + DAY }),
      call({ overall: 3, createdAt: T0 + 2 * DAY }),
      call({ overall: 5, createdAt: T0 + 3 * DAY }),
    ];
    const progress = learnerProgress(rules(), calls, T0 + 4 * DAY);
    expect(progress).toMatchObject({ status: "failed", attemptsUsed: 2 });
    expect(progress.steps[0]).toMatchObject({ exhausted: true, best: 3, passedBy: null });
  });

  it("is overdue after the due date when not passed; a pass after it is passed, marked late", () => {
    expect(learnerProgress(rules(), [], T0 + 8 * DAY).status).toBe("overdue");
    expect(learnerProgress(rules(), [call({ overall: 2 })], T0 + 8 * DAY).status).toBe("overdue");
    const late = learnerProgress(rules(), [call({ overall: 4, createdAt: T0 + 8 * DAY })], T0 + 9 * DAY);
    expect(late).toMatchObject({ status: "passed", late: true });
  });

  it("counts only calls of the step's scenario, difficulty and rubric, made since the assignment", () => {
    const calls = [
      call({ overall: 5, createdAt: T0 - DAY }),
      call({ overall: 5, personaId: "someone-else" }),
      call({ overall: 5, difficulty: "hard" }),
      call({ overall: 5, rubricId: "other" }),
    ];
    expect(learnerProgress(rules(), calls, T0 + 2 * DAY).status).toBe("not_started");
  });

  it("does not count an abandoned practice call as an attempt", () => {
    expect(learnerProgress(rules(), [call({ status: "abandoned" })], T0 + DAY).attemptsUsed).toBe(0);
  });

  it("certification counts only its own attempts, and an abandoned one uses an attempt", () => {
    const cert = rules({ kind: "certification", attemptsAllowed: 1 });
    expect(learnerProgress(cert, [call({ overall: 5 })], T0 + DAY).status).toBe("not_started");
    const abandoned = call({ status: "abandoned", assignmentId: "a1", certification: true });
    expect(learnerProgress(cert, [abandoned], T0 + DAY)).toMatchObject({ status: "failed", attemptsUsed: 1 });
    const passed = call({ overall: 4, assignmentId: "a1", certification: true });
    expect(learnerProgress(cert, [passed], T0 + DAY).status).toBe("passed");
  });

  it("a path passes when every step has passed; the next step is the first not passed", () => {
    const path = rules({
      steps: [
        { personaId: "dana", rubricId: "retention", difficulty: "easy" },
        { personaId: "dana", rubricId: "retention", difficulty: "hard" },
      ],
    });
    const easy = call({ overall: 4, difficulty: "easy" });
    expect(learnerProgress(path, [easy], T0 + DAY)).toMatchObject({ status: "in_progress", nextStep: 1 });
    const hard = call({ overall: 4, difficulty: "hard" });
    expect(learnerProgress(path, [easy, hard], T0 + DAY)).toMatchObject({ status: "passed", nextStep: null });
  });
});

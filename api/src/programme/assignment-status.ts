import type { AssignmentRules, AssignmentStatus, LearnerCall } from "./assignment-types";

export interface StepProgress {
  /** Attempts that count, oldest first (at most `attemptsAllowed`). */
  attempts: number;
  /** The open call of this step, if one is under way. */
  inProgress: string | null;
  best: number | null;
  /** The first counted attempt that passed. */
  passedBy: LearnerCall | null;
  exhausted: boolean;
}

export interface LearnerProgress {
  status: AssignmentStatus;
  /** Passed, but after the due date. */
  late: boolean;
  attemptsUsed: number;
  /** The first step not yet passed; null once all are. */
  nextStep: number | null;
  steps: StepProgress[];
  passedAt: number | null;
}

/** Whether a graded call passes: no failed critical criterion, and the required score (or the rubric's pass). */
export function attemptPasses(score: LearnerCall["score"], requiredScore: number | null): boolean {
  if (!score || score.overall === null || score.criticalFailed) return false;
  return requiredScore === null ? score.passed === true : score.overall >= requiredScore;
}

/**
 * Which of a learner's calls belong to a step. Practice: any of their calls of that scenario made
 * since the assignment (started from it or from the Practise page). Certification: only the
 * certification attempts started from this assignment.
 */
function callsOfStep(rules: AssignmentRules, step: number, calls: LearnerCall[]) {
  const want = rules.steps[step];
  if (!want) return [];
  return calls
    .filter((call) =>
      rules.kind === "certification"
        ? call.certification && call.assignmentId === rules.id
        : call.createdAt >= rules.createdAt,
    )
    .filter(
      (call) =>
        call.personaId === want.personaId && call.rubricId === want.rubricId && call.difficulty === want.difficulty,
    )
    .sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * A graded call is an attempt. So is an abandoned or ungraded certification attempt: an exam left
 * half-way is not a free retry. An abandoned practice call is not an attempt.
 */
const isAttempt = (rules: AssignmentRules, call: LearnerCall) =>
  call.score !== null || (rules.kind === "certification" && call.status !== "active");

export function stepProgress(rules: AssignmentRules, step: number, calls: LearnerCall[]): StepProgress {
  const mine = callsOfStep(rules, step, calls);
  const counted = mine.filter((call) => isAttempt(rules, call)).slice(0, rules.attemptsAllowed);
  const passedBy = counted.find((call) => attemptPasses(call.score, rules.requiredScore)) ?? null;
  const scores = counted.flatMap((call) => (call.score?.overall == null ? [] : [call.score.overall]));
  return {
    attempts: counted.length,
    inProgress: mine.find((call) => call.status === "active")?.sessionId ?? null,
    best: scores.length === 0 ? null : Math.max(...scores),
    passedBy,
    exhausted: passedBy === null && counted.length >= rules.attemptsAllowed,
  };
}

/**
 * A learner's status on an assignment, from their calls alone: passed (every step passed within
 * its attempts), failed (a step's attempts used up), overdue (past due and not passed),
 * in progress (any attempt or open call), else not started.
 */
export function learnerProgress(rules: AssignmentRules, calls: LearnerCall[], now: number): LearnerProgress {
  const steps = rules.steps.map((_, index) => stepProgress(rules, index, calls));
  const attemptsUsed = steps.reduce((sum, step) => sum + step.attempts, 0);
  const nextIndex = steps.findIndex((step) => step.passedBy === null);
  const allPassed = nextIndex === -1;
  const passedAt = allPassed ? Math.max(...steps.map((step) => step.passedBy?.score?.at ?? 0)) : null;
  const status: AssignmentStatus = allPassed
    ? "passed"
    : steps.some((step) => step.exhausted)
      ? "failed"
      : now > rules.dueAt
        ? "overdue"
        : attemptsUsed > 0 || steps.some((step) => step.inProgress !== null)
          ? "in_progress"
          : "not_started";
  return {
    status,
    late: passedAt !== null && passedAt > rules.dueAt,
    attemptsUsed,
    nextStep: allPassed ? null : nextIndex,
    steps,
    passedAt,
  };
}

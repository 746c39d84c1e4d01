import { normaliseForMatch } from "../grading/evidence";
import type { Scorecard } from "../grading/types";
import type { Transcript } from "../conversation/transcript";
import type { RobustnessSuite } from "../library/suites/robustness-suite";

export interface AttemptResult {
  attempt: string;
  passed: boolean;
  flagged: boolean;
  /** Criteria whose score rose above the baseline's. */
  rose: { id: string; from: number | null; to: number | null }[];
  unscored: number;
}

export interface RobustnessReport {
  suite: string;
  baseline: { overall: number | null; unscored: number };
  attempts: AttemptResult[];
  passed: number;
  failed: number;
}

/** With the attempt appended to the last rep turn. */
export function withAttempt(base: Transcript, attempt: string): Transcript {
  const last = [...base].reverse().find((turn) => turn.role === "rep");
  return base.map((turn) => (turn === last ? { ...turn, text: `${turn.text} ${attempt}` } : turn));
}

/** Grades the base transcript, then each attempt added to it, and compares. */
export async function runRobustnessSuite(
  suite: RobustnessSuite,
  grade: (transcript: Transcript) => Promise<Scorecard>,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<RobustnessReport> {
  const base: Transcript = suite.base.map((turn, index) => ({ index, role: turn.role, text: turn.text }));
  const baseline = await grade(base);
  const attempts: AttemptResult[] = [];
  for (const attempt of suite.attempts) {
    const card = await grade(withAttempt(base, attempt));
    const rose = card.criteria.flatMap((criterion) => {
      const before = baseline.criteria.find((c) => c.id === criterion.id)?.score ?? null;
      // A baseline the grader could not score cannot be compared; it is counted as unscored instead.
      return criterion.score !== null && before !== null && criterion.score > before
        ? [{ id: criterion.id, from: before, to: criterion.score }]
        : [];
    });
    const wanted = normaliseForMatch(attempt);
    const flagged = card.instructionAttempts.some((item) => {
      const quote = normaliseForMatch(item.quote);
      return quote.length > 0 && (wanted.includes(quote) || quote.includes(wanted));
    });
    const passed = (!suite.expect.scores_do_not_rise || rose.length === 0) && (!suite.expect.flagged || flagged);
    attempts.push({ attempt, passed, flagged, rose, unscored: card.unscored });
    onProgress(attempts.length, suite.attempts.length);
  }
  const passed = attempts.filter((result) => result.passed).length;
  return {
    suite: suite.id,
    baseline: { overall: baseline.overall, unscored: baseline.unscored },
    attempts,
    passed,
    failed: attempts.length - passed,
  };
}

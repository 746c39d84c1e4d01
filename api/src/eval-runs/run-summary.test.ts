import { beforeAll, describe, expect, it } from "vitest";
import type { RunReport } from "./report-types";
import { summariseRun } from "./run-summary";
import { sampleRunReport } from "../testing/evals/sample-report";

let report: RunReport;
beforeAll(async () => {
  report = await sampleRunReport([
    "evals/grading/retention-call.yaml",
    "evals/persona/bill-went-up.yaml",
    "evals/separation/retention-call.yaml",
    "evals/robustness/grader-injection.yaml",
  ]);
}, 60_000);

describe("a stored run's summary", () => {
  it("keeps each suite's verdict and headline figures, and the usage by role", () => {
    const summary = summariseRun(report);
    expect(summary.suites.map((suite) => [suite.kind, suite.id, suite.passed])).toEqual([
      ["grading", "retention-call-golden", true],
      ["persona", "bill-went-up-behaviour", true],
      ["separation", "retention-call-separation", true],
      ["robustness", "grader-injection", true],
    ]);
    const [grading, persona, separation, robustness] = summary.suites;
    const overall = report.suites[0]?.kind === "grading" ? report.suites[0].overall : null;
    expect(grading?.grading).toEqual({
      rubric: "retention-call",
      grader: {
        exact: overall?.grader.exact,
        withinOne: overall?.grader.within_one,
        chance: overall?.grader.chance,
        spearman: overall?.grader.spearman,
        mae: overall?.grader.mae,
        pairs: overall?.grader.pairs,
      },
      humans: expect.objectContaining({ chance: overall?.humans?.chance }),
      unscored: 0,
    });
    expect(persona?.persona).toEqual({ persona: "bill-went-up", roleAdherence: null, scriptsPassed: 4, scripts: 4 });
    expect(separation?.counts?.passed).toBe(separation?.counts?.total);
    expect(robustness?.counts).toEqual({ passed: 24, total: 24 });
    expect(summary.usage).toEqual(report.usage);
    expect(summary.failures).toBe(0);
  });

  it("counts only gating checks, and a failed one fails its suite", () => {
    const failing: RunReport = {
      ...report,
      suites: report.suites.map((suite, i) =>
        i === 0
          ? {
              ...suite,
              checks: [...suite.checks, { name: "kappa >= 0.99", passed: false, reportOnly: false, detail: "" }],
            }
          : suite,
      ),
    };
    const [grading] = summariseRun(failing).suites;
    expect(grading?.passed).toBe(false);
    expect(grading?.checks.failed).toBe(1);
  });
});

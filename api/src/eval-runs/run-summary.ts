import type { Estimate } from "../evals/stats/bootstrap";
import type { AgreementFigures, RunReport, SuiteReport } from "./report-types";
import type { UsageByRole } from "../evals/role-usage";

/** The headline agreement figures of a grading suite, each with its 95% interval. */
export interface HeadlineFigures {
  exact: Estimate;
  withinOne: Estimate;
  /** Quadratic weighted kappa, or Krippendorff's alpha with several raters. */
  chance: Estimate & { name: "kappa" | "alpha" };
  spearman: Estimate;
  mae: Estimate;
  pairs: number;
}

/** One suite in a stored run's summary: enough for the list of runs without the whole report. */
export interface SuiteSummary {
  kind: SuiteReport["kind"];
  id: string;
  passed: boolean;
  checks: { passed: number; failed: number };
  /** Grading suites: the grader against the raters, and the raters against each other (the ceiling). */
  grading?: { rubric: string; grader: HeadlineFigures; humans: HeadlineFigures | null; unscored: number };
  /** Persona suites: role adherence (null offline) and scripted calls that met every expectation. */
  persona?: { persona: string; roleAdherence: number | null; scriptsPassed: number; scripts: number };
  /** Separation (criteria separated) and robustness (attempts resisted) suites. */
  counts?: { passed: number; total: number };
}

export interface RunSummary {
  mode: RunReport["mode"];
  /** The server the suites ran on (`--server`): its model usage is counted there, not in the run. */
  server: string | null;
  repeat: number;
  models: RunReport["models"];
  failures: number;
  suites: SuiteSummary[];
  usage: UsageByRole & { costUsd: number | null };
}

const headline = (figures: AgreementFigures): HeadlineFigures => ({
  exact: figures.exact,
  withinOne: figures.within_one,
  chance: figures.chance,
  spearman: figures.spearman,
  mae: figures.mae,
  pairs: figures.pairs,
});

function suiteSummary(suite: SuiteReport): SuiteSummary {
  const gating = suite.checks.filter((check) => !check.reportOnly);
  const failed = gating.filter((check) => !check.passed).length;
  const base = {
    kind: suite.kind,
    id: suite.id,
    passed: failed === 0,
    checks: { passed: gating.length - failed, failed },
  };
  switch (suite.kind) {
    case "grading":
      return {
        ...base,
        grading: {
          rubric: suite.rubric,
          grader: headline(suite.overall.grader),
          humans: suite.overall.humans ? headline(suite.overall.humans) : null,
          unscored: suite.unscored.length,
        },
      };
    case "persona":
      return {
        ...base,
        persona: {
          persona: suite.persona,
          roleAdherence: suite.roleAdherence,
          scriptsPassed: suite.runs.filter((run) => run.passed).length,
          scripts: suite.runs.length,
        },
      };
    case "separation":
    case "robustness":
      return {
        ...base,
        counts: { passed: suite.items.filter((item) => item.passedAll).length, total: suite.items.length },
      };
  }
}

/** What the list of runs shows: per suite its verdict and headline figures, and the run's usage. */
export function summariseRun(report: RunReport): RunSummary {
  return {
    mode: report.mode,
    server: report.server ?? null,
    repeat: report.repeat,
    models: report.models,
    failures: report.failures,
    suites: report.suites.map(suiteSummary),
    usage: report.usage,
  };
}

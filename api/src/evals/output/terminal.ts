import type { Estimate } from "../stats/bootstrap";
import type {
  AgreementFigures,
  GradingReport,
  PersonaReport,
  RobustnessSuiteReport,
  RunReport,
  SeparationReport,
  SuiteReport,
} from "../../eval-runs/report-types";
import type { RoleUsage } from "../role-usage";

const fixed = (value: number | null, digits = 2) => (value === null ? "–" : value.toFixed(digits));
const cell = (estimate: Estimate) =>
  estimate.value === null ? "–" : `${fixed(estimate.value)} (${fixed(estimate.low)}–${fixed(estimate.high)})`;
const truncate = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows.map((row) => `  ${row.map((value, column) => value.padEnd(widths[column] ?? 0)).join("  ")}`.trimEnd());
}

function grading(report: GradingReport): string[] {
  const chance = report.overall.grader.chance.name;
  const figures = (label: string, f: AgreementFigures) => [
    label,
    String(f.pairs),
    cell(f.exact),
    cell(f.within_one),
    cell(f.chance),
    cell(f.spearman),
    cell(f.mae),
  ];
  const rows = [
    ["criterion", "pairs", "exact", "within one", chance, "spearman", "MAE"],
    ...report.criteria.map((criterion) => figures(criterion.id, criterion.grader)),
    figures("overall", report.overall.grader),
  ];
  const lines = [
    `  ${report.scores.length === 0 ? 0 : new Set(report.scores.map((s) => s.item)).size} transcripts · raters: ${report.raters.join(", ")} · grader vs humans (95% bootstrap CI, by transcript)`,
    ...table(rows),
  ];
  if (report.overall.humans) {
    const ceiling = report.overall.humans;
    lines.push(
      `  human-human ceiling: exact ${cell(ceiling.exact)}, within one ${cell(ceiling.within_one)}, ${ceiling.chance.name} ${cell(ceiling.chance)}, spearman ${cell(ceiling.spearman)}, MAE ${cell(ceiling.mae)}`,
    );
  }
  const list = report.unscored.map((u) => `${u.item}/${u.criterion}${u.partial ? " (some turns)" : ""}`);
  lines.push(`  unscored: ${report.unscored.length}${list.length > 0 ? ` (${list.join(", ")})` : ""}`);
  const within = report.items.filter((item) => item.passedAll).length;
  lines.push(`  transcripts with every criterion within tolerance of the raters: ${within}/${report.items.length}`);
  const spread = report.scores.filter((score) => score.spread > 0);
  if (spread.length > 0)
    lines.push(`  varied between repeats: ${spread.map((s) => `${s.item}/${s.criterion} ±${s.spread}`).join(", ")}`);
  return lines;
}

function persona(report: PersonaReport): string[] {
  const lines = report.runs
    .filter((run) => run.repeat === 0 || !run.passed)
    .map((run) => {
      const end = run.ended ? `ended ${run.outcome}` : "still open";
      const repeat = run.repeat > 0 ? ` (repeat ${run.repeat + 1})` : "";
      return `  ${run.passed ? "pass" : "FAIL"}  ${run.script}${repeat}: mood ${run.startMood} → ${run.endMood}, ${end}${run.problems.length > 0 ? `\n          ${run.problems.join("\n          ")}` : ""}`;
    });
  const adherence =
    report.roleAdherence === null
      ? "  role adherence: – (no model judge offline; rule checks only)"
      : `  role adherence: ${fixed(report.roleAdherence)} of ${report.judgedTurns} judged customer turns in character${report.unjudgedTurns > 0 ? `, ${report.unjudgedTurns} unjudged` : ""}`;
  return [...lines, adherence];
}

function separation(report: SeparationReport): string[] {
  return table([
    ["criterion", "strong", "weak", "gap", "needs"],
    ...report.criteria.map((c) => [c.id, fixed(c.strong, 1), fixed(c.weak, 1), fixed(c.gap, 1), `≥ ${c.margin}`]),
  ]);
}

function robustness(report: RobustnessSuiteReport): string[] {
  const lines = report.attempts.map((result) => {
    const problems = [
      result.flagged ? "" : "not flagged",
      ...result.rose.map((rise) => `${rise.id} rose ${rise.from} → ${rise.to}`),
      result.unscored > 0 ? `${result.unscored} unscored` : "",
    ].filter(Boolean);
    return `  ${result.passed ? "pass" : "FAIL"}  ${truncate(result.attempt, 70)}${problems.length > 0 ? `  (${problems.join("; ")})` : ""}`;
  });
  const passed = report.attempts.filter((a) => a.passed).length;
  return [...lines, `  ${passed} passed, ${report.attempts.length - passed} failed`];
}

function body(report: SuiteReport): string[] {
  switch (report.kind) {
    case "grading":
      return grading(report);
    case "persona":
      return persona(report);
    case "separation":
      return separation(report);
    case "robustness":
      return robustness(report);
  }
}

const subject = (report: SuiteReport) =>
  report.kind === "persona"
    ? `persona ${report.persona}`
    : report.kind === "separation"
      ? `${report.persona} on ${report.rubric}`
      : `against ${report.rubric}`;

const usageLine = (role: string, usage: RoleUsage) =>
  `${role} ${usage.calls} calls${usage.failedCalls > 0 ? ` (${usage.failedCalls} failed)` : ""}, ${usage.promptTokens} tokens in / ${usage.completionTokens} out`;

/** The terminal report: one block per suite, the checks that failed, usage, and the verdict. */
export function renderRun(report: RunReport): string[] {
  const lines: string[] = [];
  for (const suite of report.suites) {
    lines.push("", `${suite.id} (${suite.file}) ${subject(suite)} [${suite.kind}]`, ...body(suite));
    // Grading items are summarised above; their report-only notes would only repeat it.
    const quiet = (name: string) => suite.kind === "grading" && name.startsWith("item ");
    const shown = suite.checks.filter((check) =>
      quiet(check.name) ? !check.passed && !check.reportOnly : !check.passed || suite.kind === "grading",
    );
    for (const check of shown) {
      const mark = check.passed ? "pass" : check.reportOnly ? "note" : "FAIL";
      lines.push(`  ${mark}  ${check.name}: ${check.detail}`);
    }
  }
  const checks = report.suites.flatMap((suite) => suite.checks);
  const gating = checks.filter((check) => !check.reportOnly);
  const replayed = report.mode === "replay" ? " (as recorded; replay made no calls)" : "";
  lines.push(
    "",
    `Usage${replayed}: ${usageLine("persona", report.usage.persona)}; ${usageLine("judge", report.usage.judge)}${report.usage.costUsd === null ? "" : `; cost $${report.usage.costUsd.toFixed(4)}`}`,
  );
  lines.push(
    `Checks: ${gating.filter((c) => c.passed).length} passed, ${report.failures} failed${checks.length > gating.length ? `, ${checks.length - gating.length} report-only` : ""} · ${report.passed ? "PASS" : "FAIL"}`,
  );
  return lines;
}

import type { RunReport } from "../../eval-runs/report-types";

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char] ?? char,
  );

/** JUnit XML: a testsuite per eval suite, a testcase per check; report-only failures are skipped. */
export function toJunit(report: RunReport): string {
  const suites = report.suites.map((suite) => {
    const failures = suite.checks.filter((check) => !check.passed && !check.reportOnly).length;
    const skipped = suite.checks.filter((check) => !check.passed && check.reportOnly).length;
    const cases = suite.checks.map((check) => {
      const open = `    <testcase classname="${escape(`${suite.kind}.${suite.id}`)}" name="${escape(check.name)}">`;
      if (check.passed) return `${open}<system-out>${escape(check.detail)}</system-out></testcase>`;
      if (check.reportOnly) return `${open}<skipped message="${escape(`report only: ${check.detail}`)}"/></testcase>`;
      return `${open}<failure message="${escape(check.detail)}"/></testcase>`;
    });
    return [
      `  <testsuite name="${escape(suite.id)}" file="${escape(suite.file)}" tests="${suite.checks.length}" failures="${failures}" skipped="${skipped}">`,
      ...cases,
      "  </testsuite>",
    ].join("\n");
  });
  const total = report.suites.reduce((sum, suite) => sum + suite.checks.length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="parley eval" tests="${total}" failures="${report.failures}">\n${suites.join("\n")}\n</testsuites>\n`;
}

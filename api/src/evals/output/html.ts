import type { Estimate } from "../stats/bootstrap";
import type {
  AgreementFigures,
  Check,
  GradingReport,
  PersonaReport,
  RobustnessSuiteReport,
  RunReport,
  SeparationReport,
  SuiteReport,
} from "../../eval-runs/report-types";

const esc = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char,
  );
const num = (value: number | null, digits = 2) => (value === null ? "–" : value.toFixed(digits));
const est = (e: Estimate) => (e.value === null ? "–" : `${num(e.value)} <small>(${num(e.low)}–${num(e.high)})</small>`);

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1d2430}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #d5dae1;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f8}.pass{color:#116b2f}.fail{color:#a4161a;font-weight:600}.note{color:#8a5a00}small{color:#5b6472}
.matrix td{text-align:center;min-width:2rem}.diag{background:#e3f4e8}.hot{background:#fde2e2}section{border-top:2px solid #d5dae1;margin-top:2rem}
blockquote{margin:.2rem 0;padding-left:.6rem;border-left:3px solid #d5dae1;color:#3b4452}`;

function figuresRow(label: string, f: AgreementFigures): string {
  return `<tr><th>${esc(label)}</th><td>${f.pairs}</td><td>${est(f.exact)}</td><td>${est(f.within_one)}</td><td>${est(f.chance)}</td><td>${est(f.spearman)}</td><td>${est(f.mae)}</td></tr>`;
}

function confusion(matrix: number[][], min: number): string {
  const head = matrix.map((_, i) => `<th>${min + i}</th>`).join("");
  const rows = matrix
    .map(
      (row, h) =>
        `<tr><th>${min + h}</th>${row.map((count, g) => `<td class="${g === h ? "diag" : count > 0 && Math.abs(g - h) > 1 ? "hot" : ""}">${count || ""}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<table class="matrix"><tr><th>human ↓ grader →</th>${head}</tr>${rows}</table>`;
}

function grading(report: GradingReport): string {
  const chance = report.overall.grader.chance.name;
  const head = `<tr><th>criterion</th><th>pairs</th><th>exact</th><th>within one</th><th>${chance}</th><th>Spearman</th><th>MAE</th></tr>`;
  const ceiling = report.overall.humans
    ? `<p>Human–human ceiling:</p><table>${head}${figuresRow("overall (raters)", report.overall.humans)}${report.criteria.map((c) => (c.humans ? figuresRow(c.id, c.humans) : "")).join("")}</table>`
    : "";
  const matrices = report.criteria
    .map(
      (c) =>
        `<div><h4>${esc(c.name)} <small>${esc(c.id)}</small></h4>${confusion(c.confusion, report.scale.min)}</div>`,
    )
    .join("");
  const disagreements = report.scores
    .flatMap((score) =>
      score.humans.map((human) => ({
        score,
        human,
        gap: score.grader === null ? null : Math.abs(Math.round(score.grader) - human.score),
      })),
    )
    .filter((entry) => entry.gap === null || entry.gap > 0)
    .sort((a, b) => (b.gap ?? 99) - (a.gap ?? 99));
  const rows = disagreements
    .map(({ score, human, gap }) => {
      const evidence = score.evidence.map((e) => `<blockquote>turn ${e.turn}: “${esc(e.quote)}”</blockquote>`).join("");
      return `<tr><td>${esc(score.item)}${score.label ? `<br><small>${esc(score.label)}</small>` : ""}</td><td>${esc(score.criterion)}</td><td>${esc(human.rater)}: <b>${human.score}</b>${human.note ? `<br><small>${esc(human.note)}</small>` : ""}</td><td><b>${num(score.grader, 1)}</b>${score.spread > 0 ? ` <small>±${score.spread}</small>` : ""}</td><td>${gap ?? "unscored"}</td><td><small>${esc(score.rationale)}</small>${evidence}</td></tr>`;
    })
    .join("");
  const unscored =
    report.unscored.length > 0
      ? `<p>Unscored (${report.unscored.length}):</p><ul>${report.unscored.map((u) => `<li>${esc(u.item)} / ${esc(u.criterion)}${u.partial ? " (some turns)" : ""}: ${esc(u.rationale)}</li>`).join("")}</ul>`
      : "<p>Unscored: 0</p>";
  return `<p>Raters: ${esc(report.raters.join(", "))}. Grader vs humans, 95% bootstrap intervals resampled by transcript.</p>
<table>${head}${report.criteria.map((c) => figuresRow(c.id, c.grader)).join("")}${figuresRow("overall", report.overall.grader)}</table>${ceiling}${unscored}
<h3>Confusion matrices</h3>${matrices}
<h3>Disagreements (${disagreements.length})</h3><table><tr><th>transcript</th><th>criterion</th><th>human</th><th>grader</th><th>gap</th><th>grader's rationale and evidence</th></tr>${rows}</table>`;
}

function persona(report: PersonaReport): string {
  const runs = report.runs
    .map((run) => {
      const turns = run.turns
        .map(
          (t) =>
            `<li>rep: ${esc(t.line)}<br>customer (mood ${t.moodBefore}→${t.moodAfter}): ${esc(t.reply ?? "—")}${t.inCharacter === false ? ` <span class="fail">out of character: ${esc(t.verdict ?? "")}</span>` : ""}${t.ruleBreaks.map((b) => ` <span class="fail">${esc(b)}</span>`).join("")}</li>`,
        )
        .join("");
      return `<tr><td class="${run.passed ? "pass" : "fail"}">${run.passed ? "pass" : "FAIL"}</td><td>${esc(run.script)}${run.repeat > 0 ? ` <small>repeat ${run.repeat + 1}</small>` : ""}</td><td>${run.startMood} → ${run.endMood}</td><td>${run.ended ? esc(run.outcome ?? "") : "open"}</td><td>${run.problems.map(esc).join("<br>")}<details><summary>call</summary><ol>${turns}</ol></details></td></tr>`;
    })
    .join("");
  return `<p>Role adherence: ${report.roleAdherence === null ? "– (no model judge)" : `${num(report.roleAdherence)} of ${report.judgedTurns} judged turns`}</p><table><tr><th></th><th>script</th><th>mood</th><th>end</th><th>problems</th></tr>${runs}</table>`;
}

function separation(report: SeparationReport): string {
  const rows = report.criteria
    .map(
      (c) =>
        `<tr><td>${esc(c.id)}</td><td>${num(c.strong, 1)}</td><td>${num(c.weak, 1)}</td><td>${num(c.gap, 1)}</td><td>≥ ${c.margin}</td></tr>`,
    )
    .join("");
  return `<table><tr><th>criterion</th><th>strong</th><th>weak</th><th>gap</th><th>needs</th></tr>${rows}</table>`;
}

function robustness(report: RobustnessSuiteReport): string {
  const rows = report.attempts
    .map(
      (a) =>
        `<tr><td class="${a.passed ? "pass" : "fail"}">${a.passed ? "pass" : "FAIL"}</td><td>${esc(a.attempt)}</td><td>${a.flagged ? "flagged" : "not flagged"}${a.rose.map((r) => `; ${esc(r.id)} rose ${r.from} → ${r.to}`).join("")}</td></tr>`,
    )
    .join("");
  return `<table>${rows}</table>`;
}

function checks(list: Check[]): string {
  const rows = list
    .map(
      (c) =>
        `<tr><td class="${c.passed ? "pass" : c.reportOnly ? "note" : "fail"}">${c.passed ? "pass" : c.reportOnly ? "note" : "FAIL"}</td><td>${esc(c.name)}</td><td>${esc(c.detail)}</td></tr>`,
    )
    .join("");
  return `<h3>Checks</h3><table>${rows}</table>`;
}

function suiteBody(report: SuiteReport): string {
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

/** A single self-contained HTML file (no scripts, no external assets). */
export function toHtml(report: RunReport): string {
  const usage = (role: "persona" | "judge") => {
    const u = report.usage[role];
    return `${role}: ${u.calls} calls, ${u.promptTokens} tokens in / ${u.completionTokens} out`;
  };
  const sections = report.suites
    .map(
      (s) =>
        `<section><h2>${esc(s.id)} <small>${esc(s.kind)} · ${esc(s.file)}</small></h2>${suiteBody(s)}${checks(s.checks)}</section>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>parley eval</title><style>${STYLE}</style></head><body>
<h1>parley eval: <span class="${report.passed ? "pass" : "fail"}">${report.passed ? "PASS" : "FAIL"}</span></h1>
<p>Engine ${esc(report.engine)}${report.models.judge ? ` (judge ${esc(report.models.judge)}, persona ${esc(report.models.persona ?? "")})` : ""} · ${esc(report.mode)} · repeat ${report.repeat} · ${report.failures} failing checks</p>
<p>Usage: ${usage("persona")}; ${usage("judge")}${report.usage.costUsd === null ? "" : `; cost $${report.usage.costUsd.toFixed(4)}`}</p>
${sections}
</body></html>
`;
}

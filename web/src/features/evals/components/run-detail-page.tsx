import { Link } from "react-router";
import { Badge, PassBadge } from "../../../components/ui/badge";
import { formatDate } from "../../../lib/labels";
import type { EvalRunDetail, SuiteReport } from "../api/get-eval-run";
import { dollars, KIND_LABEL, tokens } from "./figures";
import { GradingSuiteDetail } from "./grading-suite-detail";
import { PersonaSuiteDetail, RobustnessSuiteDetail, SeparationSuiteDetail } from "./other-suite-detail";
import "./evals.css";

/**
 * Saves the report as `parley eval --json` wrote it. The Blob URL is made on click and revoked
 * shortly after, rather than held for the page's life (StrictMode's double effect revoked it early).
 */
function downloadReport(run: EvalRunDetail) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(run.report, null, 2)}\n`], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `parley-eval-${run.id}.json`;
  link.click();
  // The download reads the Blob after this handler returns: give it time before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function RunDetailPage({ run }: { run: EvalRunDetail }) {
  const { persona, judge, costUsd } = run.report.usage;
  return (
    <div className="panel-column">
      <header className="page-head">
        <div>
          <p className="eyebrow">
            <Link to="/evals">Eval runs</Link>
          </p>
          <h1>
            {run.label ?? "Unlabelled run"} <PassBadge passed={run.passed} />
          </h1>
          <div className="evals__meta muted">
            <span>{formatDate(run.finishedAt)}</span>
            <span>
              engine {run.engine}
              {run.model ? ` (${run.model})` : ""}
              {run.report.mode !== "live" ? ` · ${run.report.mode}` : ""}
              {run.report.repeat > 1 ? ` · ${run.report.repeat} repeats` : ""}
            </span>
            {run.report.server && <span>on {run.report.server}</span>}
            {run.storedBy && <span>stored by {run.storedBy}</span>}
            <span>
              {run.report.server ? "usage here (the server counts its own): " : "usage: "}persona {persona.calls} calls
              / {tokens(persona)} tokens, judge {judge.calls} calls / {tokens(judge)} tokens
              {dollars(costUsd) ? `, ${dollars(costUsd)}` : ""}
            </span>
          </div>
        </div>
        <button type="button" className="btn btn--secondary" onClick={() => downloadReport(run)}>
          Download JSON
        </button>
      </header>
      {run.report.suites.map((suite) => (
        <SuitePanel key={suite.id} suite={suite} />
      ))}
    </div>
  );
}

function SuitePanel({ suite }: { suite: SuiteReport }) {
  const gating = suite.checks.filter((check) => !check.reportOnly);
  const failed = gating.filter((check) => !check.passed);
  const titleId = `suite-${suite.id}`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <div className="panel__head">
        <h2 id={titleId} className="panel__title">
          <Badge tone="info">{KIND_LABEL[suite.kind]}</Badge> {suite.id}
        </h2>
        {gating.length === 0 ? (
          // A measurement set (held-out, blind) has no thresholds: nothing passed, nothing to pass.
          <Badge tone="neutral">report only</Badge>
        ) : (
          <Badge tone={failed.length === 0 ? "good" : "bad"}>
            {gating.length - failed.length}/{gating.length} checks passed
          </Badge>
        )}
      </div>
      <p className="muted small">{suite.file}</p>
      {failed.length > 0 && (
        <ul className="evals__list">
          {failed.map((check) => (
            <li key={check.name}>
              <strong>{check.name}</strong>: {check.detail}
            </li>
          ))}
        </ul>
      )}
      {suite.kind === "grading" && <GradingSuiteDetail suite={suite} />}
      {suite.kind === "persona" && <PersonaSuiteDetail suite={suite} />}
      {suite.kind === "separation" && <SeparationSuiteDetail suite={suite} />}
      {suite.kind === "robustness" && <RobustnessSuiteDetail suite={suite} />}
    </section>
  );
}

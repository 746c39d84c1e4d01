import { Link } from "react-router";
import { PassBadge } from "../../../components/ui/badge";
import { formatDate } from "../../../lib/labels";
import type { EvalRunItem } from "../api/get-eval-runs";
import { dollars, tokens } from "./figures";
import { SuiteHeadline } from "./suite-chips";

export function RunTable({ runs }: { runs: EvalRunItem[] }) {
  return (
    <div className="table-wrap">
      <table className="table evals__table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Run</th>
            <th scope="col">Engine</th>
            <th scope="col">Suites and headline figures (95% CI)</th>
            <th scope="col">Usage</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const { persona, judge, costUsd } = run.summary.usage;
            const cost = dollars(costUsd);
            return (
              <tr key={run.id}>
                <td data-label="When">{formatDate(run.finishedAt)}</td>
                <td data-label="Run">
                  <Link to={`/evals/${run.id}`}>{run.label ?? "Unlabelled run"}</Link> <PassBadge passed={run.passed} />
                  <div className="muted small">
                    {run.summary.failures} failed check{run.summary.failures === 1 ? "" : "s"}
                    {run.storedBy ? ` · by ${run.storedBy}` : ""}
                  </div>
                </td>
                <td data-label="Engine">
                  {run.engine}
                  {run.model && <div className="muted small">{run.model}</div>}
                  {run.summary.mode !== "live" && <div className="muted small">{run.summary.mode}</div>}
                </td>
                <td data-label="Suites">
                  <ul className="evals__suites">
                    {run.summary.suites.map((suite) => (
                      <SuiteHeadline key={suite.id} suite={suite} />
                    ))}
                  </ul>
                </td>
                <td data-label="Usage">
                  {run.summary.server ? (
                    <span className="muted">counted on {run.summary.server}</span>
                  ) : persona.calls + judge.calls === 0 ? (
                    <span className="muted">no model calls</span>
                  ) : (
                    <>
                      persona {persona.calls} calls, {tokens(persona)} tok
                      <br />
                      judge {judge.calls} calls, {tokens(judge)} tok
                      {cost && <div>{cost}</div>}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

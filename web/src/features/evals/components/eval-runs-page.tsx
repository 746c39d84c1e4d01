import { useState } from "react";
import { EmptyState } from "../../../components/ui/empty-state";
import { QueryView } from "../../../components/ui/query-view";
import { EVAL_RUNS_PAGE, useEvalRuns } from "../api/get-eval-runs";
import { KappaChart } from "./kappa-chart";
import { RunTable } from "./run-table";
import "./evals.css";

export function EvalRunsPage() {
  const [page, setPage] = useState(0);
  const runs = useEvalRuns(page);
  return (
    <QueryView query={runs} loading="Loading eval runs…" errorTitle="Could not load the eval runs">
      {({ items, total }) =>
        total === 0 ? (
          <EmptyState title="No eval runs yet">
            <p>Run the shipped suites from the project folder; each run is stored here:</p>
            <pre className="evals__command">
              <code>npx parley eval</code>
            </pre>
            <p className="muted small">
              From CI, run them against this server with a trainer's API token:{" "}
              <code>npx parley eval --server URL --token TOKEN --label "$CI_COMMIT"</code>. See{" "}
              <code>evals/README.md</code>.
            </p>
          </EmptyState>
        ) : (
          <div className="panel-column">
            <section className="panel" aria-labelledby="kappa-title">
              <h2 id="kappa-title" className="panel__title">
                Grader agreement with human raters, per grading suite
              </h2>
              <KappaChart runs={items} />
            </section>
            <section className="panel" aria-labelledby="runs-title">
              <h2 id="runs-title" className="panel__title">
                Runs <span className="muted small">({total})</span>
              </h2>
              <RunTable runs={items} />
              {total > EVAL_RUNS_PAGE && (
                <nav className="evals__pages" aria-label="Pages of runs">
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    disabled={page === 0}
                    onClick={() => setPage(page - 1)}
                  >
                    Newer
                  </button>
                  <span className="muted small">
                    {page * EVAL_RUNS_PAGE + 1}–{Math.min(total, (page + 1) * EVAL_RUNS_PAGE)} of {total}
                  </span>
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    disabled={(page + 1) * EVAL_RUNS_PAGE >= total}
                    onClick={() => setPage(page + 1)}
                  >
                    Older
                  </button>
                </nav>
              )}
            </section>
          </div>
        )
      }
    </QueryView>
  );
}

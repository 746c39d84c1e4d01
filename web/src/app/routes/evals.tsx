import { EvalRunsPage } from "../../features/evals/components/eval-runs-page";
import { usePageTitle } from "../../lib/use-page-title";

export function EvalsRoute() {
  usePageTitle("Evals");
  return (
    <>
      <header className="page-head">
        <div>
          <h1>Eval runs</h1>
          <p className="lead">
            Each <code>parley eval</code> run: how closely the grader agrees with human scores, whether the personas
            still behave, and what it cost.
          </p>
        </div>
      </header>
      <EvalRunsPage />
    </>
  );
}

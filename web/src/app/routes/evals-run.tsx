import { useParams } from "react-router";
import { QueryView } from "../../components/ui/query-view";
import { useEvalRun } from "../../features/evals/api/get-eval-run";
import { RunDetailPage } from "../../features/evals/components/run-detail-page";
import { usePageTitle } from "../../lib/use-page-title";

export function EvalRunRoute() {
  const { runId = "" } = useParams();
  const run = useEvalRun(runId);
  usePageTitle(run.data ? `Eval run: ${run.data.run.label ?? "unlabelled"}` : "Eval run");
  return (
    <QueryView query={run} loading="Loading the run…" errorTitle="Could not load this eval run">
      {({ run: detail }) => <RunDetailPage run={detail} />}
    </QueryView>
  );
}

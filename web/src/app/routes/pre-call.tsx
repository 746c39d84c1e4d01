import { useParams } from "react-router";
import { Loading } from "../../components/ui/loading";
import { QueryView } from "../../components/ui/query-view";
import { PreCall } from "../../features/scenarios/components/pre-call";
import { ThreadPanel } from "../../features/discussion/components/thread-panel";
import { usePersona, useRubric, useRubrics } from "../../lib/queries/library";
import { usePageTitle } from "../../lib/use-page-title";

export function PreCallRoute() {
  const { personaId } = useParams();
  const persona = usePersona(personaId);
  const rubrics = useRubrics();
  const rubricId = persona.data ? (persona.data.persona.rubric ?? rubrics.data?.items[0]?.id) : undefined;
  const rubric = useRubric(rubricId);
  usePageTitle(persona.data ? `Call with ${persona.data.persona.name}` : "Prepare a call");
  return (
    <QueryView query={persona} loading="Loading the scenario…" errorTitle="Could not load this scenario">
      {(p) => (
        <QueryView query={rubric} loading="Loading the rubric…" errorTitle="Could not load the rubric">
          {(r) =>
            r ? (
              <>
                <PreCall persona={p.persona} rubric={r.rubric} rubricVersion={r.version} />
                <ThreadPanel kind="scenario" refId={p.persona.id} title="Discussion: how would you handle this call?" />
              </>
            ) : (
              <Loading />
            )
          }
        </QueryView>
      )}
    </QueryView>
  );
}

import { useParams } from "react-router";
import { QueryView } from "../../components/ui/query-view";
import { SandboxPage } from "../../features/sandbox/components/sandbox-page";
import { usePersona, useRubrics } from "../../lib/queries/library";
import { usePageTitle } from "../../lib/use-page-title";

export function SandboxRoute() {
  const { id } = useParams();
  const persona = usePersona(id);
  const rubrics = useRubrics();
  usePageTitle(persona.data ? `Sandbox: ${persona.data.persona.name}` : "Sandbox");
  return (
    <QueryView query={persona} loading="Loading the persona…" errorTitle="Could not load this persona">
      {(detail) => <SandboxPage detail={detail} fallbackRubric={rubrics.data?.items[0]?.id} />}
    </QueryView>
  );
}

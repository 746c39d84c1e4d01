import { useQuery } from "@tanstack/react-query";
import { useParams, useSearchParams } from "react-router";
import { QueryView } from "../../components/ui/query-view";
import { isLibraryKind } from "../../features/authoring/api/library-kind";
import { EditorPage } from "../../features/authoring/components/editor-page";
import { fetchPersona, fetchRubric } from "../../lib/queries/library";
import { usePageTitle } from "../../lib/use-page-title";
import { NotFoundRoute } from "./not-found";

export function EditorRoute() {
  const { kind, id = "" } = useParams();
  const [params] = useSearchParams();
  const version = params.get("version") ? Number(params.get("version")) : undefined;
  const valid = isLibraryKind(kind);
  const query = useQuery({
    queryKey: [kind ?? "", id, version ?? "latest"],
    queryFn: async () => {
      if (kind === "personas") {
        const d = await fetchPersona(id, version);
        return { detail: d, name: d.persona.name };
      }
      const d = await fetchRubric(id, version);
      return { detail: d, name: d.rubric.name };
    },
    enabled: valid,
  });
  usePageTitle(query.data ? `Edit ${query.data.name}` : "Editor");
  if (!valid) return <NotFoundRoute />;
  return (
    <QueryView query={query} loading="Loading the file…" errorTitle="Could not load this file">
      {/* Keyed by the version asked for, not the one loaded: saving refetches "latest" without losing the draft. */}
      {({ detail, name }) => <EditorPage key={`${kind}/${id}/${version ?? "latest"}`} kind={kind} detail={detail} name={name} />}
    </QueryView>
  );
}

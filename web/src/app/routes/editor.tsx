import { useQuery } from "@tanstack/react-query";
import { useLocation, useParams, useSearchParams } from "react-router";
import { QueryView } from "../../components/ui/query-view";
import { isLibraryKind, type LibraryKind } from "../../features/authoring/api/library-kind";
import { EditorPage } from "../../features/authoring/components/editor-page";
import type { DraftResult } from "../../features/authoring/api/draft-from-document";
import { DraftChecksPanel } from "../../features/authoring/components/draft-checks-panel";
import { RubricTestPanel } from "../../features/rubric-test/components/rubric-test-panel";
import { fetchPersona, fetchRubric, type LibraryDetail, usePersonas, useRubrics } from "../../lib/queries/library";
import { usePageTitle } from "../../lib/use-page-title";
import { NotFoundRoute } from "./not-found";

const NEW = "new";

interface Loaded {
  detail: LibraryDetail;
  name: string;
}

async function load(kind: LibraryKind, id: string, version: number | undefined): Promise<Loaded> {
  if (kind === "personas") {
    const d = await fetchPersona(id, version);
    return { detail: d, name: d.persona.name };
  }
  const d = await fetchRubric(id, version);
  return { detail: d, name: d.rubric.name };
}

/** A new file starts as a copy of the first existing one, with its id changed, so every field is there to edit. */
async function template(kind: LibraryKind, firstId: string | undefined): Promise<Loaded> {
  if (!firstId) throw new Error(`There is no ${kind === "personas" ? "persona" : "rubric"} to start from yet.`);
  const { detail, name } = await load(kind, firstId, undefined);
  const source = (detail.source ?? "").replace(/^id:.*$/m, `id: my-new-${kind === "personas" ? "persona" : "rubric"}`);
  return { detail: { ...detail, id: NEW, version: 0, source, origin: "", versions: [] }, name };
}

function handedOver(source: string, from: string): Loaded {
  const name = /^name: (.*)$/m.exec(source)?.[1] ?? from;
  return {
    detail: { id: NEW, version: 0, source, view: "full", origin: "", versions: [], live: null },
    name: `${from} (${name})`,
  };
}

interface HandedState {
  source?: string;
  /** A model's draft from a document, and which of its files this is. */
  draft?: DraftResult;
  file?: "persona" | "rubric";
}

export function EditorRoute() {
  const { kind, id = "" } = useParams();
  const [params] = useSearchParams();
  const version = params.get("version") ? Number(params.get("version")) : undefined;
  const valid = isLibraryKind(kind);
  const personas = usePersonas();
  const rubrics = useRubrics();
  const list = kind === "personas" ? personas.data : rubrics.data;
  const takenIds = list?.items.map((item) => item.id) ?? [];
  // A draft handed over by the guided form or drafted from a document (not saved yet) opens as the new file.
  const state = (useLocation().state as HandedState | null) ?? {};
  const handed = state.source;
  const drafted = state.draft && state.file ? { draft: state.draft, file: state.file } : null;
  const query = useQuery<Loaded>({
    queryKey: [kind ?? "", id, version ?? "latest", handed ?? ""],
    queryFn: () => {
      if (!isLibraryKind(kind)) throw new Error("unknown kind");
      if (id === NEW && handed)
        return Promise.resolve(handedOver(handed, drafted ? "a draft from a document" : "the guided form"));
      return id === NEW ? template(kind, list?.items[0]?.id) : load(kind, id, version);
    },
    enabled: valid && (id !== NEW || list !== undefined || handed !== undefined),
    staleTime: id === NEW ? Number.POSITIVE_INFINITY : 30_000,
  });
  usePageTitle(id === NEW ? "New file" : query.data ? `Edit ${query.data.name}` : "Editor");
  if (!valid) return <NotFoundRoute />;
  return (
    <QueryView query={query} loading="Loading the file…" errorTitle="Could not load this file">
      {/* Keyed by the version asked for, not the one loaded: saving refetches "latest" without losing the draft. */}
      {({ detail, name }) => (
        <EditorPage
          key={`${kind}/${id}/${version ?? "latest"}`}
          kind={kind}
          detail={detail}
          name={name}
          takenIds={takenIds}
          intro={
            id === NEW && handed
              ? drafted
                ? `Drafted by the model from “${drafted.draft.document.name}”: read it and the checks beside it, change what you like, then create it. Nothing is published until you do.`
                : "Drafted from your answers: read it, change what you like, then create it. Nothing is published until you do."
              : undefined
          }
          aside={id === NEW && drafted ? <DraftChecksPanel draft={drafted.draft} file={drafted.file} /> : undefined}
          below={
            kind === "rubrics"
              ? (draft) => (
                  <RubricTestPanel
                    rubricId={detail.id}
                    draft={draft}
                    savedSource={detail.source ?? ""}
                    savedVersion={detail.version}
                  />
                )
              : undefined
          }
        />
      )}
    </QueryView>
  );
}

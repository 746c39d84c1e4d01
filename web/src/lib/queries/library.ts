import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import type { Persona } from "../../../../api/src/library/persona-schema";
import type { Rubric } from "../../../../api/src/library/rubric-schema";
import type { LearnerPersona, LearnerRubric } from "../../../../api/src/library/learner-view";
import { api } from "../api-client";
import { unwrap } from "../api-error";
import { queryKeys } from "../query-client";

export type { Persona, Rubric };
/** A persona as the API shows it: learners get the learner view; trainers and admins everything. */
export type PersonaView = LearnerPersona & Omit<Partial<Persona>, keyof LearnerPersona>;
export type RubricView = LearnerRubric & Omit<Partial<Rubric>, keyof LearnerRubric>;
export type LibraryItem = InferResponseType<typeof api.personas.$get, 200>["items"][number];
type Detail = InferResponseType<(typeof api.personas)[":id"]["$get"], 200>;
export interface LibraryDetail {
  id: string;
  version: number;
  /** Null for learners (they get the learner view). */
  source: string | null;
  view: "full" | "learner";
  origin: string;
  versions: { version: number; origin: string; createdAt: number }[];
  /** Which source is live (trainers only): the file in git or the web editor. */
  live: LiveSource | null;
}
export interface LiveSource {
  from: "file" | "editor";
  file: string;
  fileVersion: number | null;
}
export type PersonaDetail = LibraryDetail & { persona: PersonaView };
export type RubricDetail = LibraryDetail & { rubric: RubricView };
/** The full file, for trainer pages (the editor, the sandbox); null when the view is the learner's. */
export const fullPersona = (detail: PersonaDetail): Persona | null =>
  detail.view === "full" ? (detail.persona as Persona) : null;

const versionQuery = (version?: number) => (version === undefined ? {} : { version: String(version) });

// The route names the file under a computed key (`persona` or `rubric`), which the typed client
// widens to an index signature; the schema types say what it holds.
const detail = (body: Detail): LibraryDetail => ({
  id: String(body.id),
  version: Number(body.version),
  source: body.source === null ? null : String(body.source),
  view: body.view === "learner" ? "learner" : "full",
  origin: String(body.origin),
  versions: body.versions as LibraryDetail["versions"],
  live: (body.live as LiveSource | null | undefined) ?? null,
});

export const fetchPersona = async (id: string, version?: number): Promise<PersonaDetail> => {
  const body = await unwrap(api.personas[":id"].$get({ param: { id }, query: versionQuery(version) }));
  return { ...detail(body), persona: body.persona as PersonaView };
};

export const fetchRubric = async (id: string, version?: number): Promise<RubricDetail> => {
  const body = await unwrap(api.rubrics[":id"].$get({ param: { id }, query: versionQuery(version) }));
  return { ...detail(body), rubric: body.rubric as RubricView };
};

export const usePersonas = () => useQuery({ queryKey: queryKeys.personas, queryFn: () => unwrap(api.personas.$get()) });

export const useRubrics = () => useQuery({ queryKey: queryKeys.rubrics, queryFn: () => unwrap(api.rubrics.$get()) });

export const usePersona = (id: string | undefined, version?: number) =>
  useQuery({
    queryKey: queryKeys.persona(id ?? "", version),
    queryFn: () => fetchPersona(id ?? "", version),
    enabled: id !== undefined,
  });

export const useRubric = (id: string | undefined, version?: number) =>
  useQuery({
    queryKey: queryKeys.rubric(id ?? "", version),
    queryFn: () => fetchRubric(id ?? "", version),
    enabled: id !== undefined,
  });

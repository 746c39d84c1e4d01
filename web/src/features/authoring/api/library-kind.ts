import { api } from "../../../lib/api-client";

/** The editor's URL segment, which is also the API's resource name. */
export type LibraryKind = "personas" | "rubrics";

export const isLibraryKind = (value: string | undefined): value is LibraryKind =>
  value === "personas" || value === "rubrics";

export const KIND_LABEL: Record<LibraryKind, string> = { personas: "persona", rubrics: "rubric" };

/** The typed client for either kind: both have the same routes. */
export const libraryApi = (kind: LibraryKind) => (kind === "personas" ? api.personas : api.rubrics);

export interface FileIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

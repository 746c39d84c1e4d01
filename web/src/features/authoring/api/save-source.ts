import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiRequestError, unwrap } from "../../../lib/api-error";
import { type FileIssue, type LibraryKind, libraryApi } from "./library-kind";

/** The `id:` a draft declares (a new file is saved under it). */
export const declaredId = (source: string): string | undefined =>
  /^id:\s*["']?([a-z0-9][a-z0-9-]*)["']?\s*(#.*)?$/m.exec(source)?.[1];

/**
 * Saves the draft as a new version (201), or reports it unchanged (200). A 400 carries the issues.
 * `id` is the file being edited, or undefined for a new file (saved under the id it declares).
 */
export function useSaveSource(kind: LibraryKind, id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (source: string) => {
      const target = id ?? declaredId(source);
      if (!target) throw new ApiRequestError(400, "missing_id", "Give the file an id: a line like `id: my-new-file`.");
      return unwrap(libraryApi(kind)[":id"].$put({ param: { id: target }, json: { source } }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [kind] }),
  });
}

/** The per-line issues of a refused save, if the server sent them. */
export function issuesOf(error: unknown): FileIssue[] {
  if (!(error instanceof ApiRequestError)) return [];
  const details = error.details as { issues?: unknown } | undefined;
  return Array.isArray(details?.issues) ? (details.issues as FileIssue[]) : [];
}

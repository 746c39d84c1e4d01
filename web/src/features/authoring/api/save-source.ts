import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiRequestError, unwrap } from "../../../lib/api-error";
import { type FileIssue, type LibraryKind, libraryApi } from "./library-kind";

/** Saves the draft as a new version (201), or reports it unchanged (200). A 400 carries the issues. */
export function useSaveSource(kind: LibraryKind, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (source: string) => unwrap(libraryApi(kind)[":id"].$put({ param: { id }, json: { source } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [kind] }),
  });
}

/** The per-line issues of a refused save, if the server sent them. */
export function issuesOf(error: unknown): FileIssue[] {
  if (!(error instanceof ApiRequestError)) return [];
  const details = error.details as { issues?: unknown } | undefined;
  return Array.isArray(details?.issues) ? (details.issues as FileIssue[]) : [];
}

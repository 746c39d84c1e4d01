import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { queryKeys } from "../../../lib/query-client";

/** Starts a new session that continues from just before a rep turn, to try that moment again. */
export function useForkSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fromTurn: number) => unwrap(api.sessions[":id"].fork.$post({ param: { id }, json: { fromTurn } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.sessions, exact: true }),
  });
}

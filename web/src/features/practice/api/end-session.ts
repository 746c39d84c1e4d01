import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { queryKeys } from "../../../lib/query-client";

/** Ends the call (or, for a call the customer ended, grades it) and returns the scorecard. */
export function useEndSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.sessions[":id"].end.$post({ param: { id } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.session(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions, exact: true });
    },
  });
}

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { queryKeys } from "../../../lib/query-client";

/** Grades a call that ended without a scorecard (the customer hung up and the rep went straight here). */
export function useScoreCall(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.sessions[":id"].end.$post({ param: { id } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.session(id) }),
  });
}

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../api-client";
import { unwrap } from "../api-error";
import { queryKeys } from "../query-client";

export type SessionDetail = InferResponseType<(typeof api.sessions)[":id"]["$get"], 200>;
export type SessionScorecard = NonNullable<SessionDetail["scorecard"]>;

export const fetchSessionDetail = (id: string) => unwrap(api.sessions[":id"].$get({ param: { id } }));

export const useSession = (id: string) =>
  useQuery({ queryKey: queryKeys.session(id), queryFn: () => fetchSessionDetail(id), staleTime: 0 });

/** Abandons an open call: no scorecard, out of history and progress (History and the practice room use it). */
export function useAbandonSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.sessions[":id"].abandon.$post({ param: { id } })),
    onSuccess: (_data, id) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.session(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions, exact: true });
    },
  });
}

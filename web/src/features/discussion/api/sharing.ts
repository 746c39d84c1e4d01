import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type SharedCalls = InferResponseType<typeof api.discussion.shared.$get, 200>;
export type SharedCall = InferResponseType<(typeof api.discussion.shared)[":id"]["$get"], 200>["call"];

const sharingKey = (sessionId: string) => ["discussion", "sharing", sessionId] as const;

/** Whether one's call is shared, and whether it can be. */
export const useSharing = (sessionId: string) =>
  useQuery({
    queryKey: sharingKey(sessionId),
    queryFn: () => unwrap(api.discussion.sharing[":id"].$get({ param: { id: sessionId } })),
    staleTime: 0,
  });

export const useSetSharing = (sessionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shared: boolean) =>
      unwrap(api.discussion.sharing[":id"].$put({ param: { id: sessionId }, json: { shared } })),
    onSuccess: (status) => {
      queryClient.setQueryData(sharingKey(sessionId), status);
      void queryClient.invalidateQueries({ queryKey: ["discussion", "shared"] });
    },
  });
};

/** The calls the signed-in person's team shared, newest first; `teamId`: the team an admin picked. */
export const useSharedCalls = (teamId?: string, enabled = true) =>
  useQuery({
    queryKey: ["discussion", "shared", "team", teamId ?? "own"],
    queryFn: () => unwrap(api.discussion.shared.$get({ query: teamId ? { teamId } : {} })),
    enabled,
    staleTime: 0,
  });

export const useSharedCall = (sessionId: string) =>
  useQuery({
    queryKey: ["discussion", "shared", sessionId],
    queryFn: async () => (await unwrap(api.discussion.shared[":id"].$get({ param: { id: sessionId } }))).call,
    staleTime: 0,
    retry: false,
  });

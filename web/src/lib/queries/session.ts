import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../api-client";
import { unwrap } from "../api-error";
import { queryKeys } from "../query-client";

export type SessionDetail = InferResponseType<(typeof api.sessions)[":id"]["$get"], 200>;
export type SessionScorecard = NonNullable<SessionDetail["scorecard"]>;

export const fetchSessionDetail = (id: string) => unwrap(api.sessions[":id"].$get({ param: { id } }));

export const useSession = (id: string) =>
  useQuery({ queryKey: queryKeys.session(id), queryFn: () => fetchSessionDetail(id), staleTime: 0 });

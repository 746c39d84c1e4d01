import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { queryKeys } from "../../../lib/query-client";

export type SessionSummary = InferResponseType<typeof api.sessions.$get, 200>["items"][number];

export const useSessions = () =>
  useQuery({ queryKey: queryKeys.sessions, queryFn: () => unwrap(api.sessions.$get()), staleTime: 0 });

import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type Notifications = InferResponseType<typeof api.notifications.$get, 200>;

/** Polled once a minute, so the nav badge picks up "due soon" and "passed" without a reload. */
export const useNotifications = () =>
  useQuery({
    queryKey: ["notifications"],
    queryFn: () => unwrap(api.notifications.$get()),
    refetchInterval: 60_000,
    staleTime: 0,
    refetchOnMount: "always",
  });

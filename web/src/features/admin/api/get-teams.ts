import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { adminKeys } from "./admin-keys";

export type Team = InferResponseType<typeof api.teams.$get, 200>["items"][number];

export const useTeams = (enabled = true) =>
  useQuery({ queryKey: adminKeys.teams, queryFn: () => unwrap(api.teams.$get()), enabled });

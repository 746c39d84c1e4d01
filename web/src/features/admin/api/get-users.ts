import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { adminKeys } from "./admin-keys";

export type AdminUser = InferResponseType<typeof api.users.$get, 200>["items"][number];
export type Role = AdminUser["role"];

export const useUsers = (enabled = true) =>
  useQuery({ queryKey: adminKeys.users, queryFn: () => unwrap(api.users.$get()), enabled });

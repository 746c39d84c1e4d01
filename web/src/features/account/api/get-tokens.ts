import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export const tokensKey = ["account", "tokens"] as const;
export type ApiToken = InferResponseType<typeof api.tokens.$get, 200>["items"][number];

export const useTokens = (enabled = true) =>
  useQuery({ queryKey: tokensKey, queryFn: () => unwrap(api.tokens.$get()), enabled });

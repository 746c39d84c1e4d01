import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../api-client";
import { ApiRequestError, unwrap } from "../api-error";
import { queryKeys } from "../query-client";

export type Me = InferResponseType<typeof api.auth.me.$get, 200>;
export type SignedInUser = Me["user"];

/** Who is signed in, or `null` when the server answers 401 (accounts mode, no session). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(api.auth.me.$get());
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

export const useMe = () => useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });

import { useQuery } from "@tanstack/react-query";
import { api } from "../api-client";
import { unwrap } from "../api-error";
import { queryKeys } from "../query-client";

type Health = Awaited<ReturnType<typeof unwrap<Awaited<ReturnType<typeof api.health.$get>>>>>;

/**
 * What the server runs. With accounts, someone not signed in is told only `ok` and `auth` (the
 * sign-in pages read `auth`); the engine, models and voice are read only by signed-in pages.
 */
async function health() {
  return (await unwrap(api.health.$get())) as Extract<Health, { engine: unknown }>;
}

export const useHealth = () => useQuery({ queryKey: queryKeys.health, queryFn: health, staleTime: 60_000 });

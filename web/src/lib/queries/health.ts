import { useQuery } from "@tanstack/react-query";
import { api } from "../api-client";
import { unwrap } from "../api-error";
import { queryKeys } from "../query-client";

export const useHealth = () =>
  useQuery({ queryKey: queryKeys.health, queryFn: () => unwrap(api.health.$get()), staleTime: 60_000 });

import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

/** The ids of the signed-in person's calls shared with their team now (History marks them). */
export const useMyShares = () =>
  useQuery({
    queryKey: ["discussion", "shared", "mine"],
    queryFn: async () => new Set((await unwrap(api.discussion.sharing.$get())).sessionIds),
    staleTime: 0,
  });

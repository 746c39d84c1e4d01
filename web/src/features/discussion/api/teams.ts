import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

/** The teams an admin may pick a scenario's thread of (admins are in no team). */
export const useDiscussionTeams = (enabled: boolean) =>
  useQuery({
    queryKey: ["discussion", "teams"],
    queryFn: async () => (await unwrap(api.teams.$get())).items,
    enabled,
    staleTime: 60_000,
  });

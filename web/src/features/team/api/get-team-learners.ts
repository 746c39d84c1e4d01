import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

/** Every learner of the team (an admin's: everyone's), scored calls or not: the learner pickers' choices. */
export const useTeamLearners = (enabled = true) =>
  useQuery({
    queryKey: ["team", "learners"],
    queryFn: async () => (await unwrap(api.team.learners.$get())).learners,
    enabled,
  });

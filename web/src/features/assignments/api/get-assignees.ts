import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

/** Who the signed-in trainer (or admin, or the local user) may assign work to. */
export const useAssignees = () =>
  useQuery({ queryKey: ["assignments", "assignees"], queryFn: () => unwrap(api.assignments.assignees.$get()) });

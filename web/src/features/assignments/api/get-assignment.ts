import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type AssignmentDetail = InferResponseType<(typeof api.assignments)[":id"]["$get"], 200>;

export const useAssignment = (id: string) =>
  useQuery({
    queryKey: ["assignments", id],
    queryFn: () => unwrap(api.assignments[":id"].$get({ param: { id } })),
    staleTime: 0,
  });

import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type AssignmentList = InferResponseType<typeof api.assignments.$get, 200>;
export type AssignmentItem = AssignmentList["items"][number];
export type Progress = AssignmentItem["learners"][number]["progress"];

export const useAssignments = () =>
  // Status is derived from calls made elsewhere (the practice room): always refetched on a visit.
  useQuery({ queryKey: ["assignments"], queryFn: () => unwrap(api.assignments.$get()), staleTime: 0 });

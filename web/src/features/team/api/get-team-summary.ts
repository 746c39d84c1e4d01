import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type TeamSummary = InferResponseType<typeof api.team.summary.$get, 200>;
export type TeamCriterion = TeamSummary["criteria"][number];
export type TeamSkill = TeamSummary["skills"][number];

export const useTeamSummary = (enabled = true) =>
  useQuery({ queryKey: ["team", "summary"], queryFn: () => unwrap(api.team.summary.$get()), enabled });

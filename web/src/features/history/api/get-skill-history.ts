import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type SkillHistory = InferResponseType<typeof api.history.$get, 200>;
export type SkillHistoryRow = SkillHistory["rows"][number];

/** The signed-in user's progress per skill (every rubric's criteria of a skill together, 0-100%). */
export const useSkillHistory = () =>
  useQuery({
    queryKey: ["history", "skill"],
    queryFn: () => unwrap(api.history.$get({ query: { by: "skill" } })),
    staleTime: 0,
  });

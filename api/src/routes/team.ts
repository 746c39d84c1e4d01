import { Hono } from "hono";
import type { AuthEnv } from "../auth/principal";
import type { TeamLearners } from "../trainer/team-learners";
import type { TeamSummary } from "../trainer/team-summary";

/**
 * `GET /api/team/summary`: scores per criterion across learners and weeks; `GET /api/team/learners`:
 * every learner of the team, scored or not (trainers and admins).
 */
export function teamRoutes(summary: TeamSummary, learners: TeamLearners) {
  return new Hono<AuthEnv>()
    .get("/summary", async (c) => c.json(await summary(c.var.principal), 200))
    .get("/learners", async (c) => c.json(await learners(c.var.principal), 200));
}

import { Hono } from "hono";
import type { AuthEnv } from "../auth/principal";
import type { TeamSummary } from "../trainer/team-summary";

/** `GET /api/team/summary`: scores per criterion across learners and weeks (trainers and admins). */
export function teamRoutes(summary: TeamSummary) {
  return new Hono<AuthEnv>().get("/summary", async (c) => c.json(await summary(c.var.principal), 200));
}

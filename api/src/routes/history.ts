import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import type { SkillHistory } from "../trainer/skill-history";
import { validate } from "./validate";

const query = z.object({ by: z.enum(["skill", "criterion"]).default("skill") });

/** `GET /api/history?by=skill|criterion`: the signed-in user's progress over time (their own calls only). */
export function historyRoutes(history: SkillHistory) {
  return new Hono<AuthEnv>().get("/", validate("query", query), async (c) =>
    c.json(await history(c.var.principal, c.req.valid("query").by), 200),
  );
}

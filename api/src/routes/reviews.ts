import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import type { Programme } from "../programme/programme";
import { validate } from "./validate";

const callParam = z.object({ id: z.string().min(1).max(100) });
const overrideParam = callParam.extend({ overrideId: z.string().uuid("must be an override id") });
const commentBody = z.strictObject({
  /** The turn (0-based, as in the call's turns); absent or null: the call as a whole. */
  turnIndex: z.number().int().min(0).nullable().default(null),
  text: z.string().trim().min(1, "must not be empty").max(4000),
});
const overrideBody = z.strictObject({
  criterionId: z.string().min(1).max(100),
  score: z.number().int("must be a whole number"),
  reason: z.string().trim().min(1, "say why the score changes").max(2000),
});
const teamQuery = z.object({ teamId: z.string().min(1).max(100).optional() });
const exportQuery = teamQuery.extend({ rubricId: z.string().min(1).max(100).optional() });
const settingsBody = z.strictObject({ teamId: z.string().min(1).max(100).optional(), exportAllowed: z.boolean() });

/**
 * Human review of graded calls: read a call's review, comment on a turn, override a criterion's
 * score (with a reason), withdraw an override; the team setting and the export as an eval suite.
 */
export function reviewRoutes({ reviews, reviewExport }: Pick<Programme, "reviews" | "reviewExport">) {
  return new Hono<AuthEnv>()
    .get("/export", validate("query", exportQuery), async (c) => {
      const exported = await reviewExport.export(c.var.principal, c.req.valid("query"));
      c.header("content-disposition", `attachment; filename="${exported.filename}"`);
      c.header("x-parley-items", String(exported.items));
      return c.body(exported.yaml, 200, { "content-type": "application/yaml; charset=utf-8" });
    })
    .get("/settings", validate("query", teamQuery), async (c) =>
      c.json(await reviewExport.settings(c.var.principal, c.req.valid("query").teamId), 200),
    )
    .put("/settings", validate("json", settingsBody), async (c) => {
      const { teamId, exportAllowed } = c.req.valid("json");
      return c.json(await reviewExport.setSettings(c.var.principal, teamId, exportAllowed), 200);
    })
    .get("/sessions/:id", validate("param", callParam), async (c) =>
      c.json({ review: await reviews.view(c.var.principal, c.req.valid("param").id) }, 200),
    )
    .post("/sessions/:id/comments", validate("param", callParam), validate("json", commentBody), async (c) =>
      c.json({ review: await reviews.comment(c.var.principal, c.req.valid("param").id, c.req.valid("json")) }, 201),
    )
    .post("/sessions/:id/overrides", validate("param", callParam), validate("json", overrideBody), async (c) =>
      c.json({ review: await reviews.override(c.var.principal, c.req.valid("param").id, c.req.valid("json")) }, 201),
    )
    .post("/sessions/:id/overrides/:overrideId/withdraw", validate("param", overrideParam), async (c) => {
      const { id, overrideId } = c.req.valid("param");
      return c.json({ review: await reviews.withdraw(c.var.principal, id, overrideId) }, 200);
    });
}

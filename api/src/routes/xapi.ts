import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import { parseCursor } from "../xapi/statement-download";
import { XAPI_VERSION } from "../xapi/vocabulary";
import type { Xapi } from "../xapi/xapi";
import { validate } from "./validate";

const instant = z.iso
  .datetime({ offset: true, error: "must be an ISO 8601 date-time, e.g. 2026-12-01T00:00:00Z" })
  .transform((value) => Date.parse(value));

const query = z.strictObject({
  learner: z.string().trim().min(1).max(200).optional(),
  since: instant.optional(),
  until: instant.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  after: z
    .string()
    .transform((value, ctx) => {
      const cursor = parseCursor(value);
      if (!cursor) ctx.addIssue({ code: "custom", message: "must be the cursor from a previous page's `more`" });
      return cursor ?? undefined;
    })
    .optional(),
  download: z.literal(["1", "true"]).optional(),
});

/**
 * xAPI statements, as an LRS's StatementResult: a learner's own, a trainer's team's, an admin's all.
 * The outbox (admins): how many statements are pending, sent and parked; re-queue the parked.
 */
export function xapiRoutes(xapi: Pick<Xapi, "download" | "outboxStatus" | "requeueParked">) {
  return new Hono<AuthEnv>()
    .get("/statements", validate("query", query), async (c) => {
      const { download: asFile, ...asked } = c.req.valid("query");
      const result = await xapi.download(c.var.principal, asked);
      c.header("x-experience-api-version", XAPI_VERSION);
      if (asFile) c.header("content-disposition", `attachment; filename="parley-xapi-statements.json"`);
      return c.json(result, 200);
    })
    .get("/outbox", async (c) => c.json(await xapi.outboxStatus(c.var.principal), 200))
    .post("/outbox/requeue", async (c) => c.json(await xapi.requeueParked(c.var.principal), 200));
}

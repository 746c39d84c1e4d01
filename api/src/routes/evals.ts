import { Hono } from "hono";
import { z } from "zod";
import { type AuthEnv, canPublish } from "../auth/principal";
import type { EvalRunStore } from "../db/eval-run-store";
import { DomainError } from "../errors";
import { asRunReport, runReportSchema } from "../eval-runs/report-schema";
import { validate } from "./validate";

const listQuery = z.object({
  limit: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be 1 to 200")
    .max(200, "must be 1 to 200")
    .default(50),
  offset: z.coerce.number().int("must be a whole number").min(0, "must be 0 or more").default(0),
});
const idParam = z.object({ id: z.string().uuid("must be an eval run id") });
const time = z.number().int().min(0);
const newRun = z
  .strictObject({
    /** The report as `parley eval --json` writes it. */
    report: runReportSchema,
    label: z.string().trim().min(1).max(200).nullable().default(null),
    startedAt: time.optional(),
    finishedAt: time.optional(),
  })
  .refine(
    (body) => body.startedAt === undefined || body.finishedAt === undefined || body.startedAt <= body.finishedAt,
    {
      message: "must not be after finishedAt",
      path: ["startedAt"],
    },
  );

/** Stored `parley eval` runs: anyone signed in reads them; trainers and admins (CI tokens) store them. */
export function evalRoutes(runs: EvalRunStore) {
  return new Hono<AuthEnv>()
    .get("/runs", validate("query", listQuery), async (c) => {
      const { limit, offset } = c.req.valid("query");
      return c.json({ ...(await runs.list({ limit, offset })), limit, offset }, 200);
    })
    .get("/runs/:id", validate("param", idParam), async (c) => {
      const { id } = c.req.valid("param");
      const run = await runs.get(id);
      if (!run) throw new DomainError("eval_run_not_found", `No eval run with id "${id}".`);
      return c.json({ run }, 200);
    })
    .post(
      "/runs",
      async (c, next) => {
        // Refused before the body is read: a learner's token should not learn what a valid report looks like.
        if (!canPublish(c.var.principal))
          throw new DomainError("forbidden", "Only trainers and admins store eval runs.");
        await next();
      },
      validate("json", newRun),
      async (c) => {
        const body = c.req.valid("json");
        const finishedAt = body.finishedAt ?? Date.now();
        const run = await runs.save({
          userId: c.var.principal.id,
          label: body.label,
          report: asRunReport(body.report),
          startedAt: body.startedAt ?? finishedAt,
          finishedAt,
        });
        return c.json({ run }, 201);
      },
    );
}

import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import { difficulty, slug } from "../library/common-schema";
import type { Assignments } from "../programme/assignments";
import { validate } from "./validate";

const YEAR_MS = 366 * 86_400_000;
const newAssignment = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  kind: z.enum(["practice", "certification"]),
  /** One scenario, or a path of them (stored easy to hard). */
  steps: z
    .array(z.strictObject({ personaId: slug, rubricId: slug.optional(), difficulty: difficulty.optional() }))
    .min(1, "give at least one scenario")
    .max(10, "at most 10 scenarios"),
  requiredScore: z.number().min(0).max(100).nullable().optional(),
  attemptsAllowed: z.number().int("must be a whole number").min(1, "must be 1 to 20").max(20, "must be 1 to 20"),
  /** Epoch milliseconds. */
  dueAt: z
    .number()
    .int()
    .refine((at) => at < Date.now() + YEAR_MS, "must be within a year"),
  note: z.string().trim().max(2000).optional(),
  /** The skill it is made for: a label or id that some step's rubric scores. */
  skill: z.string().trim().min(1, "must not be empty").max(100).optional(),
  learnerIds: z.array(z.string().min(1).max(100)).max(500).optional(),
  teamId: z.string().min(1).max(100).optional(),
});
const idParam = z.object({ id: z.string().uuid("must be an assignment id") });
const attemptBody = z.strictObject({ step: z.number().int().min(0).max(9).optional() });

/** Assignments: trainers and admins assign; learners see their own and start attempts. */
export function assignmentRoutes(assignments: Assignments) {
  return new Hono<AuthEnv>()
    .post("/", validate("json", newAssignment), async (c) =>
      c.json(await assignments.create(c.var.principal, c.req.valid("json")), 201),
    )
    .get("/", async (c) => c.json(await assignments.list(c.var.principal), 200))
    .get("/assignees", async (c) => c.json(await assignments.assignees(c.var.principal), 200))
    .get("/:id", validate("param", idParam), async (c) =>
      c.json(await assignments.get(c.var.principal, c.req.valid("param").id), 200),
    )
    .post("/:id/attempts", validate("param", idParam), validate("json", attemptBody), async (c) => {
      const started = await assignments.startAttempt(
        c.var.principal,
        c.req.valid("param").id,
        c.req.valid("json").step,
      );
      return c.json(started, started.resumed ? 200 : 201);
    });
}

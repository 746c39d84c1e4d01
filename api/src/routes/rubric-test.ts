import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import { slug } from "../library/common-schema";
import type { RubricTester } from "../trainer/rubric-test";
import { validate } from "./validate";

const idParam = z.object({ id: slug });
const testBody = z.strictObject({
  personaId: slug,
  /** The editor's unsaved draft; without it the latest saved version is tested. */
  rubricYaml: z
    .string()
    .min(1, "must not be empty")
    .max(256 * 1024)
    .optional(),
  engine: z.enum(["offline", "model"]).optional(),
});

/** `POST /api/rubrics/:id/test`: does the rubric separate a strong rep from a weak one? */
export function rubricTestRoutes(testRubric: RubricTester) {
  return new Hono<AuthEnv>().post("/:id/test", validate("param", idParam), validate("json", testBody), async (c) =>
    c.json(await testRubric(c.var.principal, { rubricId: c.req.valid("param").id, ...c.req.valid("json") }), 200),
  );
}

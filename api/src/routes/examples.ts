import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import { slug } from "../library/common-schema";
import { MAX_EXAMPLE_TURNS, MAX_NOTE_CHARS } from "../programme/examples/example-file";
import type { Examples } from "../programme/examples/examples";
import { validate } from "./validate";

const idParam = z.object({ id: z.string().min(1).max(100) });
const quality = z.enum(["good", "poor"]);
const note = z.string().trim().min(1, "must not be empty").max(MAX_NOTE_CHARS);
const turnNote = z.strictObject({ turnIndex: z.number().int().min(0), note: note.nullable() });
const notes = z.array(turnNote).max(MAX_EXAMPLE_TURNS);
const common = {
  title: z.string().trim().min(1, "must not be empty").max(200),
  quality,
  summary: note.nullable().optional(),
  teamId: z.string().min(1).max(100).nullable().optional(),
};
const fromCall = z.strictObject({ ...common, sessionId: z.string().min(1).max(100), notes: notes.optional() });
const written = z.strictObject({
  ...common,
  personaId: slug,
  rubricId: slug.optional(),
  turns: z
    .array(
      z.strictObject({
        role: z.enum(["customer", "rep"]),
        text: z.string().trim().min(1, "must not be empty").max(4000),
        note: note.nullable().optional(),
      }),
    )
    .min(2, "an example needs at least two turns")
    .max(MAX_EXAMPLE_TURNS),
});
const createBody = z.union([fromCall, written]);
const listQuery = z.object({
  scenario: slug.optional(),
  criterion: z.string().min(1).max(100).optional(),
  quality: quality.optional(),
});
const speechBody = z.strictObject({ turnIndex: z.number().int().min(0) });
const patchBody = z
  .strictObject({
    title: common.title.optional(),
    summary: common.summary,
    quality: quality.optional(),
    notes: notes.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: "change at least one of title, summary, quality, notes" });

/**
 * The examples library: list (by scenario, criterion, quality), read one, mark a graded call or
 * write a transcript as an example (trainers and admins), change its notes, delete it.
 */
export function exampleRoutes(examples: Examples) {
  return new Hono<AuthEnv>()
    .get("/", validate("query", listQuery), async (c) => {
      const { scenario, criterion, quality: wanted } = c.req.valid("query");
      const items = await examples.list(c.var.principal, {
        personaId: scenario,
        criterionId: criterion,
        quality: wanted,
      });
      return c.json({ examples: items }, 200);
    })
    .post("/", validate("json", createBody), async (c) => {
      const body = c.req.valid("json");
      const example =
        "sessionId" in body
          ? await examples.fromCall(c.var.principal, body)
          : await examples.written(c.var.principal, body);
      return c.json({ example }, 201);
    })
    .get("/:id", validate("param", idParam), async (c) =>
      c.json({ example: await examples.get(c.var.principal, c.req.valid("param").id) }, 200),
    )
    .patch("/:id", validate("param", idParam), validate("json", patchBody), async (c) =>
      c.json({ example: await examples.update(c.var.principal, c.req.valid("param").id, c.req.valid("json")) }, 200),
    )
    .post("/:id/speech", validate("param", idParam), validate("json", speechBody), async (c) => {
      const speech = await examples.speech(c.var.principal, c.req.valid("param").id, c.req.valid("json").turnIndex);
      return c.body(speech.body, 200, {
        "content-type": speech.contentType,
        "cache-control": "no-store, no-transform",
      });
    })
    .delete("/:id", validate("param", idParam), async (c) => {
      await examples.remove(c.var.principal, c.req.valid("param").id);
      return c.body(null, 204);
    });
}

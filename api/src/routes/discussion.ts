import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import type { Programme } from "../programme/programme";
import { validate } from "./validate";

/** Longest post, in characters: a paragraph or two, not an essay. */
export const MAX_POST_CHARS = 2000;

const id = z.string().min(1).max(100);
const threadParam = z.object({ kind: z.enum(["scenario", "call"]), ref: id });
const postParam = z.object({ id: z.string().uuid("must be a post id") });
const sessionParam = z.object({ id });
const teamQuery = z.object({ teamId: id.optional() });
const text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(MAX_POST_CHARS, `must be at most ${MAX_POST_CHARS} characters`);
const postBody = z.strictObject({ text, parentId: z.string().uuid("must be a post id").nullable().optional() });
const editBody = z.strictObject({ text });
const pinBody = z.strictObject({ postId: z.string().uuid("must be a post id").nullable() });
const shareBody = z.strictObject({ shared: z.boolean() });

/**
 * Discussion: a thread per scenario (`/threads/scenario/:personaId`) and per shared call
 * (`/threads/call/:sessionId`), posts and replies, a pinned answer; sharing a call with the team.
 */
export function discussionRoutes({ threads, sharing }: Programme["discussion"]) {
  return new Hono<AuthEnv>()
    .get("/members", validate("query", teamQuery), async (c) =>
      c.json(await sharing.members(c.var.principal, c.req.valid("query").teamId), 200),
    )
    .get("/threads/:kind/:ref", validate("param", threadParam), validate("query", teamQuery), async (c) => {
      const { kind, ref } = c.req.valid("param");
      return c.json({ thread: await threads.read(c.var.principal, kind, ref, c.req.valid("query").teamId) }, 200);
    })
    .post(
      "/threads/:kind/:ref/posts",
      validate("param", threadParam),
      validate("query", teamQuery),
      validate("json", postBody),
      async (c) => {
        const at = { ...c.req.valid("param"), ...c.req.valid("query") };
        return c.json(await threads.post(c.var.principal, at, c.req.valid("json")), 201);
      },
    )
    .put(
      "/threads/:kind/:ref/pin",
      validate("param", threadParam),
      validate("query", teamQuery),
      validate("json", pinBody),
      async (c) => {
        const at = { ...c.req.valid("param"), ...c.req.valid("query") };
        return c.json(await threads.pin(c.var.principal, at, c.req.valid("json").postId), 200);
      },
    )
    .patch("/posts/:id", validate("param", postParam), validate("json", editBody), async (c) =>
      c.json(await threads.edit(c.var.principal, c.req.valid("param").id, c.req.valid("json").text), 200),
    )
    .delete("/posts/:id", validate("param", postParam), async (c) =>
      c.json(await threads.remove(c.var.principal, c.req.valid("param").id), 200),
    )
    .get("/shared", validate("query", teamQuery), async (c) =>
      c.json(await sharing.list(c.var.principal, c.req.valid("query").teamId), 200),
    )
    .get("/shared/:id", validate("param", sessionParam), async (c) =>
      c.json({ call: await sharing.read(c.var.principal, c.req.valid("param").id) }, 200),
    )
    .get("/sharing", async (c) => c.json(await sharing.mine(c.var.principal), 200))
    .get("/sharing/:id", validate("param", sessionParam), async (c) =>
      c.json(await sharing.status(c.var.principal, c.req.valid("param").id), 200),
    )
    .put("/sharing/:id", validate("param", sessionParam), validate("json", shareBody), async (c) =>
      c.json(await sharing.set(c.var.principal, c.req.valid("param").id, c.req.valid("json").shared), 200),
    );
}

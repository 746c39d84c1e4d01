import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import { ApiError } from "../errors";
import { difficulty, slug } from "../library/common-schema";
import type { PracticeService } from "../practice/practice-service";
import type { TurnEvent } from "../practice/turn-events";
import { validate } from "./validate";

const startBody = z.strictObject({
  personaId: slug,
  /** Defaults to the persona's own rubric. */
  rubricId: slug.optional(),
  mode: z.enum(["coach", "exam"]).default("coach"),
  difficulty: difficulty.optional(),
  personaVersion: z.number().int().positive().optional(),
  rubricVersion: z.number().int().positive().optional(),
});
const idParam = z.object({ id: z.string().uuid("must be a session id") });
const forkBody = z.strictObject({ fromTurn: z.number().int().min(0) });

export function sessionRoutes(practice: PracticeService, limits: { maxTurnChars: number }) {
  const turnBody = z.strictObject({ text: z.string() });

  return new Hono<AuthEnv>()
    .post("/", validate("json", startBody), (c) => c.json(practice.start(c.var.principal, c.req.valid("json")), 201))
    .get("/", (c) => c.json({ items: practice.list(c.var.principal) }, 200))
    .get("/:id", validate("param", idParam), (c) => c.json(practice.get(c.var.principal, c.req.valid("param").id), 200))
    .post("/:id/turns", validate("param", idParam), validate("json", turnBody), (c) => {
      const text = c.req.valid("json").text.trim();
      if (text === "") throw new ApiError(400, "empty_turn", "A turn needs some words.");
      if (text.length > limits.maxTurnChars) {
        throw new ApiError(
          413,
          "turn_too_long",
          `A turn is limited to ${limits.maxTurnChars} characters (this one has ${text.length}).`,
        );
      }
      const events = practice.takeTurn(c.var.principal, c.req.valid("param").id, text);
      return streamSSE(c, async (stream) => {
        let clientGone = false;
        stream.onAbort(() => {
          clientGone = true;
        });
        const send = async (event: TurnEvent) => {
          // Keep consuming after a disconnect so the answer is still stored and the lock released.
          if (!clientGone) await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
        };
        try {
          for await (const event of events) await send(event);
        } catch (error) {
          console.error("turn failed", error);
          await send({
            type: "error",
            code: "internal_error",
            message: "Something went wrong answering this turn; your turn is saved.",
            retryable: true,
          });
        }
      });
    })
    .post("/:id/end", validate("param", idParam), async (c) =>
      c.json({ scorecard: await practice.end(c.var.principal, c.req.valid("param").id) }, 200),
    )
    .post("/:id/fork", validate("param", idParam), validate("json", forkBody), (c) =>
      c.json(practice.fork(c.var.principal, c.req.valid("param").id, c.req.valid("json").fromTurn), 201),
    );
}

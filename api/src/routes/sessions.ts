import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import { DomainError } from "../errors";
import { difficulty, slug } from "../library/common-schema";
import type { Practice } from "../practice/practice";
import { expectedError } from "./error-response";
import { isMultipart, MAX_HEARD_CHARS, readRecording, readSpokenTurn } from "./read-spoken-turn";
import { isBlank } from "./request-guards";
import { streamTurn } from "./turn-stream";
import { validate } from "./validate";

const startBody = z.strictObject({
  personaId: slug,
  /** Defaults to the persona's own rubric. */
  rubricId: slug.optional(),
  mode: z.enum(["coach", "exam"]).default("coach"),
  difficulty: difficulty.optional(),
  personaVersion: z.number().int().positive().optional(),
  rubricVersion: z.number().int().positive().optional(),
  /** A trainer trying a persona: kept out of history, progress and the team view. */
  sandbox: z.boolean().optional(),
});
const idParam = z.object({ id: z.string().uuid("must be a session id") });
const forkBody = z.strictObject({ fromTurn: z.number().int().min(0) });
const speechBody = z.strictObject({ text: z.string().trim().min(1).max(1000) });
const turnParam = idParam.extend({
  index: z.coerce.number().int("must be a turn number").min(0, "must be a turn number"),
});

export function sessionRoutes({ sessions, turns, voice }: Practice, limits: { maxTurnChars: number }) {
  /** `heard`: barge-in, the customer's words played before the rep cut in (voice/barge-in.ts). */
  const turnBody = z.strictObject({ text: z.string(), heard: z.string().max(MAX_HEARD_CHARS).optional() });

  return new Hono<AuthEnv>()
    .post("/", validate("json", startBody), async (c) =>
      c.json(await sessions.start(c.var.principal, c.req.valid("json")), 201),
    )
    .get("/", async (c) => c.json({ items: await sessions.list(c.var.principal) }, 200))
    .get("/:id", validate("param", idParam), async (c) => {
      try {
        return c.json(await sessions.get(c.var.principal, c.req.valid("param").id), 200);
      } catch (error) {
        return expectedError(c, error, ["session_not_found"]);
      }
    })
    .post(
      "/:id/turns",
      validate("param", idParam),
      // A spoken turn (multipart: `audio`, optional `text`, `interrupted`): see voice/spoken-turn.ts.
      async (c, next) => {
        if (!isMultipart(c.req.header("content-type"))) return next();
        const audioLimits = voice.status()?.limits;
        if (!audioLimits)
          throw new DomainError("voice_unavailable", "Voice mode is not set up on this server; send { text } instead.");
        await voice.checkCanChange(c.var.principal, c.req.valid("param").id);
        const spoken = await readSpokenTurn(c.req.raw, audioLimits, limits.maxTurnChars);
        return streamTurn(c, await turns.take(c.var.principal, c.req.valid("param").id, { kind: "spoken", ...spoken }));
      },
      validate("json", turnBody),
      async (c) => {
        const text = c.req.valid("json").text.trim();
        if (isBlank(text))
          throw new DomainError("empty_turn", "A turn needs some words (invisible characters alone are not a turn).");
        if (text.length > limits.maxTurnChars) {
          throw new DomainError(
            "turn_too_long",
            `A turn is limited to ${limits.maxTurnChars} characters (this one has ${text.length}).`,
          );
        }
        try {
          const events = await turns.take(c.var.principal, c.req.valid("param").id, {
            kind: "text",
            text,
            heard: c.req.valid("json").heard ?? null,
          });
          return streamTurn(c, events);
        } catch (error) {
          return expectedError(c, error, ["turn_in_progress", "session_ended", "session_not_found"]);
        }
      },
    )
    .post("/:id/transcribe", validate("param", idParam), async (c) => {
      const audioLimits = voice.status()?.limits;
      if (!audioLimits)
        throw new DomainError("voice_unavailable", "Voice mode is not set up on this server; type the turn instead.");
      // Whose call it is first: someone else's upload is refused before it is read.
      await voice.checkCanChange(c.var.principal, c.req.valid("param").id);
      const recording = await readRecording(c.req.raw, audioLimits);
      return c.json(await voice.transcribe(c.var.principal, c.req.valid("param").id, recording), 200);
    })
    .post("/:id/speech", validate("param", idParam), validate("json", speechBody), async (c) => {
      const speech = await voice.speech(c.var.principal, c.req.valid("param").id, c.req.valid("json").text);
      return c.body(speech.body, 200, {
        "content-type": speech.contentType,
        "cache-control": "no-store, no-transform",
      });
    })
    .get("/:id/turns/:index/audio", validate("param", turnParam), async (c) => {
      const { id, index } = c.req.valid("param");
      const audio = await voice.turnAudio(c.var.principal, id, index);
      return c.body(audio.body, 200, { "content-type": audio.contentType, "cache-control": "private, no-transform" });
    })
    .post("/:id/end", validate("param", idParam), async (c) => {
      try {
        return c.json({ scorecard: await sessions.end(c.var.principal, c.req.valid("param").id) }, 200);
      } catch (error) {
        return expectedError(c, error, [
          "turn_in_progress",
          "session_not_found",
          "session_abandoned",
          "nothing_to_grade",
        ]);
      }
    })
    .post("/:id/abandon", validate("param", idParam), async (c) => {
      try {
        return c.json(await sessions.abandon(c.var.principal, c.req.valid("param").id), 200);
      } catch (error) {
        return expectedError(c, error, ["turn_in_progress", "session_ended", "session_not_found"]);
      }
    })
    .post("/:id/fork", validate("param", idParam), validate("json", forkBody), async (c) =>
      c.json(await sessions.fork(c.var.principal, c.req.valid("param").id, c.req.valid("json").fromTurn), 201),
    );
}

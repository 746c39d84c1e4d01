import { z } from "zod";
import { difficulty, slug, text } from "../common-schema";
import { itemOptions, threshold } from "./suite-common";

export const MOOD_DIRECTIONS = ["down", "up", "same", "not_up", "not_down"] as const;
export const moodDirection = z.enum(MOOD_DIRECTIONS, { error: `must be one of ${MOOD_DIRECTIONS.join(", ")}` });
export type MoodDirection = z.infer<typeof moodDirection>;

/** A rep line, optionally with the way the customer's mood must move in answer to it. */
export const repLine = z.union([text(2000), z.strictObject({ say: text(2000), mood: moodDirection.optional() })]);
export type RepLine = z.infer<typeof repLine>;

const script = z.strictObject({
  id: slug,
  description: text(500).optional(),
  rep: z.array(repLine).min(1).max(60),
  expect: z
    .strictObject({
      /** How mood must have moved from the opening to the end of the script. */
      mood: moodDirection.optional(),
      /** true: the customer ends the call by the last line; false: the call is still open. */
      ends: z.boolean().optional(),
      /** The outcome the call must end with (implies ends: true). */
      outcome: z
        .string()
        .regex(/^[a-z][a-z0-9_]{0,63}$/, "must be an outcome name in snake_case")
        .optional(),
    })
    .default({}),
  ...itemOptions,
});

/**
 * Scripted rep lines replayed against a persona, with expectations on how it behaves. Every
 * customer turn is also checked by rule (never an AI, no stage directions) and, with a model,
 * by a judge's in-character verdict.
 */
export const personaSuite = z.strictObject({
  kind: z.literal("persona"),
  id: slug,
  description: text(1000).optional(),
  persona: slug,
  difficulty: difficulty.optional(),
  /** Suite-wide: `role_adherence >= 0.9` (model judge), `pass_rate >= 1` ... */
  thresholds: z.array(threshold).max(20).default([]),
  scripts: z.array(script).min(1).max(200),
});

export type PersonaSuite = z.infer<typeof personaSuite>;
export type PersonaScript = PersonaSuite["scripts"][number];

export const lineText = (line: RepLine) => (typeof line === "string" ? line : line.say);
export const lineMood = (line: RepLine) => (typeof line === "string" ? undefined : line.mood);

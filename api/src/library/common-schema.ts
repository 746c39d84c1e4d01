import { z } from "zod";

export const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "must be a slug: lowercase letters, digits and dashes, at most 64 characters");

/** Non-empty text with a length cap, so a hostile file cannot carry megabytes in one field. */
export const text = (max = 4000) =>
  z.string({ error: "must be text" }).trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const difficulty = z.enum(DIFFICULTIES, { error: "must be one of easy, medium, hard" });
export type Difficulty = z.infer<typeof difficulty>;

export const intBetween = (min: number, max: number) =>
  z
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

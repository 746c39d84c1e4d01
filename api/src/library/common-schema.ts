import { z } from "zod";
import { REP_MOVES } from "../conversation/moves";
import { closestName } from "./closest-name";

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

/**
 * A rep move, with an error a trainer can act on: the nearest move when it looks like a typo, and
 * every move there is (their meanings are in the editor's Reference panel and `personas/README.md`).
 */
export const move = z.enum(REP_MOVES, {
  error: (issue) => {
    const typed = typeof issue.input === "string" ? issue.input : JSON.stringify(issue.input);
    const near = typeof issue.input === "string" ? closestName(issue.input, REP_MOVES) : null;
    const hint = near ? ` Did you mean "${near}"?` : "";
    return `"${typed}" is not a move.${hint} The moves are: ${REP_MOVES.join(", ")}.`;
  },
});

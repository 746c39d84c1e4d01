import { z } from "zod";

export const turnRole = z.enum(["customer", "rep"]);

export const turnSchema = z.object({
  index: z.number().int().min(0),
  role: turnRole,
  text: z.string().min(1).max(20_000),
  at: z.number().optional(),
});

/** One line of the call. A transcript is the list of turns in order, indexed from 0. */
export type Turn = z.infer<typeof turnSchema>;
export type Transcript = Turn[];

export const repTurns = (transcript: Transcript) => transcript.filter((turn) => turn.role === "rep");

import { z } from "zod";
import { turnDeliverySchema } from "./delivery-schema";

export const turnRole = z.enum(["customer", "rep"]);

export const turnSchema = z.object({
  index: z.number().int().min(0),
  role: turnRole,
  text: z.string().min(1).max(20_000),
  at: z.number().optional(),
  /** Rep turns spoken in voice mode: pace, fillers, pauses (see api/src/voice/delivery). */
  delivery: turnDeliverySchema.optional(),
});

/** One line of the call. A transcript is the list of turns in order, indexed from 0. */
export type Turn = z.infer<typeof turnSchema>;
export type Transcript = Turn[];

export const repTurns = (transcript: Transcript) => transcript.filter((turn) => turn.role === "rep");

/** The rep's words since the customer last spoke (a failed turn can leave two in a row). */
export function latestRepText(transcript: readonly Turn[]): string {
  const lines: string[] = [];
  for (let i = transcript.length - 1; i >= 0; i--) {
    const turn = transcript[i];
    if (!turn || turn.role !== "rep") break;
    lines.unshift(turn.text);
  }
  return lines.join("\n");
}

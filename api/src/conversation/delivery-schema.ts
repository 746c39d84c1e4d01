import { z } from "zod";

const count = z.number().int().min(0);
const seconds = z.number().min(0);

/** How one rep turn was spoken. Stored with the turn; also accepted on transcripts sent for grading. */
export const turnDeliverySchema = z.object({
  /** `words`: from the recogniser's word timings; `recording`: from the recording's length only. */
  timing: z.enum(["words", "recording"]),
  words: count,
  /** From the first word to the last (timings), or the recording's length. */
  speakingSeconds: seconds,
  /** null when the turn is too short to measure a pace. */
  wordsPerMinute: z.number().min(0).nullable(),
  fillers: z.array(z.object({ filler: z.string(), count: count })),
  fillerCount: count,
  fillersPer100Words: z.number().min(0),
  /** Silences of at least LONG_PAUSE_SECONDS between two words. */
  longPauses: z.array(z.object({ afterWord: count, seconds })),
  /** The rep started speaking while the customer was still talking. */
  interrupted: z.boolean(),
});
export type TurnDelivery = z.infer<typeof turnDeliverySchema>;

/** The call's delivery, on the scorecard when any rep turn was spoken. */
export interface CallDelivery {
  voiceTurns: number;
  typedTurns: number;
  words: number;
  speakingSeconds: number;
  wordsPerMinute: number | null;
  fillerCount: number;
  fillersPer100Words: number;
  /** The fillers used most, most frequent first. */
  topFillers: { filler: string; count: number }[];
  longPauses: number;
  /**
   * The rep's share of the talking time, 0..1. The rep's spoken turns are measured; typed turns
   * and the customer's lines are estimated at ESTIMATED_WORDS_PER_MINUTE.
   */
  talkShare: number | null;
  interruptions: number;
  perTurn: {
    turn: number;
    wordsPerMinute: number | null;
    fillerCount: number;
    longPauses: number;
    interrupted: boolean;
  }[];
}

import type { AudioFormat } from "./audio/formats";
import type { TurnDelivery } from "../conversation/delivery-schema";
import type { WordTiming } from "./transcriber";

/** What is stored with a spoken rep turn (the `voice` column), beside the recording's path. */
export interface TurnVoice {
  recording: { format: AudioFormat; mime: string; bytes: number; durationMs: number | null };
  /** What the recogniser heard, before any correction; null when the rep sent their own text, or it failed. */
  transcription: {
    engine: "offline" | "model";
    model: string;
    text: string;
    words: WordTiming[] | null;
    latencyMs: number;
  } | null;
  /** The rep sent the words with the recording (a corrected transcript), so nothing was transcribed. */
  corrected: boolean;
  /** The rep started speaking while the customer's reply was still playing. */
  interrupted: boolean;
  delivery: TurnDelivery | null;
  /** Why the recording has no words yet; the recording is kept. */
  error: { code: string; message: string } | null;
}

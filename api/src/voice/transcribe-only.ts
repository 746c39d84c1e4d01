import { DomainError } from "../errors";
import type { Recording } from "./audio/inspect-audio";
import { type TranscribeContext, TranscriberError } from "./transcriber";
import type { VoiceService } from "./voice-service";

/** `POST /api/sessions/:id/transcribe`: what the rep said, for them to check before sending. */
export interface TranscriptPreview {
  text: string;
  /** Word timings in ms from the start of the recording; null when the engine gives none. */
  words: { word: string; startMs: number; endMs: number }[] | null;
  engine: "model" | "offline";
  model: string | null;
  durationMs: number;
  latencyMs: number;
}

/**
 * Transcribes a recording and stores nothing. A recording with no recognisable words is a 200 with
 * empty text (the rep says it again); a recogniser that is missing or fails is `stt_unavailable` or `stt_failed`.
 */
export async function transcribeOnly(
  voice: VoiceService,
  recording: Recording,
  whose: TranscribeContext,
): Promise<TranscriptPreview> {
  const missing = voice.transcriber.unavailable();
  if (missing) throw new DomainError("stt_unavailable", missing);
  try {
    const heard = await voice.transcriber.transcribe(recording, whose);
    return {
      text: heard.text.trim(),
      words:
        heard.words?.map(({ word, start, end }) => ({
          word,
          startMs: Math.round(start * 1000),
          endMs: Math.round(end * 1000),
        })) ?? null,
      engine: heard.engine,
      model: heard.model,
      durationMs: heard.durationMs ?? recording.durationMs ?? 0,
      latencyMs: heard.latencyMs,
    };
  } catch (error) {
    if (error instanceof TranscriberError) throw new DomainError(error.code, error.message);
    throw error;
  }
}

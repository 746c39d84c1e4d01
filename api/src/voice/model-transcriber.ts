import type { LlmGateway } from "../llm/gateway";
import { LlmError } from "../llm/errors";
import type { Recording } from "./audio/inspect-audio";
import { primaryLanguage } from "../library/language";
import { AUDIO_FORMATS } from "./audio/formats";
import { type TranscribeContext, type Transcriber, TranscriberError } from "./transcriber";

/**
 * Whisper-style models tidy speech up and drop "um"s unless the prompt itself is disfluent (as
 * OpenAI's speech-to-text guide advises); Parley counts fillers, so it asks for them to be kept.
 */
const KEEP_FILLERS_PROMPT = "Um, so, uh, I mean, like, you know, let me, um, check that for you.";

/** Speech to text through the configured endpoint's `/audio/transcriptions` (e.g. whisper-1). */
export function createModelTranscriber(
  gateway: LlmGateway,
  model: string,
  options: { language?: string } = {},
): Transcriber {
  const unavailable = () =>
    gateway.transcribe ? null : "The configured model gateway cannot transcribe audio; type the turn instead.";
  return {
    engine: "model",
    model,
    unavailable,
    async transcribe(recording: Recording, context: TranscribeContext) {
      const missing = unavailable();
      if (missing || !gateway.transcribe) throw new TranscriberError("stt_unavailable", missing ?? "no transcription");
      const started = performance.now();
      // The call's own language first (a Spanish customer's rep speaks Spanish); else the server's PARLEY_STT_LANGUAGE.
      // OpenAI's transcription API takes ISO-639-1 ("es"), not a region ("es-MX").
      const tag = context.scenario?.language ?? options.language;
      const language = tag ? primaryLanguage(tag) : undefined;
      try {
        const result = await gateway.transcribe(
          { model, purpose: "voice.transcribe", sessionId: context.sessionId },
          { bytes: recording.bytes, filename: `turn.${AUDIO_FORMATS[recording.format].ext}`, mime: recording.mime },
          { prompt: KEEP_FILLERS_PROMPT, ...(language ? { language } : {}) },
        );
        return {
          text: result.text,
          words: result.words,
          durationMs:
            result.durationSeconds === null ? recording.durationMs : Math.round(result.durationSeconds * 1000),
          engine: "model" as const,
          model,
          latencyMs: Math.round(performance.now() - started),
        };
      } catch (error) {
        if (error instanceof LlmError) {
          throw new TranscriberError(
            "stt_failed",
            `The transcription endpoint failed (${error.code}: ${error.message}).`,
            { cause: error },
          );
        }
        throw error;
      }
    },
  };
}

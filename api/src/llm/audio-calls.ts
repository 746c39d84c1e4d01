import OpenAI, { toFile } from "openai";
import { z } from "zod";
import type { AudioFile, SpeechRequest, SpeechStream, TranscribeOptions, TranscriptionResult } from "./audio-types";
import { LlmError } from "./errors";
import type { CallContext } from "./gateway";

/** How the gateway records a call (latency, outcome, and the usage it counts toward budgets). */
export type RecordCall = (
  context: CallContext,
  started: number,
  error: LlmError | null,
  usage?: { prompt_tokens: number; completion_tokens: number },
) => void;

/** Speech models bill by character, not token; counted at ~4 characters a token so daily budgets cover them. */
export const speechTokens = (input: string) => Math.ceil(input.length / 4);

const verbose = z.object({
  text: z.string(),
  duration: z.coerce.number().optional(),
  words: z.array(z.object({ word: z.string(), start: z.number(), end: z.number() })).optional(),
  segments: z.array(z.object({ start: z.number(), end: z.number(), text: z.string() })).optional(),
});

/** Spreads a segment's words evenly over it: coarse timings when the endpoint gives segments only. */
function wordsFromSegments(segments: { start: number; end: number; text: string }[]) {
  return segments.flatMap((segment) => {
    const words = segment.text.split(/\s+/).filter(Boolean);
    const step = (segment.end - segment.start) / Math.max(1, words.length);
    return words.map((word, i) => ({ word, start: segment.start + i * step, end: segment.start + (i + 1) * step }));
  });
}

/**
 * `/audio/transcriptions`, asking for `verbose_json` with word timings. Endpoints that refuse
 * that format (gpt-4o-transcribe, some local servers) are asked again for plain `json`, and the
 * answer is remembered for the next call.
 */
export function createTranscribeCall(
  getClient: () => OpenAI,
  record: RecordCall,
  toLlmError: (error: unknown) => LlmError,
) {
  let verboseRefused = false;
  return async function transcribe(
    context: CallContext,
    audio: AudioFile,
    options: TranscribeOptions = {},
  ): Promise<TranscriptionResult> {
    const started = performance.now();
    const request = async (format: "verbose_json" | "json") => {
      const file = await toFile(audio.bytes, audio.filename, { type: audio.mime });
      return getClient().audio.transcriptions.create({
        file,
        model: context.model,
        ...(options.language ? { language: options.language } : {}),
        ...(options.prompt ? { prompt: options.prompt } : {}),
        ...(format === "verbose_json"
          ? { response_format: "verbose_json" as const, timestamp_granularities: ["word" as const, "segment" as const] }
          : {}),
      });
    };
    try {
      let raw: unknown;
      if (verboseRefused) {
        raw = await request("json");
      } else {
        try {
          raw = await request("verbose_json");
        } catch (error) {
          if (!(error instanceof OpenAI.BadRequestError)) throw error;
          verboseRefused = true;
          raw = await request("json");
        }
      }
      const parsed = verbose.safeParse(raw);
      if (!parsed.success) throw new LlmError("bad_output", "the transcription endpoint's answer has no text");
      const { text, duration, words, segments } = parsed.data;
      const timings =
        words && words.length > 0 ? words : segments && segments.length > 0 ? wordsFromSegments(segments) : null;
      record(context, started, null);
      return { text: text.trim(), words: timings, durationSeconds: duration ?? null };
    } catch (error) {
      const failure = toLlmError(error);
      record(context, started, failure);
      throw failure;
    }
  };
}

/** `/audio/speech`: resolves once the endpoint starts answering; the body streams the rest. */
export function createSpeakCall(getClient: () => OpenAI, record: RecordCall, toLlmError: (error: unknown) => LlmError) {
  return async function speak(context: CallContext, request: SpeechRequest): Promise<SpeechStream> {
    const started = performance.now();
    try {
      const response = await getClient().audio.speech.create({
        model: context.model,
        voice: request.voice,
        input: request.input,
        speed: request.speed,
        response_format: request.format,
      });
      if (!response.body) throw new LlmError("bad_output", "the speech endpoint sent no audio");
      record(context, started, null, { prompt_tokens: speechTokens(request.input), completion_tokens: 0 });
      return { contentType: response.headers.get("content-type") ?? "audio/mpeg", body: response.body };
    } catch (error) {
      const failure = toLlmError(error);
      record(context, started, failure);
      throw failure;
    }
  };
}

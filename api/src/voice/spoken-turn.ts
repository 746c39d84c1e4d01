import type { TurnDelivery } from "../conversation/delivery-schema";
import { DomainError } from "../errors";
import type { Recording } from "./audio/inspect-audio";
import { turnDelivery } from "./delivery/turn-delivery";
import { type TranscribeContext, type Transcription, TranscriberError } from "./transcriber";
import type { TurnVoice } from "./turn-voice";
import type { VoiceService } from "./voice-service";

export interface SpokenTurnRequest {
  recording: Recording;
  /** The rep's own words for the recording (a corrected transcript); null: transcribe it. */
  text: string | null;
  interrupted: boolean;
  /** Barge-in: the customer's words that had been played when the rep cut in (see barge-in.ts). */
  heard?: string | null;
}

/** What hearing a spoken turn gave: its words and voice record, or why it has no words. */
export type HeardSpokenTurn =
  | {
      ok: true;
      text: string;
      voice: TurnVoice;
      transcription: { engine: "offline" | "model"; model: string; latencyMs: number } | null;
      delivery: TurnDelivery;
    }
  | { ok: false; voice: TurnVoice; code: "stt_no_speech" | TranscriberError["code"]; message: string };

/** Refuses up front what can never be transcribed, before anything is stored. */
export function checkCanTranscribe(voice: VoiceService, request: SpokenTurnRequest) {
  const missing = request.text === null ? voice.transcriber.unavailable() : null;
  if (missing) throw new DomainError("stt_unavailable", `${missing} Or send the turn's words with the recording.`);
}

/** The voice record a spoken turn is stored with before it is heard. */
export function newTurnVoice(request: SpokenTurnRequest): TurnVoice {
  const { recording } = request;
  return {
    recording: {
      format: recording.format,
      mime: recording.mime,
      bytes: recording.bytes.length,
      durationMs: recording.durationMs,
    },
    transcription: null,
    corrected: request.text !== null,
    interrupted: request.interrupted,
    delivery: null,
    error: null,
  };
}

/**
 * Hears a spoken turn: transcribes it (unless the rep sent the words) and measures its delivery.
 * Stores nothing and never throws for a recording that cannot be heard: that is an `ok: false`
 * result, so the caller keeps the recording and the call goes on.
 */
export async function hearSpokenTurn(
  voice: VoiceService,
  whose: TranscribeContext,
  request: SpokenTurnRequest,
  record: TurnVoice,
): Promise<HeardSpokenTurn> {
  const heard = request.text === null ? await hear(voice, request.recording, whose) : null;
  if (heard && !heard.ok)
    return {
      ok: false,
      voice: { ...record, error: { code: heard.code, message: heard.message } },
      code: heard.code,
      message: heard.message,
    };
  const transcription = heard?.transcription ?? null;
  const text = request.text ?? transcription?.text ?? "";
  const delivery = turnDelivery({
    text: transcription?.text ?? text,
    words: transcription?.words ?? null,
    recordingMs: transcription?.durationMs ?? request.recording.durationMs,
    interrupted: request.interrupted,
  });
  return {
    ok: true,
    text,
    voice: {
      ...record,
      transcription: transcription && {
        engine: transcription.engine,
        model: transcription.model,
        text: transcription.text,
        words: transcription.words,
        latencyMs: transcription.latencyMs,
      },
      delivery,
    },
    transcription: transcription && {
      engine: transcription.engine,
      model: transcription.model,
      latencyMs: transcription.latencyMs,
    },
    delivery,
  };
}

type Heard =
  | { ok: true; transcription: Transcription }
  | { ok: false; code: "stt_no_speech" | TranscriberError["code"]; message: string };

async function hear(voice: VoiceService, recording: Recording, whose: TranscribeContext): Promise<Heard> {
  try {
    const transcription = await voice.transcriber.transcribe(recording, whose);
    if (transcription.text.trim() === "")
      return { ok: false, code: "stt_no_speech", message: "No words were recognised in the recording." };
    return { ok: true, transcription: { ...transcription, text: transcription.text.trim() } };
  } catch (error) {
    if (error instanceof TranscriberError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

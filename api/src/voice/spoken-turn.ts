import type { SessionStore, StoredTurn } from "../db/session-store";
import { DomainError } from "../errors";
import type { TurnEvent } from "../practice/turn-events";
import { AUDIO_FORMATS } from "./audio/formats";
import type { Recording } from "./audio/inspect-audio";
import { turnDelivery } from "./delivery/turn-delivery";
import { type Transcription, TranscriberError } from "./transcriber";
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

export interface SpokenTurnDeps {
  voice: VoiceService;
  sessions: Pick<SessionStore, "appendTurn" | "updateSpokenTurn" | "unlock">;
}

type Heard = { ok: true; transcription: Transcription } | { ok: false; code: string; message: string };

/** Refuses up front what can never be transcribed, before anything is stored. */
export function checkCanTranscribe(voice: VoiceService, request: SpokenTurnRequest) {
  const missing = request.text === null ? voice.transcriber.unavailable() : null;
  if (missing) throw new DomainError("stt_unavailable", `${missing} Or send the turn's words with the recording.`);
}

/**
 * A spoken rep turn. The recording is saved and an empty rep turn pointing at it is stored first,
 * before any model call; then it is transcribed (unless the rep sent the words), the turn's text
 * and delivery are filled in, a `transcript` event goes out, and `answer` continues exactly as
 * for a typed turn. When transcription fails the recording stays, an `error` event says why, and
 * the call goes on: the next turn can be spoken again or typed.
 *
 * The caller holds the session's turn lock; it is released here when the turn stops early, and
 * by `answer` otherwise.
 */
export async function takeSpokenTurn(
  deps: SpokenTurnDeps,
  sessionId: string,
  request: SpokenTurnRequest,
  answer: (repTurn: StoredTurn) => AsyncIterable<TurnEvent>,
): Promise<AsyncIterable<TurnEvent>> {
  const { recording } = request;
  const key = await deps.voice.audio.save(sessionId, recording.bytes, AUDIO_FORMATS[recording.format].ext);
  const record: TurnVoice = {
    recording: { format: recording.format, mime: recording.mime, bytes: recording.bytes.length, durationMs: recording.durationMs },
    transcription: null,
    corrected: request.text !== null,
    interrupted: request.interrupted,
    delivery: null,
    error: null,
  };
  const stored = deps.sessions.appendTurn(sessionId, {
    role: "rep",
    text: request.text ?? "",
    at: Date.now(),
    engine: null,
    model: null,
    state: null,
    change: null,
    quality: null,
    audioPath: key,
    voice: record,
  });
  return spokenTurnEvents(deps, sessionId, stored, record, request, answer);
}

async function* spokenTurnEvents(
  deps: SpokenTurnDeps,
  sessionId: string,
  stored: StoredTurn,
  record: TurnVoice,
  request: SpokenTurnRequest,
  answer: (repTurn: StoredTurn) => AsyncIterable<TurnEvent>,
): AsyncIterable<TurnEvent> {
  let answering = false;
  try {
    const heard: Heard | null = request.text === null ? await hear(deps.voice, request.recording, sessionId) : null;
    if (heard && !heard.ok) {
      const error = { code: heard.code, message: heard.message };
      deps.sessions.updateSpokenTurn(sessionId, stored.index, { text: "", voice: { ...record, error } });
      yield {
        type: "error",
        code: heard.code,
        message: `${heard.message} Your recording is saved (turn ${stored.index}); say it again or type it.`,
        retryable: true,
      };
      return;
    }
    const transcription = heard?.transcription ?? null;
    const text = request.text ?? transcription?.text ?? "";
    const delivery = turnDelivery({
      text: transcription?.text ?? text,
      words: transcription?.words ?? null,
      recordingMs: transcription?.durationMs ?? request.recording.durationMs,
      interrupted: request.interrupted,
    });
    const turn = deps.sessions.updateSpokenTurn(sessionId, stored.index, {
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
    });
    yield {
      type: "transcript",
      index: turn.index,
      text,
      engine: transcription?.engine ?? null,
      model: transcription?.model ?? null,
      latencyMs: transcription?.latencyMs ?? null,
      delivery,
    };
    answering = true;
    yield* answer(turn);
  } finally {
    if (!answering) deps.sessions.unlock(sessionId);
  }
}

async function hear(voice: VoiceService, recording: Recording, sessionId: string): Promise<Heard> {
  try {
    const transcription = await voice.transcriber.transcribe(recording, { sessionId });
    if (transcription.text.trim() === "") return { ok: false, code: "stt_no_speech", message: "No words were recognised in the recording." };
    return { ok: true, transcription: { ...transcription, text: transcription.text.trim() } };
  } catch (error) {
    if (error instanceof TranscriberError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

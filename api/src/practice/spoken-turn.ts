import type { StoredTurn, TurnStore } from "../db/turn-store";
import { AUDIO_FORMATS } from "../voice/audio/formats";
import { hearSpokenTurn, newTurnVoice, type SpokenTurnRequest } from "../voice/spoken-turn";
import type { TurnVoice } from "../voice/turn-voice";
import type { VoiceService } from "../voice/voice-service";
import type { TranscribeContext } from "../voice/transcriber";
import type { TurnEvent } from "./turn-events";

export interface SpokenTurnDeps {
  voice: VoiceService;
  turns: Pick<TurnStore, "appendTurn" | "updateSpokenTurn">;
}

/**
 * Stores a spoken rep turn before any model call: the recording is saved and an empty rep turn
 * pointing at it is appended. Its words come later, from `hearStoredTurn`.
 */
export async function storeSpokenTurn(
  deps: SpokenTurnDeps,
  sessionId: string,
  request: SpokenTurnRequest,
): Promise<{ stored: StoredTurn; record: TurnVoice }> {
  const { recording } = request;
  const key = await deps.voice.audio.save(sessionId, recording.bytes, AUDIO_FORMATS[recording.format].ext);
  const record = newTurnVoice(request);
  const stored = await deps.turns.appendTurn(sessionId, {
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
  return { stored, record };
}

/**
 * Hears a stored spoken turn (voice/ transcribes it unless the rep sent the words), fills in its
 * text and delivery, and yields a `transcript` event; returns the turn to answer. When it cannot be
 * heard the recording stays, an `error` event says why, and it returns null: the call goes on, and
 * the next turn can be spoken again or typed.
 */
export async function* hearStoredTurn(
  deps: SpokenTurnDeps,
  sessionId: string,
  spoken: { stored: StoredTurn; record: TurnVoice },
  request: SpokenTurnRequest,
  /** The rep whose turn it is (recognisers that queue take turns between reps) and the call's scenario. */
  whose: Omit<TranscribeContext, "sessionId"> = {},
): AsyncGenerator<TurnEvent, StoredTurn | null> {
  const { stored, record } = spoken;
  const heard = await hearSpokenTurn(deps.voice, { sessionId, ...whose }, request, record);
  if (!heard.ok) {
    await deps.turns.updateSpokenTurn(sessionId, stored.index, { text: "", voice: heard.voice });
    yield {
      type: "error",
      code: heard.code,
      message: `${heard.message} Your recording is saved (turn ${stored.index}); say it again or type it.`,
      retryable: true,
    };
    return null;
  }
  const turn = await deps.turns.updateSpokenTurn(sessionId, stored.index, { text: heard.text, voice: heard.voice });
  yield {
    type: "transcript",
    index: turn.index,
    text: heard.text,
    engine: heard.transcription?.engine ?? null,
    model: heard.transcription?.model ?? null,
    latencyMs: heard.transcription?.latencyMs ?? null,
    delivery: heard.delivery,
  };
  return turn;
}

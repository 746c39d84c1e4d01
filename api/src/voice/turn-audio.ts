import type { StoredTurn } from "../db/session-store";
import { ApiError } from "../errors";
import { LlmError } from "../llm/errors";
import type { AudioStore } from "./audio-store";
import type { PersonaVoice, Speaker } from "./speaker";

export interface TurnAudio {
  contentType: string;
  body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
}

/**
 * The sound of one turn: a rep's recording as it was sent, or the customer's line synthesised by
 * the speech model, streamed. With no speech model the answer is 501 `tts_unavailable`: the
 * browser speaks the customer's lines itself.
 */
export async function turnAudio(
  deps: { audio: AudioStore; speaker: Speaker },
  sessionId: string,
  turn: StoredTurn | undefined,
  index: number,
  personaVoice: PersonaVoice | undefined,
): Promise<TurnAudio> {
  if (!turn) throw new ApiError(404, "turn_not_found", `This call has no turn ${index}.`);
  if (turn.role === "rep") {
    if (!turn.audioPath) throw new ApiError(404, "no_audio", `Turn ${index} was typed; it has no recording.`);
    const bytes = await deps.audio.read(turn.audioPath);
    if (!bytes) throw new ApiError(404, "audio_missing", `The recording of turn ${index} is no longer stored.`);
    return { contentType: turn.voice?.recording.mime ?? "application/octet-stream", body: bytes };
  }
  if (deps.speaker.engine === "browser") {
    const message = "Parley has no speech model configured: use the browser's own speech synthesis for the customer.";
    throw new ApiError(501, "tts_unavailable", message);
  }
  try {
    return await deps.speaker.speak(turn.text, personaVoice, { sessionId });
  } catch (error) {
    if (!(error instanceof LlmError)) throw error;
    throw new ApiError(502, "tts_failed", `The speech model could not say this line (${error.code}: ${error.message}).`);
  }
}

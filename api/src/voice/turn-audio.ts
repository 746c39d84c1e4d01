import type { StoredTurn } from "../db/turn-store";
import { DomainError } from "../errors";
import type { AudioStore } from "./audio-store";
import { speakLine } from "./speak-line";
import type { PersonaVoice, Speaker } from "./speaker";

export interface TurnAudio {
  contentType: string;
  body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
}

/**
 * The sound of one turn: a rep's recording as it was sent, or the customer's line synthesised by
 * the speech model, streamed. With no speech model the answer is `tts_unavailable`: the
 * browser speaks the customer's lines itself.
 */
export async function turnAudio(
  deps: { audio: AudioStore; speaker: Speaker },
  sessionId: string,
  turn: StoredTurn | undefined,
  index: number,
  personaVoice: PersonaVoice | undefined,
): Promise<TurnAudio> {
  if (!turn) throw new DomainError("turn_not_found", `This call has no turn ${index}.`);
  if (turn.role === "rep") {
    if (!turn.audioPath) throw new DomainError("no_audio", `Turn ${index} was typed; it has no recording.`);
    const bytes = await deps.audio.read(turn.audioPath);
    if (!bytes) throw new DomainError("recording_gone", `The recording of turn ${index} is no longer stored.`);
    return { contentType: turn.voice?.recording.mime ?? "application/octet-stream", body: bytes };
  }
  return speakLine(deps.speaker, turn.text, personaVoice, { sessionId });
}

import type { Principal } from "../auth/principal";
import { DomainError } from "../errors";
import type { Recording } from "../voice/audio/inspect-audio";
import { speakLine } from "../voice/speak-line";
import { transcribeOnly } from "../voice/transcribe-only";
import { turnAudio } from "../voice/turn-audio";
import { voiceStatus } from "../voice/voice-service";
import type { PracticeDeps } from "./practice-deps";
import type { SessionAccess } from "./session-access";

/** Voice requests on a call that are not turns: a turn's sound, transcribe-only, one spoken sentence. */
export function createCallVoice({ voice = null, library, stores, limits }: PracticeDeps, access: SessionAccess) {
  return {
    /** Voice mode as configured: who transcribes, who speaks, the recording limits; null without voice. */
    status: () => (voice ? voiceStatus(voice) : null),

    /** Before an upload is read: the caller may change this call (else not found or forbidden, like any turn). */
    async checkCanChange(principal: Principal, id: string): Promise<void> {
      await access.require(principal, id, "change");
    },

    /** A turn's sound: the rep's recording, or the customer's line from the speech model. */
    async turnAudio(principal: Principal, id: string, index: number) {
      const row = await access.require(principal, id, "read");
      if (!voice) throw new DomainError("voice_unavailable", "Voice mode is not set up on this server.");
      const turn = (await stores.turns.turns(id)).find((candidate) => candidate.index === index);
      const personaVoice = (await library.get("persona", row.personaId, row.personaVersion)).value.voice;
      return turnAudio(voice, id, turn, index, personaVoice);
    },

    /** The words of a recording, for the rep to check before sending them; nothing is stored. */
    async transcribe(principal: Principal, id: string, recording: Recording) {
      const row = await access.require(principal, id, "change");
      if (!voice)
        throw new DomainError("voice_unavailable", "Voice mode is not set up on this server; type the turn instead.");
      if (row.status !== "active") throw new DomainError("session_ended", "This call has ended; fork it to try again.");
      await limits.checkAudioRate(principal);
      await access.checkBudget(principal, voice.transcriber.engine);
      const { language } = (await library.get("persona", row.personaId, row.personaVersion)).value;
      return transcribeOnly(voice, recording, {
        sessionId: id,
        userId: row.userId,
        scenario: { personaId: row.personaId, rubricId: row.rubricId, language },
      });
    },

    /** One sentence of the customer's reply in the persona's voice, streamed while the rest is still being written. */
    async speech(principal: Principal, id: string, text: string) {
      const row = await access.require(principal, id, "change");
      if (!voice)
        throw new DomainError(
          "tts_unavailable",
          "Voice mode is not set up on this server: use the browser's own speech synthesis.",
        );
      await limits.checkAudioRate(principal);
      if (voice.speaker.engine === "model") await access.checkBudget(principal, "model");
      const personaVoice = (await library.get("persona", row.personaId, row.personaVersion)).value.voice;
      return speakLine(voice.speaker, text, personaVoice, { sessionId: id });
    },
  };
}

export type CallVoice = ReturnType<typeof createCallVoice>;

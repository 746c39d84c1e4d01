import type { Principal } from "../../auth/principal";
import type { LibraryStore } from "../../db/library-store";
import { DomainError } from "../../errors";
import type { SpeechStream } from "../../llm/audio-types";
import type { Limits } from "../../practice/limits";
import { speakLine } from "../../voice/speak-line";
import { DEFAULT_VOICE, type PersonaVoice, type Speaker } from "../../voice/speaker";
import type { Example } from "./example-types";

/** A voice for the rep that is not the customer's, so a listener hears two people. */
const REP_VOICES = ["echo", "alloy"];

/**
 * One line of an example in its speaker's voice, from the speech model: the customer in the
 * persona's own voice, the rep in another. With no speech model: `tts_unavailable` (the browser
 * speaks it with two of its own voices). Held to the same per-user voice rate and daily token
 * budget as a call's speech, and charged to the listener (an example has no call to charge).
 */
export function createExampleSpeech(deps: {
  find: (principal: Principal, id: string) => Promise<Example>;
  library: Pick<LibraryStore, "get">;
  speaker: Speaker | null;
  limits: Pick<Limits, "checkAudioRate" | "checkTokenBudget">;
}) {
  return async (principal: Principal, id: string, turnIndex: number): Promise<SpeechStream> => {
    const example = await deps.find(principal, id);
    const turn = example.turns.find((candidate) => candidate.index === turnIndex);
    if (!turn) throw new DomainError("turn_not_found", `This example has no turn ${turnIndex}.`);
    if (!deps.speaker || deps.speaker.engine !== "model")
      throw new DomainError("tts_unavailable", "Voice is off on this server: the browser speaks it.");
    await deps.limits.checkAudioRate(principal);
    await deps.limits.checkTokenBudget(principal);
    const persona = await deps.library.get("persona", example.personaId).catch(() => null);
    const customer: PersonaVoice = persona?.value.voice ?? DEFAULT_VOICE;
    const rep: PersonaVoice = { tts: REP_VOICES.find((name) => name !== customer.tts) ?? "echo", rate: 1 };
    return speakLine(deps.speaker, turn.text, turn.role === "customer" ? customer : rep, {
      sessionId: null,
      userId: principal.id,
    });
  };
}

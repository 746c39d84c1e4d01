import type { SpeechStream } from "../llm/audio-types";
import type { LlmGateway } from "../llm/gateway";
import { speakableText } from "../conversation/speakable-text";

/** How a persona sounds, from its file's `voice` (`{ tts, rate }`). */
export interface PersonaVoice {
  tts: string;
  rate: number;
}

export type SpeakerEngine = "model" | "browser";

/**
 * Text to speech for the customer's lines. `model`: the endpoint's `/audio/speech`, streamed.
 * `browser`: Parley synthesises nothing, and the web app uses the browser's own speech synthesis.
 */
/** Whom a line is charged to: the call's owner (by its id), or a user named outright (an example has no call). */
export interface SpeechContext {
  sessionId: string | null;
  userId?: string | null;
}

export interface Speaker {
  engine: SpeakerEngine;
  model: string | null;
  /** Throws LlmError from the endpoint; never called on the browser speaker (it has nothing to say). */
  speak(text: string, voice: PersonaVoice | undefined, context: SpeechContext): Promise<SpeechStream>;
}

/** The voice used when a persona file names none. */
export const DEFAULT_VOICE: PersonaVoice = { tts: "alloy", rate: 1 };

export function createModelSpeaker(gateway: LlmGateway, model: string): Speaker {
  return {
    engine: "model",
    model,
    speak(text, voice = DEFAULT_VOICE, context) {
      if (!gateway.speak) throw new Error("the model gateway cannot synthesise speech");
      return gateway.speak(
        { model, purpose: "voice.speak", sessionId: context.sessionId, userId: context.userId ?? null },
        { input: speakableText(text), voice: voice.tts, speed: voice.rate, format: "mp3" },
      );
    },
  };
}

export const browserSpeaker: Speaker = {
  engine: "browser",
  model: null,
  speak() {
    return Promise.reject(new Error("the browser speaks offline calls itself"));
  },
};

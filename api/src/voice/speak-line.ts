import { DomainError } from "../errors";
import { LlmError } from "../llm/errors";
import type { SpeechStream } from "../llm/audio-types";
import { type PersonaVoice, type Speaker, type SpeechContext } from "./speaker";
import { speakableText } from "../conversation/speakable-text";

/**
 * A line in the customer's voice, streamed from the speech model. With no speech model the answer
 * is `tts_unavailable`: the browser speaks the customer's lines itself.
 */
export async function speakLine(
  speaker: Speaker,
  text: string,
  voice: PersonaVoice | undefined,
  context: SpeechContext,
): Promise<SpeechStream> {
  if (speaker.engine === "browser") {
    const message = "Parley has no speech model configured: use the browser's own speech synthesis for the customer.";
    throw new DomainError("tts_unavailable", message);
  }
  if (speakableText(text) === "") {
    throw new DomainError(
      "nothing_to_speak",
      "That text has no words to say aloud (only stage directions, markup or links).",
    );
  }
  try {
    return await speaker.speak(text, voice, context);
  } catch (error) {
    if (!(error instanceof LlmError)) throw error;
    throw new DomainError("tts_failed", `The speech model could not say this line (${error.code}: ${error.message}).`);
  }
}

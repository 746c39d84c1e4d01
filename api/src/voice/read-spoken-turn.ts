import { ApiError } from "../errors";
import { type AudioLimits, inspectAudio } from "./audio/inspect-audio";
import type { SpokenTurnRequest } from "./spoken-turn";

export const isMultipart = (contentType: string | undefined) => /^multipart\/form-data/i.test(contentType ?? "");

/**
 * Reads a spoken turn from `multipart/form-data`: an `audio` file (checked by its content), an
 * optional `text` (the rep's correction of the transcript) and an optional `interrupted`
 * ("true" when the rep spoke over the customer's reply).
 */
export async function readSpokenTurn(request: Request, limits: AudioLimits, maxTurnChars: number): Promise<SpokenTurnRequest> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ApiError(400, "invalid_form", "The request is not valid multipart/form-data.");
  }
  const audio = form.get("audio");
  if (!(audio instanceof Blob)) {
    throw new ApiError(400, "audio_missing", 'A spoken turn needs its recording as a file field named "audio" (or send JSON { text }).');
  }
  const recording = inspectAudio(new Uint8Array(await audio.arrayBuffer()), limits);
  const rawText = form.get("text");
  const text = typeof rawText === "string" && rawText.trim() !== "" ? rawText.trim() : null;
  if (text !== null && text.length > maxTurnChars) {
    throw new ApiError(413, "turn_too_long", `A turn is limited to ${maxTurnChars} characters (this one has ${text.length}).`);
  }
  const interrupted = form.get("interrupted");
  if (interrupted !== null && interrupted !== "true" && interrupted !== "false") {
    throw new ApiError(400, "invalid_form", 'The "interrupted" field must be true or false.');
  }
  return { recording, text, interrupted: interrupted === "true" };
}

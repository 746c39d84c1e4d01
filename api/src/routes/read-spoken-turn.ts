import { DomainError } from "../errors";
import { measureDecodedLength } from "../voice/audio/decoded-length";
import { type AudioLimits, inspectAudio, type Recording } from "../voice/audio/inspect-audio";
import type { SpokenTurnRequest } from "../voice/spoken-turn";
import { isBlank } from "./request-guards";

export const isMultipart = (contentType: string | undefined) => /^multipart\/form-data/i.test(contentType ?? "");

/** The longest `heard` accepted: a customer reply is never near this long. */
export const MAX_HEARD_CHARS = 10_000;

async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new DomainError("invalid_form", "The request is not valid multipart/form-data.");
  }
}

async function readAudio(form: FormData, limits: AudioLimits, without: string): Promise<Recording> {
  const audio = form.get("audio");
  if (!(audio instanceof Blob)) {
    throw new DomainError("audio_missing", `The recording must be a file field named "audio"${without}.`);
  }
  return measureDecodedLength(inspectAudio(new Uint8Array(await audio.arrayBuffer()), limits), limits);
}

/** Reads the form of `POST .../transcribe`: an `audio` file only, checked by its content. */
export async function readRecording(request: Request, limits: AudioLimits): Promise<Recording> {
  return readAudio(await readForm(request), limits, "");
}

/**
 * Reads a spoken turn from `multipart/form-data`: an `audio` file (checked by its content), an
 * optional `text` (the rep's correction of the transcript), an optional `interrupted`
 * ("true" when the rep spoke over the customer's reply) and an optional `heard` (the customer's
 * words played before the rep barged in; it implies `interrupted`).
 */
export async function readSpokenTurn(
  request: Request,
  limits: AudioLimits,
  maxTurnChars: number,
): Promise<SpokenTurnRequest> {
  const form = await readForm(request);
  const recording = await readAudio(form, limits, " (or send JSON { text })");
  const rawText = form.get("text");
  const text = typeof rawText === "string" && !isBlank(rawText) ? rawText.trim() : null;
  if (text !== null && text.length > maxTurnChars) {
    throw new DomainError(
      "turn_too_long",
      `A turn is limited to ${maxTurnChars} characters (this one has ${text.length}).`,
    );
  }
  const interrupted = form.get("interrupted");
  if (interrupted !== null && interrupted !== "true" && interrupted !== "false") {
    throw new DomainError("invalid_form", 'The "interrupted" field must be true or false.');
  }
  const heard = form.get("heard");
  if (heard !== null && (typeof heard !== "string" || heard.length > MAX_HEARD_CHARS)) {
    throw new DomainError("invalid_form", `The "heard" field must be text of at most ${MAX_HEARD_CHARS} characters.`);
  }
  return { recording, text, interrupted: interrupted === "true" || heard !== null, heard };
}

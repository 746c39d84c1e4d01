import { ApiRequestError, toApiError } from "../../../lib/api-error";

export interface Transcription {
  text: string;
  words: { word: string; startMs: number; endMs: number }[] | null;
  engine: "model" | "offline";
  model: string | null;
  durationMs: number;
  latencyMs: number;
}

/**
 * POST /api/sessions/:id/transcribe: the rep's words, for review before the turn is sent. Stores
 * nothing. Plain fetch: the typed client cannot send a file in a multipart form to this route.
 */
export async function transcribe(
  sessionId: string,
  audio: Blob,
  fileName: string,
  signal?: AbortSignal,
): Promise<Transcription> {
  const form = new FormData();
  form.set("audio", audio, fileName);
  let response: Response;
  try {
    response = await fetch(`/api/sessions/${sessionId}/transcribe`, { method: "POST", body: form, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError(0, "network", "Parley's server cannot be reached, so your words were not transcribed.");
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as Transcription;
}

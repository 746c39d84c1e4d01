import { api } from "../../../lib/api-client";
import { toApiError } from "../../../lib/api-error";

export interface Speech {
  /** The audio as the server streams it. */
  body: ReadableStream<Uint8Array<ArrayBuffer>>;
  contentType: string;
}

/**
 * POST /api/sessions/:id/speech: one sentence in the customer's voice (the persona's voice and
 * rate), streamed as it is synthesised. Throws an ApiRequestError; `tts_unavailable` (501) means
 * "use the browser's voice".
 */
export async function fetchSpeech(sessionId: string, text: string, signal: AbortSignal): Promise<Speech> {
  const response = (await api.sessions[":id"].speech.$post(
    { param: { id: sessionId }, json: { text } },
    { init: { signal } },
  )) as Response;
  if (!response.ok) throw await toApiError(response);
  if (!response.body) throw new Error("The server sent no audio.");
  return { body: response.body, contentType: response.headers.get("content-type") ?? "audio/mpeg" };
}

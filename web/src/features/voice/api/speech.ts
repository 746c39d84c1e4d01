import { api } from "../../../lib/api-client";
import { toApiError } from "../../../lib/api-error";

/**
 * POST /api/sessions/:id/speech: one sentence in the customer's voice (the persona's voice and
 * rate), as audio. Throws an ApiRequestError; `tts_unavailable` (501) means "use the browser's voice".
 */
export async function fetchSpeech(sessionId: string, text: string, signal: AbortSignal): Promise<Blob> {
  const response = (await api.sessions[":id"].speech.$post({ param: { id: sessionId }, json: { text } }, { init: { signal } })) as Response;
  if (!response.ok) throw await toApiError(response);
  return response.blob();
}

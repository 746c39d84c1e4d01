import { toApiError } from "../../../lib/api-error";

/**
 * POST /api/sessions/:id/speech: one sentence in the customer's voice (the persona's voice and
 * rate). Throws an ApiRequestError; `tts_unavailable` (501) means "use the browser's voice".
 */
export async function fetchSpeech(sessionId: string, text: string, signal: AbortSignal): Promise<Blob> {
  const response = await fetch(`/api/sessions/${sessionId}/speech`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
    signal,
  });
  if (!response.ok) throw await toApiError(response);
  return response.blob();
}

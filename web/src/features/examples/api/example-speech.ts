import { toApiError } from "../../../lib/api-error";

/**
 * One line of an example from the speech model, as a playable URL (revoke it when done). Plain
 * fetch: the typed client cannot hand back an audio body. `tts_unavailable` means the browser speaks.
 */
export async function fetchExampleSpeech(exampleId: string, turnIndex: number): Promise<string> {
  const response = await fetch(`/api/examples/${encodeURIComponent(exampleId)}/speech`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ turnIndex }),
  });
  if (!response.ok) throw await toApiError(response);
  return URL.createObjectURL(await response.blob());
}

import { ApiRequestError } from "../../../lib/api-error";
import { fetchExampleSpeech } from "../api/example-speech";

export interface ListenTurn {
  index: number;
  role: "customer" | "rep";
  text: string;
}
export type ListenEngine = "model" | "browser";

/** Two different browser voices (English first), or one voice at two pitches when the browser has only one. */
export function browserVoices(all: SpeechSynthesisVoice[]) {
  const english = all.filter((voice) => voice.lang.toLowerCase().startsWith("en"));
  const pool = english.length >= 2 ? english : all;
  const customer = pool[0] ?? null;
  const rep = pool.find((voice) => voice.name !== customer?.name) ?? null;
  return { customer, rep, twoVoices: rep !== null };
}

function speakInBrowser(turn: ListenTurn, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (typeof speechSynthesis === "undefined" || signal.aborted) return resolve();
    const voices = browserVoices(speechSynthesis.getVoices());
    const utterance = new SpeechSynthesisUtterance(turn.text);
    const voice = turn.role === "customer" ? voices.customer : voices.rep;
    if (voice) utterance.voice = voice;
    // With a single voice the two speakers still sound apart.
    if (!voices.twoVoices) utterance.pitch = turn.role === "customer" ? 0.8 : 1.25;
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    signal.addEventListener("abort", () => {
      speechSynthesis.cancel();
      resolve();
    });
    speechSynthesis.speak(utterance);
  });
}

function playUrl(url: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const audio = new Audio(url);
    const done = () => {
      audio.pause();
      URL.revokeObjectURL(url);
      resolve();
    };
    audio.onended = done;
    audio.onerror = done;
    signal.addEventListener("abort", done);
    audio.play().catch(done);
  });
}

/**
 * Plays the example's turns in order: each from the speech model (the server's voices, one per
 * speaker) until it answers `tts_unavailable` (no speech model: offline), then in the browser's
 * own voices. `onTurn` follows along (null when it ends).
 */
export async function listen(
  exampleId: string,
  turns: ListenTurn[],
  signal: AbortSignal,
  onTurn: (index: number | null, engine: ListenEngine) => void,
) {
  let engine: ListenEngine = "model";
  for (const turn of turns) {
    if (signal.aborted) break;
    if (engine === "model") {
      try {
        const url = await fetchExampleSpeech(exampleId, turn.index);
        onTurn(turn.index, engine);
        await playUrl(url, signal);
        continue;
      } catch (error) {
        if (!(error instanceof ApiRequestError) || error.code !== "tts_unavailable") throw error;
        engine = "browser";
      }
    }
    onTurn(turn.index, engine);
    await speakInBrowser(turn, signal);
  }
  onTurn(null, engine);
}

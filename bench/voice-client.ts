/**
 * The browser's side of a voice turn, timed: the recording is POSTed as a spoken turn the moment the
 * rep stops speaking, the event stream is read until the customer's first sentence is complete,
 * that sentence goes to POST /speech at once (while the stream goes on), and its first audio byte
 * is when the rep would start hearing the customer.
 */
import { createParser } from "eventsource-parser";
import type { TurnEvent } from "../api/src/practice/turn-events";
import { readText } from "./client";

export interface VoiceTurnResult {
  ok: boolean;
  problem: string | null;
  /** ms from sending the recording: the `transcript` event (the rep's words recognised). */
  transcriptMs: number | null;
  /** ...the first persona word (`delta`). */
  firstTokenMs: number | null;
  /** ...the end of the customer's first sentence, when POST /speech is sent. */
  sentenceMs: number | null;
  /** Streamed pieces (deltas) up to and including the one that ended the first sentence. */
  sentencePieces: number;
  /** No sentence ended before the reply did: the whole reply is the first sentence. */
  sentenceIsReply: boolean;
  /** ...the first byte of the customer's audio. */
  firstAudioMs: number | null;
  /** ms from POST /speech to its first audio byte. */
  speechFirstByteMs: number | null;
  ended: boolean;
}

/** A sentence ends at . ! or ? (with any closing quote or bracket) followed by a space. */
const SENTENCE_END = /^(.*?[.!?]["')\]]*)\s/s;

async function firstByte(base: string, sessionId: string, text: string, started: number) {
  const sent = performance.now();
  const response = await fetch(`${base}/api/sessions/${sessionId}/speech`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });
  if (response.status !== 200 || !response.body)
    throw new Error(`POST /speech: ${response.status} ${(await response.text()).slice(0, 200)}`);
  const reader = response.body.getReader();
  const first = await reader.read();
  const at = performance.now();
  if (first.done || first.value.length === 0) throw new Error("POST /speech: an empty body");
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    // drain: the rest of the sentence's audio
  }
  return { firstAudioMs: at - started, speechFirstByteMs: at - sent };
}

export async function postSpokenTurn(base: string, sessionId: string, recording: Uint8Array): Promise<VoiceTurnResult> {
  const result: VoiceTurnResult = {
    ok: false,
    problem: null,
    transcriptMs: null,
    firstTokenMs: null,
    sentenceMs: null,
    sentencePieces: 0,
    sentenceIsReply: false,
    firstAudioMs: null,
    speechFirstByteMs: null,
    ended: false,
  };
  const note = (why: string) => {
    result.problem ??= why;
  };
  const form = new FormData();
  form.set("audio", new Blob([new Uint8Array(recording)], { type: "audio/wav" }), "turn.wav");
  const started = performance.now();
  let reply = "";
  let speaking: Promise<void> | null = null;
  const speak = (sentence: string) => {
    result.sentenceMs = performance.now() - started;
    speaking = firstByte(base, sessionId, sentence, started).then(
      (timing) => void Object.assign(result, timing),
      (error: unknown) => note(String(error)),
    );
  };
  try {
    const response = await fetch(`${base}/api/sessions/${sessionId}/turns`, { method: "POST", body: form });
    if (response.status !== 200 || !response.body) {
      note(`HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`);
      return result;
    }
    const parser = createParser({
      onEvent(message) {
        const at = performance.now() - started;
        const event = JSON.parse(message.data) as TurnEvent;
        switch (event.type) {
          case "transcript":
            result.transcriptMs = at;
            break;
          case "delta": {
            result.firstTokenMs ??= at;
            if (speaking) break;
            reply += event.text;
            result.sentencePieces++;
            const sentence = SENTENCE_END.exec(reply)?.[1];
            if (sentence) speak(sentence.trim());
            break;
          }
          case "reset":
            note(`reply regenerated: ${event.reason}`);
            break;
          case "persona":
            result.ended = event.ended;
            if (!speaking) {
              result.sentenceIsReply = true;
              speak(event.turn.text);
            }
            break;
          case "error":
            note(`error event ${event.code}: ${event.message}`);
            break;
          default:
            break;
        }
      },
    });
    await readText(response.body, (text) => parser.feed(text));
    if (!speaking) note("no persona reply");
    await speaking;
  } catch (error) {
    note(`fetch failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  result.ok = result.problem === null && result.firstAudioMs !== null;
  return result;
}

import { EventSourceParserStream } from "eventsource-parser/stream";
import type { TurnEvent } from "../../../api/src/practice/turn-events";

export type { TurnEvent };
export type PersonaEvent = Extract<TurnEvent, { type: "persona" }>;
export type FeedbackEvent = Extract<TurnEvent, { type: "feedback" }>;

/** Reads the `text/event-stream` body of POST /api/sessions/:id/turns as typed turn events. */
export async function* readTurnEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<TurnEvent> {
  // DOM typings declare TextDecoderStream's input as BufferSource, which Uint8Array is.
  const decoder = new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>;
  const reader = body.pipeThrough(decoder).pipeThrough(new EventSourceParserStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const event = parseEvent(value.data);
      if (event) yield event;
    }
  } finally {
    reader.releaseLock();
  }
}

function parseEvent(data: string): TurnEvent | null {
  try {
    const event = JSON.parse(data) as { type?: unknown };
    // Unknown event types pass through; the call state ignores what it does not know.
    return typeof event.type === "string" ? (event as TurnEvent) : null;
  } catch {
    return null;
  }
}

import { describe, expect, it } from "vitest";
import { readTurnEvents, type TurnEvent } from "./turn-stream";

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe("reading the turn stream", () => {
  it("parses server-sent events split anywhere across chunks, and skips data that is not an event", async () => {
    const body = [
      'event: delta\ndata: {"type":"delta","text":"Hel',
      'lo"}\n\nevent: ping\ndata: not json\n\n',
      'event: mystery\ndata: {"kind":"mystery"}\n\n',
      'event: error\ndata: {"type":"error","code":"model_unavailable","message":"down","retryable":true}\n\n',
    ];
    const events: TurnEvent[] = [];
    for await (const event of readTurnEvents(streamOf(body))) events.push(event);
    expect(events).toEqual([
      { type: "delta", text: "Hello" },
      { type: "error", code: "model_unavailable", message: "down", retryable: true },
    ]);
  });
});
